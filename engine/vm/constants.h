// Constants: the engine's table (registered while the engine starts, by the core and by modules'
// MINIT, for every request) and the request's table (define() and `const`, gone at request end).
//
// Each entry is a zend_constant allocated on its own (persistent for the engine's, request memory for
// the request's), so a pointer to it stays valid as the table grows: FETCH_CONSTANT remembers it in the
// run-time cache. Names are case-sensitive; `true`, `false` and `null` are found in any case, as in PHP.
// Lookup tries the request's table, then the engine's; a name lives in at most one of them.
#pragma once

#include "engine/value/value.h"

// Constant flags (the extension API's REGISTER_*_CONSTANT take them).
#define CONST_CS 0                // names are always case-sensitive (PHP 8); kept for extensions' sake
#define CONST_PERSISTENT (1 << 0) // an engine constant: lives for every request

struct zend_constant {
    zval value;
    zend_string* name;
    uint32_t flags; // CONST_PERSISTENT for the engine's
    int module_number;
};

namespace miniphp::vm {

// Registers `name` = `value` (the value is moved into the table). Outside a request (engine start-up)
// it goes to the engine's table, inside one to the request's. Returns false, freeing nothing but
// leaving `value` to the caller, when the name is taken.
bool register_constant(const char* name, size_t length, zval* value, uint32_t flags, int module_number);

zend_constant* find_constant(const char* name, size_t length);
zend_constant* find_constant(zend_string* name);

// The request's table lives in the executor state (created with it, released by executor_shutdown);
// the engine's goes at engine shutdown.
void init_request_constants(HashTable* table);
void unregister_constants();

} // namespace miniphp::vm

// The function tables: internal (C) functions registered for the whole engine, and the user functions
// a request declares.
//
// Internal functions live in a persistent table owned by the engine (registered at start-up, before
// any request; the extension API's zend_register_functions will wrap `register_internal_function`).
// User functions live in the request's ExecutorState::function_table and die with the request. Lookup
// takes a lower-case name and tries the request's table first (a user function can never shadow an
// internal one: declaring it is a "Cannot redeclare" error), then the engine's.
//
// The internal table belongs to the engine (Context::internal_functions): filled while the engine starts,
// freed by unregister_internal_functions at engine shutdown.
#pragma once

#include "engine/compiler/op_array.h"

namespace miniphp::vm {

// Registers `handler` under `name` (any case). `arg_names` (null-terminated, may be null) names its
// parameters as the extension API's arginfo does: "&name" is by reference, "&?name" by reference only
// when a variable is passed (PHP's prefer-ref), "...name" (last) collects the rest. Returns false if the name is taken.
bool register_internal_function(const char* name, zif_handler handler, const char* const* arg_names = nullptr);
// Frees the engine's table (engine shutdown).
void unregister_internal_functions();

// The function named `lower_name` (lower case, interned or not), or null.
zend_function* find_function(zend_string* lower_name);
// The function named `name` as a user wrote it (any case, an optional leading backslash), or null.
zend_function* find_function_by_name(const char* name, size_t length);

// Declares a user function in the running request; a clash is PHP's "Cannot redeclare" compile error.
void bind_user_function(zend_op_array* op_array);

} // namespace miniphp::vm

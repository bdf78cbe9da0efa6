// The value subsystem's state: what strings, arrays, resources and objects need beyond the values
// themselves, split by lifetime.
//
//   - engine state (persistent, from engine start to engine shutdown): the permanent interned-string
//     table, the registered resource types (list destructors) and the persistent resource list;
//   - request state (request memory, from request start to request end): the request interned-string
//     table, the resource list (`EG(regular_list)`), the object store and the external iterators of
//     hash tables.
//
// Order of calls: `value_engine_startup` once the engine's context is installed (it allocates
// persistent memory), then `value_engine_startup_done` when start-up is over (from then on interned
// strings are per request, as in PHP); per request `value_request_startup` after the heap's request
// start and `value_request_shutdown` before the heap's request end (and after the VM has released the
// values it holds). The shutdown runs object destructors (not after a fatal error), closes resources
// and frees every object, in PHP's order.
//
// The state hangs off the engine context (Context::values), found through the one thread-local pointer.
#pragma once

#include "engine/context.h"
#include "engine/value/hash_table.h"

namespace miniphp {

struct HashTableIterator {
    HashTable* ht; // nullptr: free slot; poisoned_table(): the table died under the iterator
    HashPosition pos;
};

inline HashTable* poisoned_table() { return reinterpret_cast<HashTable*>(static_cast<intptr_t>(-1)); }

// The object-handle table (PHP's EG(objects_store)). Slot 0 is never used, so handle 0 means "none".
// A free slot holds (next free handle << 1 | 1) instead of a pointer, which is how it is told apart.
struct ObjectStore {
    zend_object** buckets;
    uint32_t top; // one past the highest handle ever given out
    uint32_t size; // capacity of `buckets`
    uint32_t free_list_head; // 0: no free slot
};

struct ValueEngineState {
    HashTable interned_strings; // permanent interned strings, keyed by themselves
    bool interning_permanent; // still starting up: new interned strings are permanent
    HashTable resource_types; // type id -> ResourceType (IS_PTR)
    HashTable persistent_list; // name -> persistent zend_resource
};

struct ValueRequestState {
    bool active;
    HashTable interned_strings; // this request's interned strings
    HashTable regular_list; // handle -> zend_resource: every live resource of the request
    ObjectStore objects;
    HashTableIterator* iterators;
    uint32_t iterators_capacity;
    uint32_t iterators_used;
    HashTableIterator iterators_inline[16];
    // The cycle collector's "possible root" hook; null until a collector is installed.
    void (*possible_root)(zend_refcounted* p);
};

struct ValueState {
    ValueEngineState engine;
    ValueRequestState request;
};

inline ValueState* value_state() { return current_context()->values; }
inline ValueEngineState* value_engine() { return &value_state()->engine; }
inline ValueRequestState* value_request() { return &value_state()->request; }

void value_engine_startup();
void value_engine_startup_done();
void value_engine_shutdown();
void value_request_startup();
void value_request_shutdown();

// A fatal error raised by the value code (allocation size overflow and the like). Bails out.
[[noreturn]] void value_fatal(const char* format, ...) __attribute__((format(printf, 1, 2)));

} // namespace miniphp

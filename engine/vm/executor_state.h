// The executor's per-request state (PHP's executor globals), reached as current_context()->executor.
//
// One ExecutorState is allocated in request memory the first time a request runs code
// (`executor_state()` creates it) and dies with the request's heap; nothing in it has a destructor, so
// a bailout anywhere leaves nothing to clean up.
//
// Function lookup: user functions declared by the request live in `function_table` (lower-cased name ->
// zend_function*); internal functions live in the engine's persistent table
// (`internal_function_table()`, engine/vm/function_table.cpp), consulted second. Global variables: the
// main script's CVs are published in `symbol_table` as INDIRECT zvals pointing at their frame slots, so
// `global $x` in a function reaches them; globals no CV names are stored there directly.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/vm/execute_data.h"

namespace miniphp::vm {

struct ExecutorState {
    VmStack stack;
    HashTable function_table; // user functions of this request: lower-case name -> zend_function* (IS_PTR)
    HashTable symbol_table;   // global variables: name -> INDIRECT to a main-code CV, or the value
    HashTable constants;      // define() and `const` of this request: name -> zend_constant* (constants.h)
    HashTable included_files;   // real paths of the files included so far (for the _once forms)
    HashTable included_scripts; // op_arrays compiled by include/eval (IS_PTR), freed at request end
    zval error_handler;           // set_error_handler's callable (UNDEF: none)
    HashTable error_handler_stack; // the handlers it replaced, for restore_error_handler: [callable, mask]
    HashTable shutdown_functions;  // register_shutdown_function: [callable, args...] in order
    zend_execute_data* current_execute_data; // the running frame (user or internal), as PHP's EG(current_execute_data)
    zend_op_array* main_op_array;            // the script being run (owns every function it declared)
};

// The request's state, created on first use.
ExecutorState* executor_state();

} // namespace miniphp::vm

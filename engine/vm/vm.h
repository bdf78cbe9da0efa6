// The VM's public face: run compiled code, or a whole script from source.
//
// `execute_script` is the one call a host needs (the CLI, sapi/embed): parse, compile and run one PHP
// script inside the current request, with PHP's diagnostics (parse errors, compile errors, runtime
// warnings and fatal errors, through zend_error and the output layer). It returns the exit status PHP
// would: 0, or 255 after a parse or fatal error. The request (context, heap, value subsystem, output)
// must already be started by the host; `execute_script` opens its own bailout point. `source` must have a
// NUL byte at source[length] (the lexer's sentinel), as sapi/embed's Engine::run requires of its callers.
//
// `execute` runs an op_array in a new top-level frame on the VM stack (used by execute_script, and
// later by include/eval and by internal functions calling back into PHP); `execute_frame` runs a frame
// already pushed. The frame layout and calling convention are in execute_data.h.
#pragma once

#include <cstddef>

#include "engine/compiler/op_array.h"
#include "engine/vm/execute_data.h"
#include "parser/parser.h"

namespace miniphp::vm {

int execute_script(const char* source, size_t length, const char* file_name, const ParseOptions& options = {});

// $argv and $argc as globals of the request (before execute_script): `count` strings, argv[0] first.
void register_script_arguments(const char* const* argv, size_t count);

// Parses and compiles source for include/eval (inside a request, under a bailout point: a parse or
// compile error is reported and bails out). `eval_code` makes the code return null rather than 1.
zend_op_array* compile_source(const char* source, size_t length, const char* file_name, const ParseOptions& options,
                              bool eval_code);

void execute(zend_op_array* op_array, zval* return_value);
void execute_frame(zend_execute_data* execute_data);
// Calls `function` from C (an internal function calling back into PHP, a shutdown function, an error
// handler): `argv` holds `argc` owned arguments, moved into the callee's frame (a by-reference
// parameter must get a reference); `return_value` receives the owned result. The caller's error
// location is kept.
void call_function(zend_function* function, uint32_t argc, zval* argv, zval* return_value);
// Runs a script's code (an included file, eval()'d code) with `symbol_table` as its variables: the
// table's values move into the code's CVs for the run and back when it returns (PHP's attach and
// detach). `execute` runs the main script this way on the request's global table.
void execute_code(zend_op_array* op_array, HashTable* symbol_table, zval* return_value);

// Symbol tables. A running frame with a table is "attached": the table's entries for its CVs are
// INDIRECT to the CV slots, which hold the values. Detaching moves the values into the table (so
// other code can attach to it); attaching moves them back. `frame_symbol_table` gives a function's
// frame a table on first need (attached from the start).
void attach_symbol_table(zend_execute_data* execute_data);
void detach_symbol_table(zend_execute_data* execute_data);
HashTable* frame_symbol_table(zend_execute_data* execute_data);

// Stack traces (backtrace.cpp). One entry per call, innermost first: where it was made (`file` null when
// C code made it) and what was called (a function's frame, or an include/eval with its file).
struct StackEntry {
    zend_string* file;
    uint32_t line;
    const char* function;
    zend_execute_data* frame;   // a function's frame (its arguments), or null
    zend_string* included_file; // include's file, or null
};
// Iterates the calls PHP shows (calls it compiles away are left out): *cursor starts at the innermost
// frame; each call fills `entry` and advances *cursor, false when none is left (the main script).
bool next_stack_entry(zend_execute_data** cursor, StackEntry* entry);
// The entries from `start` in PHP's "#n FILE(LINE): f(args)" lines (at most `limit`, 0: all).
void append_stack_frames(smart_str* out, zend_execute_data* start, uint32_t limit, bool with_arguments);
// The stack trace of the running code, PHP's getTraceAsString form, ending with "#n {main}".
void append_stack_trace(smart_str* out);

// Releases what the executor holds at the end of a request that ended normally: the compiled script
// and its functions, the global symbol table, the VM stack. After a bailout the request heap takes
// it all wholesale and this must not be called.
void executor_shutdown();

} // namespace miniphp::vm

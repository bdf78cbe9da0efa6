// The core module: what php-src's Zend/zend_builtin_functions.c and main/ register as "Core" — the
// engine's own constants (E_*, PHP_VERSION, PHP_INT_MAX, ...) and the functions that need the engine's
// insides (define, func_get_args, error_reporting, set_error_handler, register_shutdown_function, ...).
// Written against the extension API where it can be, and against the executor where it must.
// sapi/embed starts it before every other module.
#pragma once

#include "engine/api/php_api.h"

// The version miniphp behaves as (PHP_VERSION and friends).
#define MINIPHP_PHP_VERSION "8.2.0"
#define MINIPHP_PHP_VERSION_ID 80200
#define MINIPHP_ZEND_VERSION "4.2.0"

extern zend_module_entry core_module_entry;

// The core's function tables, by file.
extern const zend_function_entry core_constant_functions[]; // constants.cpp: define, defined, constant
extern const zend_function_entry core_function_functions[]; // functions.cpp: func_get_args, call_user_func, ...
extern const zend_function_entry core_error_functions[];    // errors.cpp: error_reporting, set_error_handler, ini_*
extern const zend_function_entry core_output_functions[];   // output.cpp: ob_*, flush
extern const zend_function_entry core_variable_functions[]; // variables.cpp: compact, extract, get_defined_vars

// Runs the functions register_shutdown_function() collected, in order, under their own bailout point
// (a fatal error or exit in one ends the rest). The host calls it when the script has ended, however it
// ended, before the output buffers are flushed (sapi/embed's end_request).
void run_shutdown_functions();

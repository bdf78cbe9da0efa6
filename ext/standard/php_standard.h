// The standard module: its entry (what a host passes to zend_startup_modules) and the function tables
// of its files. Each file of the module ends with its own table (standard_<file>_functions) and the
// arginfo its functions use; the module's MINIT (basic_functions.cpp) registers every table.
#pragma once

#include "engine/api/php_api.h"

extern zend_module_entry standard_module_entry;

extern const zend_function_entry standard_var_functions[];    // var.cpp: var_dump, print_r, var_export
extern const zend_function_entry standard_type_functions[];   // type.cpp: gettype, is_*, *val, count
extern const zend_function_entry standard_string_functions[]; // string.cpp
extern const zend_function_entry standard_math_functions[];   // math.cpp
extern const zend_function_entry standard_array_functions[];      // array.cpp
extern const zend_function_entry standard_array_sort_functions[]; // array_sort.cpp
extern const zend_function_entry standard_array_callback_functions[]; // array_callbacks.cpp
extern const zend_function_entry standard_array_diff_functions[];     // array_diff.cpp

// The constants of the array functions (SORT_*, COUNT_*, EXTR_*, CASE_*, ARRAY_FILTER_USE_*), for MINIT.
void php_register_array_constants(int module_number);

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
extern const zend_function_entry standard_file_functions[];        // file.cpp: paths, stat, mkdir, glob, ...
extern const zend_function_entry standard_file_stream_functions[]; // file_streams.cpp: fopen, f*, file_get_contents
extern const zend_function_entry standard_misc_functions[];        // misc.cpp: getenv, time, version_compare, ...
extern const zend_function_entry standard_encoding_functions[];    // misc_encoding.cpp: urlencode, base64, md5, ...
extern const zend_function_entry standard_serialize_functions[];   // misc_serialize.cpp: serialize, settype, ...
void standard_file_register_constants(int module_number);           // file.cpp
void standard_misc_register_constants(int module_number);           // misc.cpp
void standard_misc_request_shutdown();                               // misc.cpp: putenv/setlocale undone

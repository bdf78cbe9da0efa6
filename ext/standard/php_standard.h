// The standard module: its entry (what a host passes to zend_startup_modules) and the function tables
// of its files. Each file of the module ends with its own table (standard_<file>_functions) and the
// arginfo its functions use; the module's MINIT (basic_functions.cpp) registers every table.
#pragma once

#include "engine/api/php_api.h"

extern zend_module_entry standard_module_entry;

extern const zend_function_entry standard_var_functions[];            // var.cpp: var_dump, print_r, var_export
extern const zend_function_entry standard_type_functions[];           // type.cpp: gettype, is_*, *val, count
extern const zend_function_entry standard_string_functions[];         // string.cpp: explode, substr, trim, case, ...
extern const zend_function_entry standard_string_search_functions[];  // string_search.cpp: strpos, str_replace, strtr
extern const zend_function_entry standard_string_compare_functions[]; // string_compare.cpp: strcmp, strnatcmp, levenshtein
extern const zend_function_entry standard_html_functions[];           // html.cpp: htmlspecialchars, htmlentities, strip_tags
extern const zend_function_entry standard_path_functions[];           // path.cpp: basename, dirname, pathinfo
extern const zend_function_entry standard_phonetic_functions[];       // phonetic.cpp: soundex, metaphone
extern const zend_function_entry standard_scanf_functions[];          // scanf.cpp: sscanf
extern const zend_function_entry standard_csv_functions[];            // csv.cpp: str_getcsv
extern const zend_function_entry standard_digest_functions[];         // digest.cpp: md5, sha1, crc32
extern const zend_function_entry standard_url_functions[];            // url.cpp: base64_*, urlencode family, parse_str
extern const zend_function_entry standard_formatted_print_functions[]; // formatted_print.cpp: the sprintf family
extern const zend_function_entry standard_math_functions[];           // math.cpp: rounding, powers, trigonometry, bases
extern const zend_function_entry standard_mt_rand_functions[];        // mt_rand.cpp: mt_rand, rand, random_int

// The module's constants, each file registering its own (called from MINIT with its module_number).
void standard_register_string_constants(int module_number); // string.cpp: STR_PAD_*, ENT_*, HTML_*
void standard_register_math_constants(int module_number);   // math.cpp: M_*, PHP_ROUND_HALF_*
void standard_register_mt_rand_constants(int module_number); // mt_rand.cpp: MT_RAND_*
void standard_register_path_constants(int module_number);    // path.cpp: PATHINFO_*

// A uniformly distributed value in [min, max] from the mt_rand generator (seeding it if needed), for
// the functions that shuffle (str_shuffle).
zend_long standard_mt_rand_range(zend_long min, zend_long max);

// Request end for the functions that keep state between calls.
void standard_string_request_shutdown(); // string_search.cpp: strtok
void standard_random_request_shutdown(); // mt_rand.cpp: the generators' seeds

extern const zend_function_entry standard_array_functions[];      // array.cpp
extern const zend_function_entry standard_array_sort_functions[]; // array_sort.cpp
extern const zend_function_entry standard_array_callback_functions[]; // array_callbacks.cpp
extern const zend_function_entry standard_array_diff_functions[];     // array_diff.cpp

// The constants of the array functions (SORT_*, COUNT_*, EXTR_*, CASE_*, ARRAY_FILTER_USE_*), for MINIT.
void php_register_array_constants(int module_number);
extern const zend_function_entry standard_file_functions[];        // file.cpp: paths, stat, mkdir, glob, ...
extern const zend_function_entry standard_file_stream_functions[]; // file_streams.cpp: fopen, f*, file_get_contents
extern const zend_function_entry standard_misc_functions[];        // misc.cpp: getenv, time, version_compare, ...
extern const zend_function_entry standard_serialize_functions[];   // misc_serialize.cpp: serialize, settype, ...
void standard_file_register_constants(int module_number);           // file.cpp
void standard_misc_register_constants(int module_number);           // misc.cpp
void standard_misc_request_shutdown();                               // misc.cpp: putenv/setlocale undone

// STDIN, STDOUT and STDERR: stream constants for the request, as php's CLI defines them (its SAPI does,
// not the standard module). A host that wants them calls this from its own module's RINIT.
void standard_register_std_streams(int module_number);

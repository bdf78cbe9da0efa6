// The standard module's entry. Its functions are listed file by file (see php_standard.h), with the
// parameter names of php-src's basic_functions.stub.php, which PHP's messages show as
// "Argument #1 ($value)"; MINIT registers every list.
#include "ext/standard/php_standard.h"
#include "ext/standard/streams.h"

#include <cstdarg>
#include <cstdio>

namespace {

PHP_MINIT_FUNCTION(standard)
{
    static const zend_function_entry* const tables[] = {
        standard_var_functions,
        standard_type_functions,
        standard_string_functions,
        standard_string_search_functions,
        standard_string_compare_functions,
        standard_html_functions,
        standard_path_functions,
        standard_phonetic_functions,
        standard_scanf_functions,
        standard_csv_functions,
        standard_digest_functions,
        standard_url_functions,
        standard_formatted_print_functions,
        standard_math_functions,
        standard_mt_rand_functions,
        standard_array_functions,
        standard_array_sort_functions,
        standard_array_callback_functions,
        standard_array_diff_functions,
        standard_file_functions,
        standard_file_stream_functions,
        standard_misc_functions,
        standard_serialize_functions,
    };
    for (const zend_function_entry* table : tables) {
        if (zend_register_functions(table) == FAILURE)
            return FAILURE;
    }
    standard_register_string_constants(module_number);
    standard_register_math_constants(module_number);
    standard_register_mt_rand_constants(module_number);
    standard_register_path_constants(module_number);
    php_register_array_constants(module_number);
    standard_file_register_constants(module_number);
    standard_misc_register_constants(module_number);
    return SUCCESS;
}

// Request start: the streams' per-request state (file_streams.cpp).
PHP_RINIT_FUNCTION(standard)
{
    miniphp::standard::streams_request_startup();
    return SUCCESS;
}

// Request end: state kept between calls goes (strtok, the random generators' seeds), and the
// environment and the locale the script changed are put back (misc.cpp).
PHP_RSHUTDOWN_FUNCTION(standard)
{
    standard_string_request_shutdown();
    standard_random_request_shutdown();
    standard_misc_request_shutdown();
    return SUCCESS;
}

} // namespace

zend_module_entry standard_module_entry = {
    "standard", nullptr, PHP_MINIT(standard), nullptr, PHP_RINIT(standard), PHP_RSHUTDOWN(standard), "8.2.0",
};

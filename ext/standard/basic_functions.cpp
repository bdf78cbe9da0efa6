// The standard module's entry. Its functions are listed file by file (see php_standard.h), with the
// parameter names of php-src's basic_functions.stub.php, which PHP's messages show as
// "Argument #1 ($value)"; MINIT registers every list.
#include "ext/standard/php_standard.h"

namespace {

PHP_MINIT_FUNCTION(standard)
{
    static const zend_function_entry* const tables[] = {
        standard_var_functions,
        standard_type_functions,
        standard_string_functions,
        standard_math_functions,
        standard_array_functions,
        standard_array_sort_functions,
        standard_array_callback_functions,
        standard_array_diff_functions,
    };
    for (const zend_function_entry* table : tables) {
        if (zend_register_functions(table) == FAILURE)
            return FAILURE;
    }
    php_register_array_constants(module_number);
    return SUCCESS;
}

} // namespace

zend_module_entry standard_module_entry = {
    "standard", nullptr, PHP_MINIT(standard), nullptr, nullptr, nullptr, "8.2.0",
};

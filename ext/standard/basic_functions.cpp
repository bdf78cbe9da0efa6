// The standard module's entry: every function it registers, with its parameter names (the names in
// php-src's basic_functions.stub.php, which PHP's messages show as "Argument #1 ($value)").
#include "ext/standard/php_standard.h"

namespace {

const char* const arginfo_value_values[] = {"value", "values", nullptr};
const char* const arginfo_value_return[] = {"value", "return", nullptr};
const char* const arginfo_value[] = {"value", nullptr};
const char* const arginfo_value_base[] = {"value", "base", nullptr};
const char* const arginfo_count[] = {"value", "mode", nullptr};
const char* const arginfo_string[] = {"string", nullptr};
const char* const arginfo_str_repeat[] = {"string", "times", nullptr};
const char* const arginfo_implode[] = {"separator", "array", nullptr};
const char* const arginfo_num[] = {"num", nullptr};

const zend_function_entry standard_functions[] = {
    PHP_FE(var_dump, arginfo_value_values)
    PHP_FE(print_r, arginfo_value_return)
    PHP_FE(var_export, arginfo_value_return)
    PHP_FE(gettype, arginfo_value)
    PHP_FE(is_int, arginfo_value)
    PHP_FALIAS(is_integer, is_int, arginfo_value)
    PHP_FALIAS(is_long, is_int, arginfo_value)
    PHP_FE(is_float, arginfo_value)
    PHP_FALIAS(is_double, is_float, arginfo_value)
    PHP_FE(is_string, arginfo_value)
    PHP_FE(is_bool, arginfo_value)
    PHP_FE(is_array, arginfo_value)
    PHP_FE(is_null, arginfo_value)
    PHP_FE(is_numeric, arginfo_value)
    PHP_FE(is_scalar, arginfo_value)
    PHP_FE(intval, arginfo_value_base)
    PHP_FE(floatval, arginfo_value)
    PHP_FALIAS(doubleval, floatval, arginfo_value)
    PHP_FE(strval, arginfo_value)
    PHP_FE(boolval, arginfo_value)
    PHP_FE(count, arginfo_count)
    PHP_FALIAS(sizeof, count, arginfo_count)
    PHP_FE(strlen, arginfo_string)
    PHP_FE(str_repeat, arginfo_str_repeat)
    PHP_FE(implode, arginfo_implode)
    PHP_FALIAS(join, implode, arginfo_implode)
    PHP_FE(abs, arginfo_num)
    PHP_FE(max, arginfo_value_values)
    PHP_FE(min, arginfo_value_values)
    PHP_FE_END
};

} // namespace

zend_module_entry standard_module_entry = {
    "standard", standard_functions, nullptr, nullptr, nullptr, nullptr, "8.2.0",
};

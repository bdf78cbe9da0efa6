// Variable handling: gettype, the is_* predicates, the *val conversions and count
// (https://www.php.net/manual/en/ref.var.php). Each takes `mixed $value`, so only the argument count can fail.
#include "ext/standard/php_standard.h"
#include "ext/standard/standard_messages.h"

#include <cstdlib>

namespace {

// Shared body of the is_* predicates: one mixed argument, true when its type is one of `types`.
void type_check(zend_execute_data* execute_data, zval* return_value, uint32_t type_mask)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    uint32_t type = value ? Z_TYPE_P(value) : IS_NULL;
    RETURN_BOOL(((1u << type) & type_mask) != 0);
}

zend_long count_recursive(HashTable* ht)
{
    zend_long count = zend_hash_num_elements(ht);
    zend_hash_for_each(ht, [&](zend_ulong, zend_string*, zval* element) {
        ZVAL_DEREF(element);
        if (Z_TYPE_P(element) == IS_ARRAY)
            count += count_recursive(Z_ARRVAL_P(element));
    });
    return count;
}

} // namespace

// gettype(mixed $value): string
// https://www.php.net/manual/en/function.gettype.php
PHP_FUNCTION(gettype)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    switch (value ? Z_TYPE_P(value) : IS_NULL) {
    case IS_NULL: RETURN_STRING("NULL");
    case IS_FALSE:
    case IS_TRUE: RETURN_STRING("boolean");
    case IS_LONG: RETURN_STRING("integer");
    case IS_DOUBLE: RETURN_STRING("double");
    case IS_STRING: RETURN_STRING("string");
    case IS_ARRAY: RETURN_STRING("array");
    case IS_OBJECT: RETURN_STRING("object");
    case IS_RESOURCE:
        if (!zend_rsrc_list_get_rsrc_type(Z_RES_P(value)))
            RETURN_STRING("resource (closed)");
        RETURN_STRING("resource");
    default: RETURN_STRING("unknown type");
    }
}

// is_int(mixed $value): bool (aliases is_integer, is_long)
// https://www.php.net/manual/en/function.is-int.php
PHP_FUNCTION(is_int) { type_check(execute_data, return_value, 1u << IS_LONG); }

// is_float(mixed $value): bool (alias is_double)
// https://www.php.net/manual/en/function.is-float.php
PHP_FUNCTION(is_float) { type_check(execute_data, return_value, 1u << IS_DOUBLE); }

// is_string(mixed $value): bool
// https://www.php.net/manual/en/function.is-string.php
PHP_FUNCTION(is_string) { type_check(execute_data, return_value, 1u << IS_STRING); }

// is_bool(mixed $value): bool
// https://www.php.net/manual/en/function.is-bool.php
PHP_FUNCTION(is_bool) { type_check(execute_data, return_value, (1u << IS_FALSE) | (1u << IS_TRUE)); }

// is_array(mixed $value): bool
// https://www.php.net/manual/en/function.is-array.php
PHP_FUNCTION(is_array) { type_check(execute_data, return_value, 1u << IS_ARRAY); }

// is_null(mixed $value): bool
// https://www.php.net/manual/en/function.is-null.php
PHP_FUNCTION(is_null) { type_check(execute_data, return_value, 1u << IS_NULL); }

// is_scalar(mixed $value): bool
// https://www.php.net/manual/en/function.is-scalar.php
PHP_FUNCTION(is_scalar)
{
    type_check(execute_data, return_value,
               (1u << IS_FALSE) | (1u << IS_TRUE) | (1u << IS_LONG) | (1u << IS_DOUBLE) | (1u << IS_STRING));
}

// is_numeric(mixed $value): bool
// https://www.php.net/manual/en/function.is-numeric.php
PHP_FUNCTION(is_numeric)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    if (!value)
        RETURN_FALSE;
    switch (Z_TYPE_P(value)) {
    case IS_LONG:
    case IS_DOUBLE: RETURN_TRUE;
    case IS_STRING: RETURN_BOOL(is_numeric_string(Z_STRVAL_P(value), Z_STRLEN_P(value), nullptr, nullptr, false) != 0);
    default: RETURN_FALSE;
    }
}

// intval(mixed $value, int $base = 10): int
// https://www.php.net/manual/en/function.intval.php
PHP_FUNCTION(intval)
{
    zval* value;
    zend_long base = 10;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|l", &value, &base) == FAILURE)
        RETURN_THROWS();
    if (!value)
        RETURN_LONG(0);
    if (Z_TYPE_P(value) != IS_STRING || base == 10)
        RETURN_LONG(zval_get_long(value));
    // FIXME: PHP also reads the 0b/0o prefixes for base 0, 2 and 8, and checks the base's range.
    RETURN_LONG(ZEND_STRTOL(Z_STRVAL_P(value), nullptr, static_cast<int>(base)));
}

// floatval(mixed $value): float (alias doubleval)
// https://www.php.net/manual/en/function.floatval.php
PHP_FUNCTION(floatval)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    RETURN_DOUBLE(value ? zval_get_double(value) : 0.0);
}

// strval(mixed $value): string
// https://www.php.net/manual/en/function.strval.php
PHP_FUNCTION(strval)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    if (!value)
        RETURN_EMPTY_STRING();
    zend_string* string = zval_try_get_string(value);
    if (!string)
        RETURN_THROWS();
    RETURN_STR(string);
}

// boolval(mixed $value): bool
// https://www.php.net/manual/en/function.boolval.php
PHP_FUNCTION(boolval)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(value && zend_is_true(value));
}

// count(Countable|array $value, int $mode = COUNT_NORMAL): int (alias sizeof)
// https://www.php.net/manual/en/function.count.php
// FIXME(classes): Countable objects.
PHP_FUNCTION(count)
{
    zval* value;
    zend_long mode = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|l", &value, &mode) == FAILURE)
        RETURN_THROWS();
    if (mode != 0 && mode != 1) {
        zend_argument_value_error(2, "%s", standard_messages::kCountMode);
        RETURN_THROWS();
    }
    if (!value || Z_TYPE_P(value) != IS_ARRAY) {
        zval null_value;
        ZVAL_NULL(&null_value);
        zend_argument_type_error(1, standard_messages::kCountType, zend_zval_type_name(value ? value : &null_value));
        RETURN_THROWS();
    }
    RETURN_LONG(mode == 1 ? count_recursive(Z_ARRVAL_P(value)) : zend_hash_num_elements(Z_ARRVAL_P(value)));
}

namespace {

const char* const arginfo_value[] = {"value", nullptr};
const char* const arginfo_value_base[] = {"value", "base", nullptr};
const char* const arginfo_count[] = {"value", "mode", nullptr};

} // namespace

const zend_function_entry standard_type_functions[] = {
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
    PHP_FE_END
};

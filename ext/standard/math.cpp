// Math functions (https://www.php.net/manual/en/ref.math.php): abs, max, min.
#include "ext/standard/php_standard.h"
#include "ext/standard/standard_messages.h"

#include <cmath>

namespace {

// max() and min(): one array argument, or two or more values. `sign` is 1 for max, -1 for min; on
// ties the earlier value wins, as in PHP.
void extremum(zend_execute_data* execute_data, zval* return_value, int sign)
{
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z+", &args, &count) == FAILURE)
        RETURN_THROWS();
    zval* best = nullptr;
    if (count == 1) {
        zval* value = &args[0];
        ZVAL_DEREF(value);
        if (Z_TYPE_P(value) != IS_ARRAY) {
            zend_argument_type_error(1, standard_messages::kMustBeArrayGiven, zend_zval_type_name(value));
            RETURN_THROWS();
        }
        if (zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
            zend_argument_value_error(1, "%s", standard_messages::kMustContainOneElement);
            RETURN_THROWS();
        }
        zend_hash_for_each(Z_ARRVAL_P(value), [&](zend_ulong, zend_string*, zval* element) {
            ZVAL_DEREF(element);
            if (!best || zend_compare(element, best) * sign > 0)
                best = element;
        });
    } else {
        for (uint32_t i = 0; i < count; ++i) {
            zval* element = &args[i];
            ZVAL_DEREF(element);
            if (!best || zend_compare(element, best) * sign > 0)
                best = element;
        }
    }
    RETURN_COPY(best);
}

} // namespace

// abs(int|float $num): int|float
// https://www.php.net/manual/en/function.abs.php
PHP_FUNCTION(abs)
{
    zval* num;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &num) == FAILURE)
        RETURN_THROWS();
    switch (Z_TYPE_P(num)) {
    case IS_NULL:
        zend_error(E_DEPRECATED, standard_messages::kAbsNull);
        RETURN_LONG(0);
    case IS_LONG:
        if (Z_LVAL_P(num) == ZEND_LONG_MIN)
            RETURN_DOUBLE(-static_cast<double>(ZEND_LONG_MIN));
        RETURN_LONG(Z_LVAL_P(num) < 0 ? -Z_LVAL_P(num) : Z_LVAL_P(num));
    case IS_DOUBLE: RETURN_DOUBLE(std::fabs(Z_DVAL_P(num)));
    case IS_FALSE:
    case IS_TRUE: RETURN_LONG(Z_TYPE_P(num) == IS_TRUE ? 1 : 0);
    case IS_STRING: {
        zend_long l;
        double d;
        zend_uchar type = is_numeric_str_function(Z_STR_P(num), &l, &d);
        if (type == IS_LONG) {
            if (l == ZEND_LONG_MIN)
                RETURN_DOUBLE(-static_cast<double>(ZEND_LONG_MIN));
            RETURN_LONG(l < 0 ? -l : l);
        }
        if (type == IS_DOUBLE)
            RETURN_DOUBLE(std::fabs(d));
        break;
    }
    default: break;
    }
    zend_argument_type_error(1, standard_messages::kNumberType, zend_zval_type_name(num));
    RETURN_THROWS();
}

// max(mixed $value, mixed ...$values): mixed
// https://www.php.net/manual/en/function.max.php
PHP_FUNCTION(max) { extremum(execute_data, return_value, 1); }

// min(mixed $value, mixed ...$values): mixed
// https://www.php.net/manual/en/function.min.php
PHP_FUNCTION(min) { extremum(execute_data, return_value, -1); }

namespace {

const char* const arginfo_value_values[] = {"value", "...values", nullptr};
const char* const arginfo_num[] = {"num", nullptr};

} // namespace

const zend_function_entry standard_math_functions[] = {
    PHP_FE(abs, arginfo_num)
    PHP_FE(max, arginfo_value_values)
    PHP_FE(min, arginfo_value_values)
    PHP_FE_END
};

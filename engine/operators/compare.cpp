// Comparison: <=>, ==, ===, <, <= and the string comparisons they build on.
// https://www.php.net/manual/en/language.operators.comparison.php
// https://www.php.net/manual/en/types.comparisons.php
//
// PHP 8's rules, in the order zend_compare applies them:
//   - numbers compare numerically; anything compared with NAN is "greater" (1), so == and < are false;
//   - two strings compare numerically when both are numeric strings, else byte-wise ("abc" < "abd",
//     "10" == "1e1", "abc" != "ABC"); integers beyond PHP_INT_MAX spelled in both strings compare as
//     text so no precision is lost;
//   - a number and a string: numerically if the string is numeric, else the number is turned into
//     its string form and the two compared as strings (PHP 8's change: 0 == "a" is false);
//   - null and a string: null is "";
//   - bool or null against anything: both sides as booleans;
//   - arrays: fewer elements is smaller; then, key by key in op1's order, a key missing from op2
//     makes the arrays uncomparable (1 both ways), else the first unequal value decides;
//   - an array is greater than any other non-bool non-null value;
//   - objects: the same object is equal; objects of one class compare their properties (see
//     compare_objects); an object against a scalar is cast to its type (true for bools, 1 with a notice
//     for numbers).
// The result is always -1, 0 or 1.
#include <cmath>
#include <cstring>

#include "engine/error/error.h"
#include "engine/operators/operator_internal.h"
#include "engine/operators/operator_messages.h"
#include "engine/error/messages.h"

namespace msg = miniphp::operators::messages;
using namespace miniphp::operators;

int zend_binary_strcmp(const char* s1, size_t len1, const char* s2, size_t len2)
{
    if (s1 == s2)
        return 0;
    size_t common = len1 < len2 ? len1 : len2;
    int order = std::memcmp(s1, s2, common);
    if (order != 0)
        return order;
    return len1 == len2 ? 0 : (len1 < len2 ? -1 : 1);
}

int zend_binary_strncmp(const char* s1, size_t len1, const char* s2, size_t len2, size_t length)
{
    if (s1 == s2)
        return 0;
    size_t a = len1 < length ? len1 : length;
    size_t b = len2 < length ? len2 : length;
    size_t common = a < b ? a : b;
    int order = std::memcmp(s1, s2, common);
    if (order != 0)
        return order;
    return a == b ? 0 : (a < b ? -1 : 1);
}

int zend_binary_strcasecmp(const char* s1, size_t len1, const char* s2, size_t len2)
{
    if (s1 == s2)
        return 0;
    size_t common = len1 < len2 ? len1 : len2;
    for (size_t i = 0; i < common; ++i) {
        int c1 = static_cast<unsigned char>(s1[i]);
        int c2 = static_cast<unsigned char>(s2[i]);
        if (c1 >= 'A' && c1 <= 'Z')
            c1 += 'a' - 'A';
        if (c2 >= 'A' && c2 <= 'Z')
            c2 += 'a' - 'A';
        if (c1 != c2)
            return c1 - c2;
    }
    return len1 == len2 ? 0 : (len1 < len2 ? -1 : 1);
}

namespace {

struct NumericView {
    zend_uchar type;
    zend_long lval = 0;
    double dval = 0.0;
    int overflow = 0;
};

NumericView read_numeric(const zend_string* s)
{
    NumericView view;
    view.type = is_numeric_string_ex(ZSTR_VAL(s), ZSTR_LEN(s), &view.lval, &view.dval, false, &view.overflow, nullptr);
    return view;
}

int string_order(const zend_string* s1, const zend_string* s2)
{
    return normalize(zend_binary_strcmp(ZSTR_VAL(s1), ZSTR_LEN(s1), ZSTR_VAL(s2), ZSTR_LEN(s2)));
}

int compare_long_to_string(zend_long lval, zend_string* str)
{
    zend_long str_lval;
    double str_dval;
    zend_uchar type = is_numeric_string(ZSTR_VAL(str), ZSTR_LEN(str), &str_lval, &str_dval, false);
    if (type == IS_LONG)
        return lval > str_lval ? 1 : (lval < str_lval ? -1 : 0);
    if (type == IS_DOUBLE)
        return normalize(static_cast<double>(lval) - str_dval);
    zend_string* text = zend_long_to_str(lval);
    int order = string_order(text, str);
    zend_string_release(text);
    return order;
}

int compare_double_to_string(double dval, zend_string* str)
{
    zend_long str_lval;
    double str_dval;
    zend_uchar type = is_numeric_string(ZSTR_VAL(str), ZSTR_LEN(str), &str_lval, &str_dval, false);
    if (type == IS_LONG)
        return normalize(dval - static_cast<double>(str_lval));
    if (type == IS_DOUBLE)
        return dval == str_dval ? 0 : normalize(dval - str_dval);
    zend_string* text = zend_double_to_str(dval);
    int order = string_order(text, str);
    zend_string_release(text);
    return order;
}

// An object against a value of another type, as the standard compare handler does it: the object is
// cast to the other side's type (bool: true; int/float: a notice and 1); when it cannot be (string
// without __toString, array) the object is greater.
int compare_object_to_value(zval* object, zval* value, bool object_on_left)
{
    zval cast;
    switch (Z_TYPE_P(value)) {
    case IS_FALSE:
    case IS_TRUE:
        ZVAL_TRUE(&cast);
        break;
    case IS_LONG:
        zend_error(E_NOTICE, msg::kObjectCompareToNumber, miniphp::object_class_name(Z_OBJ_P(object)), "int");
        ZVAL_LONG(&cast, 1);
        break;
    case IS_DOUBLE:
        zend_error(E_NOTICE, msg::kObjectCompareToNumber, miniphp::object_class_name(Z_OBJ_P(object)), "float");
        ZVAL_DOUBLE(&cast, 1.0);
        break;
    default:
        // FIXME(classes): __toString for strings.
        return object_on_left ? 1 : -1;
    }
    return object_on_left ? zend_compare(&cast, value) : zend_compare(value, &cast);
}

// Two objects, as the standard compare handler does it: objects of different classes are
// uncomparable (1); otherwise the declared property slots in order, then the dynamic properties as
// arrays compare (count first, then key by key). An object met again inside its own comparison is
// PHP's fatal "Nesting level too deep".
// FIXME(classes): PHP merges declared and dynamic properties into one table when either object has
// dynamic ones; here the slots are compared first, then the dynamic tables. Classes with a compare
// handler (DateTime, GMP) need the handler.
int compare_objects(zend_object* a, zend_object* b)
{
    if (a == b)
        return 0;
    if (a->ce != b->ce)
        return 1;
    if (GC_IS_RECURSIVE(a))
        zend_error_noreturn(E_ERROR, "%s", miniphp::value::messages::kNestingTooDeep);
    GC_PROTECT_RECURSION(a);
    int result = 0;
    uint32_t slots = a->num_slots < b->num_slots ? a->num_slots : b->num_slots;
    for (uint32_t i = 0; i < slots && result == 0; ++i) {
        zval* p1 = &a->properties_table[i];
        zval* p2 = &b->properties_table[i];
        if (Z_ISUNDEF_P(p1) != Z_ISUNDEF_P(p2))
            result = 1;
        else if (!Z_ISUNDEF_P(p1))
            result = zend_compare(p1, p2);
    }
    if (result == 0 && (a->properties || b->properties)) {
        HashTable* empty = const_cast<HashTable*>(&zend_empty_array);
        result = zend_hash_compare(a->properties ? a->properties : empty, b->properties ? b->properties : empty,
                                   zend_compare, false);
    }
    GC_UNPROTECT_RECURSION(a);
    return result;
}

// A scalar or resource as a number, without diagnostics (resources are their handle).
void silent_number(zval* op, zval* out)
{
    if (Z_TYPE_P(op) == IS_DOUBLE) {
        ZVAL_DOUBLE(out, Z_DVAL_P(op));
    } else if (Z_TYPE_P(op) == IS_STRING) {
        zend_long lval;
        double dval;
        zend_uchar type = is_numeric_string(Z_STRVAL_P(op), Z_STRLEN_P(op), &lval, &dval, true);
        if (type == IS_DOUBLE)
            ZVAL_DOUBLE(out, dval);
        else
            ZVAL_LONG(out, type == IS_LONG ? lval : 0);
    } else {
        ZVAL_LONG(out, zval_get_long(op));
    }
}

// Bool, null, and the rest of the scalars once neither side is an object or a string/number pair.
int compare_loosely(zval* op1, zval* op2)
{
    zend_uchar t1 = Z_TYPE_P(op1);
    zend_uchar t2 = Z_TYPE_P(op2);
    if (t1 == IS_NULL || t1 == IS_FALSE)
        return zend_is_true(op2) ? -1 : 0;
    if (t1 == IS_TRUE)
        return zend_is_true(op2) ? 0 : 1;
    if (t2 == IS_NULL || t2 == IS_FALSE)
        return zend_is_true(op1) ? 1 : 0;
    if (t2 == IS_TRUE)
        return zend_is_true(op1) ? 0 : -1;
    if (t1 == IS_ARRAY)
        return 1;
    if (t2 == IS_ARRAY)
        return -1;
    // Resources (and whatever else is left) compare as the numbers they read as, silently.
    zval n1, n2;
    silent_number(op1, &n1);
    silent_number(op2, &n2);
    return zend_compare(&n1, &n2);
}

} // namespace

bool zendi_smart_streq(zend_string* s1, zend_string* s2)
{
    NumericView a = read_numeric(s1);
    if (a.type) {
        NumericView b = read_numeric(s2);
        if (b.type) {
            // Both integers overflowed the same way and look equal as floats: only the text can tell.
            if (a.overflow != 0 && a.overflow == b.overflow && a.dval - b.dval == 0.)
                return zend_string_equal_content(s1, s2);
            if (a.type == IS_DOUBLE || b.type == IS_DOUBLE) {
                if (a.type != IS_DOUBLE) {
                    if (b.overflow)
                        return false;
                    a.dval = static_cast<double>(a.lval);
                } else if (b.type != IS_DOUBLE) {
                    if (a.overflow)
                        return false;
                    b.dval = static_cast<double>(b.lval);
                } else if (a.dval == b.dval && !std::isfinite(a.dval)) {
                    return zend_string_equal_content(s1, s2);
                }
                return a.dval == b.dval;
            }
            return a.lval == b.lval;
        }
    }
    return zend_string_equal_content(s1, s2);
}

int zendi_smart_strcmp(zend_string* s1, zend_string* s2)
{
    NumericView a = read_numeric(s1);
    if (a.type) {
        NumericView b = read_numeric(s2);
        if (b.type) {
            if (a.overflow != 0 && a.overflow == b.overflow && a.dval - b.dval == 0.)
                return string_order(s1, s2);
            if (a.type == IS_DOUBLE || b.type == IS_DOUBLE) {
                if (a.type != IS_DOUBLE) {
                    if (b.overflow)
                        return -b.overflow;
                    a.dval = static_cast<double>(a.lval);
                } else if (b.type != IS_DOUBLE) {
                    if (a.overflow)
                        return a.overflow;
                    b.dval = static_cast<double>(b.lval);
                } else if (a.dval == b.dval && !std::isfinite(a.dval)) {
                    return string_order(s1, s2);
                }
                return normalize(a.dval - b.dval);
            }
            return a.lval > b.lval ? 1 : (a.lval < b.lval ? -1 : 0);
        }
    }
    return string_order(s1, s2);
}

int zend_compare_arrays(zval* a1, zval* a2)
{
    return zend_hash_compare(Z_ARRVAL_P(a1), Z_ARRVAL_P(a2), zend_compare, false);
}

int zend_compare(zval* op1, zval* op2)
{
    op1 = deref(op1);
    op2 = deref(op2);
    zend_uchar t1 = Z_TYPE_P(op1);
    zend_uchar t2 = Z_TYPE_P(op2);
    switch (t1) {
    case IS_LONG:
        if (t2 == IS_LONG)
            return Z_LVAL_P(op1) > Z_LVAL_P(op2) ? 1 : (Z_LVAL_P(op1) < Z_LVAL_P(op2) ? -1 : 0);
        if (t2 == IS_DOUBLE)
            return normalize(static_cast<double>(Z_LVAL_P(op1)) - Z_DVAL_P(op2));
        if (t2 == IS_STRING)
            return compare_long_to_string(Z_LVAL_P(op1), Z_STR_P(op2));
        break;
    case IS_DOUBLE:
        if (t2 == IS_LONG)
            return normalize(Z_DVAL_P(op1) - static_cast<double>(Z_LVAL_P(op2)));
        if (t2 == IS_DOUBLE)
            return Z_DVAL_P(op1) == Z_DVAL_P(op2) ? 0 : normalize(Z_DVAL_P(op1) - Z_DVAL_P(op2));
        if (t2 == IS_STRING)
            return std::isnan(Z_DVAL_P(op1)) ? 1 : compare_double_to_string(Z_DVAL_P(op1), Z_STR_P(op2));
        break;
    case IS_STRING:
        if (t2 == IS_STRING)
            return Z_STR_P(op1) == Z_STR_P(op2) ? 0 : zendi_smart_strcmp(Z_STR_P(op1), Z_STR_P(op2));
        if (t2 == IS_LONG)
            return -compare_long_to_string(Z_LVAL_P(op2), Z_STR_P(op1));
        if (t2 == IS_DOUBLE)
            return std::isnan(Z_DVAL_P(op2)) ? 1 : -compare_double_to_string(Z_DVAL_P(op2), Z_STR_P(op1));
        if (t2 == IS_NULL)
            return Z_STRLEN_P(op1) == 0 ? 0 : 1;
        break;
    case IS_NULL:
        if (t2 == IS_STRING)
            return Z_STRLEN_P(op2) == 0 ? 0 : -1;
        if (t2 == IS_OBJECT)
            return -1;
        break;
    case IS_ARRAY:
        if (t2 == IS_ARRAY)
            return zend_compare_arrays(op1, op2);
        break;
    case IS_OBJECT:
        if (t2 == IS_NULL)
            return 1;
        break;
    default:
        break;
    }
    if (t1 == IS_OBJECT || t2 == IS_OBJECT) {
        if (t1 == IS_OBJECT && t2 == IS_OBJECT)
            return compare_objects(Z_OBJ_P(op1), Z_OBJ_P(op2));
        return t1 == IS_OBJECT ? compare_object_to_value(op1, op2, true) : compare_object_to_value(op2, op1, false);
    }
    return compare_loosely(op1, op2);
}

zend_result compare_function(zval* result, zval* op1, zval* op2)
{
    int order = zend_compare(op1, op2);
    zval value;
    ZVAL_LONG(&value, order);
    store_result(result, result == op1 || result == op2, &value);
    return SUCCESS;
}

bool zend_is_equal(zval* op1, zval* op2)
{
    zval* a = deref(op1);
    zval* b = deref(op2);
    if (Z_TYPE_P(a) == IS_STRING && Z_TYPE_P(b) == IS_STRING)
        return Z_STR_P(a) == Z_STR_P(b) || zendi_smart_streq(Z_STR_P(a), Z_STR_P(b));
    return zend_compare(a, b) == 0;
}

namespace {

int hash_identical_compare(zval* z1, zval* z2) { return zend_is_identical(deref(z1), deref(z2)) ? 0 : 1; }

} // namespace

bool zend_is_identical(zval* op1, zval* op2)
{
    if (Z_TYPE_P(op1) != Z_TYPE_P(op2))
        return false;
    switch (Z_TYPE_P(op1)) {
    case IS_NULL:
    case IS_FALSE:
    case IS_TRUE:
        return true;
    case IS_LONG:
        return Z_LVAL_P(op1) == Z_LVAL_P(op2);
    case IS_DOUBLE:
        return Z_DVAL_P(op1) == Z_DVAL_P(op2);
    case IS_STRING:
        return zend_string_equals(Z_STR_P(op1), Z_STR_P(op2));
    case IS_ARRAY:
        return Z_ARR_P(op1) == Z_ARR_P(op2)
            || zend_hash_compare(Z_ARR_P(op1), Z_ARR_P(op2), hash_identical_compare, true) == 0;
    case IS_OBJECT:
        return Z_OBJ_P(op1) == Z_OBJ_P(op2);
    case IS_RESOURCE:
        return Z_RES_P(op1) == Z_RES_P(op2);
    default:
        return false;
    }
}

static zend_result store_bool(zval* result, zval* op1, zval* op2, bool truth)
{
    store_bool_result(result, result == op1 || result == op2, truth);
    return SUCCESS;
}

zend_result is_equal_function(zval* result, zval* op1, zval* op2) { return store_bool(result, op1, op2, zend_is_equal(op1, op2)); }
zend_result is_not_equal_function(zval* result, zval* op1, zval* op2)
{
    return store_bool(result, op1, op2, !zend_is_equal(op1, op2));
}
zend_result is_identical_function(zval* result, zval* op1, zval* op2)
{
    return store_bool(result, op1, op2, zend_is_identical(op1, op2));
}
zend_result is_not_identical_function(zval* result, zval* op1, zval* op2)
{
    return store_bool(result, op1, op2, !zend_is_identical(op1, op2));
}
zend_result is_smaller_function(zval* result, zval* op1, zval* op2)
{
    return store_bool(result, op1, op2, zend_compare(op1, op2) < 0);
}
zend_result is_smaller_or_equal_function(zval* result, zval* op1, zval* op2)
{
    return store_bool(result, op1, op2, zend_compare(op1, op2) <= 0);
}

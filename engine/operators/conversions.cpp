// Type juggling: truthiness, the (int)/(float)/(string)/(bool)/(array) casts, in-place conversions,
// and the operand readers arithmetic and the bitwise operators share.
// https://www.php.net/manual/en/language.types.type-juggling.php
//
// Two ways of reading a string as a number live here, and the difference is PHP's:
//   - a cast ((int)"12abc", zval_get_long) takes the leading number silently and saturates float
//     strings ("1e30" is PHP_INT_MAX); (float) reads the leading float literal;
//   - an arithmetic operand (try_convert_to_number, try_get_long) refuses a non-numeric string (the
//     caller throws "Unsupported operand types") and warns on a leading-numeric one.
#include <cstdio>

#include "engine/error/error.h"
#include "engine/operators/operator_internal.h"
#include "engine/operators/operator_messages.h"

namespace msg = miniphp::operators::messages;

namespace miniphp {

const char* object_class_name(const zend_object*)
{
    // FIXME(classes): Z_OBJCE(obj)->name once class entries exist; stdClass is the only class today.
    return "stdClass";
}

} // namespace miniphp

const char* zend_get_type_by_const(int type)
{
    switch (type) {
    case IS_FALSE:
    case IS_TRUE:
        return "bool";
    case IS_LONG:
        return "int";
    case IS_DOUBLE:
        return "float";
    case IS_STRING:
        return "string";
    case IS_OBJECT:
        return "object";
    case IS_RESOURCE:
        return "resource";
    case IS_NULL:
        return "null";
    case IS_ARRAY:
        return "array";
    default:
        return "unknown";
    }
}

const char* zend_zval_type_name(const zval* op)
{
    if (Z_ISREF_P(op))
        op = Z_REFVAL_P(op);
    if (Z_TYPE_P(op) == IS_OBJECT)
        return miniphp::object_class_name(Z_OBJ_P(op));
    return zend_get_type_by_const(Z_TYPE_P(op));
}

// https://www.php.net/manual/en/language.types.boolean.php#language.types.boolean.casting
bool zend_is_true(const zval* op)
{
    switch (Z_TYPE_P(op)) {
    case IS_TRUE:
        return true;
    case IS_LONG:
        return Z_LVAL_P(op) != 0;
    case IS_DOUBLE:
        return Z_DVAL_P(op) != 0.0 || Z_DVAL_P(op) != Z_DVAL_P(op); // NAN is true
    case IS_STRING:
        return Z_STRLEN_P(op) > 1 || (Z_STRLEN_P(op) == 1 && Z_STRVAL_P(op)[0] != '0');
    case IS_ARRAY:
        return zend_hash_num_elements(Z_ARRVAL_P(op)) > 0;
    case IS_OBJECT:
    case IS_RESOURCE:
        return true;
    case IS_REFERENCE:
        return zend_is_true(Z_REFVAL_P(op));
    default:
        return false;
    }
}

// https://www.php.net/manual/en/language.types.integer.php#language.types.integer.casting
zend_long zval_get_long(const zval* op) { return zval_get_long_ex(op, false); }

zend_long zval_get_long_ex(const zval* op, bool is_strict)
{
    switch (Z_TYPE_P(op)) {
    case IS_TRUE:
        return 1;
    case IS_LONG:
        return Z_LVAL_P(op);
    case IS_DOUBLE:
        return is_strict ? zend_dval_to_lval_safe(Z_DVAL_P(op)) : zend_dval_to_lval(Z_DVAL_P(op));
    case IS_STRING: {
        zend_long lval;
        double dval;
        zend_uchar type = is_numeric_string(Z_STRVAL_P(op), Z_STRLEN_P(op), &lval, &dval, true);
        if (type == IS_LONG)
            return lval;
        if (type == IS_DOUBLE) {
            // Saturating, as the strtol PHP used to call did.
            lval = zend_dval_to_lval_cap(dval);
            if (is_strict && !zend_is_long_compatible(dval, lval))
                zend_incompatible_string_to_long_error(Z_STR_P(op));
            return lval;
        }
        return 0;
    }
    case IS_ARRAY:
        return zend_hash_num_elements(Z_ARRVAL_P(op)) ? 1 : 0;
    case IS_OBJECT:
        zend_error(E_WARNING, msg::kObjectToInt, miniphp::object_class_name(Z_OBJ_P(op)));
        return 1;
    case IS_RESOURCE:
        return Z_RES_HANDLE_P(op);
    case IS_REFERENCE:
        return zval_get_long_ex(Z_REFVAL_P(op), is_strict);
    default:
        return 0;
    }
}

// https://www.php.net/manual/en/language.types.float.php#language.types.float.casting
double zval_get_double(const zval* op)
{
    switch (Z_TYPE_P(op)) {
    case IS_TRUE:
        return 1.0;
    case IS_LONG:
        return static_cast<double>(Z_LVAL_P(op));
    case IS_DOUBLE:
        return Z_DVAL_P(op);
    case IS_STRING:
        return zend_strtod(Z_STRVAL_P(op), nullptr);
    case IS_ARRAY:
        return zend_hash_num_elements(Z_ARRVAL_P(op)) ? 1.0 : 0.0;
    case IS_OBJECT:
        zend_error(E_WARNING, msg::kObjectToFloat, miniphp::object_class_name(Z_OBJ_P(op)));
        return 1.0;
    case IS_RESOURCE:
        return static_cast<double>(Z_RES_HANDLE_P(op));
    case IS_REFERENCE:
        return zval_get_double(Z_REFVAL_P(op));
    default:
        return 0.0;
    }
}

// https://www.php.net/manual/en/language.types.string.php#language.types.string.casting
static zend_string* get_string(zval* op, bool try_only)
{
    switch (Z_TYPE_P(op)) {
    case IS_TRUE:
        return ZSTR_CHAR('1');
    case IS_LONG:
        return zend_long_to_str(Z_LVAL_P(op));
    case IS_DOUBLE:
        return zend_double_to_str(Z_DVAL_P(op));
    case IS_STRING:
        return zend_string_copy(Z_STR_P(op));
    case IS_ARRAY:
        zend_error(E_WARNING, msg::kArrayToString);
        return ZSTR_LITERAL("Array");
    case IS_OBJECT:
        // FIXME(classes): call __toString through the cast handler.
        miniphp::throw_error(miniphp::ErrorClass::Error, msg::kObjectToString, miniphp::object_class_name(Z_OBJ_P(op)));
        return try_only ? nullptr : ZSTR_EMPTY_ALLOC();
    case IS_RESOURCE: {
        char text[48];
        int length = std::snprintf(text, sizeof text, msg::kResourceToString, static_cast<long long>(Z_RES_HANDLE_P(op)));
        return zend_string_init(text, static_cast<size_t>(length), false);
    }
    case IS_REFERENCE:
        return get_string(Z_REFVAL_P(op), try_only);
    default:
        return ZSTR_EMPTY_ALLOC();
    }
}

zend_string* zval_get_string(zval* op) { return get_string(op, false); }
zend_string* zval_try_get_string(zval* op) { return get_string(op, true); }

zend_string* zval_get_tmp_string(zval* op, zend_string** tmp)
{
    if (Z_ISREF_P(op))
        op = Z_REFVAL_P(op);
    if (Z_TYPE_P(op) == IS_STRING) {
        *tmp = nullptr;
        return Z_STR_P(op);
    }
    return *tmp = zval_get_string(op);
}

// --- in-place conversions ---------------------------------------------------------------------------

// Replaces the value of the variable (looking through a reference) with `value` (owned).
static void replace_value(zval* op, zval* value)
{
    if (Z_ISREF_P(op))
        op = Z_REFVAL_P(op);
    zval_ptr_dtor(op);
    ZVAL_COPY_VALUE(op, value);
}

void convert_to_long(zval* op)
{
    zval value;
    ZVAL_LONG(&value, zval_get_long(op));
    replace_value(op, &value);
}

void convert_to_double(zval* op)
{
    zval value;
    ZVAL_DOUBLE(&value, zval_get_double(op));
    replace_value(op, &value);
}

void convert_to_string(zval* op)
{
    zval* target = miniphp::operators::deref(op);
    if (Z_TYPE_P(target) == IS_STRING)
        return;
    zval value;
    ZVAL_STR(&value, zval_get_string(target));
    replace_value(op, &value);
}

bool try_convert_to_string(zval* op)
{
    zval* target = miniphp::operators::deref(op);
    if (Z_TYPE_P(target) == IS_STRING)
        return true;
    zend_string* s = zval_try_get_string(target);
    if (!s)
        return false;
    zval value;
    ZVAL_STR(&value, s);
    replace_value(op, &value);
    return true;
}

void convert_to_boolean(zval* op)
{
    zval* target = miniphp::operators::deref(op);
    bool truth = zend_is_true(target);
    zval_ptr_dtor(target);
    ZVAL_BOOL(target, truth);
}

// https://www.php.net/manual/en/language.types.array.php#language.types.array.casting
void convert_to_array(zval* op)
{
    zval* target = miniphp::operators::deref(op);
    switch (Z_TYPE_P(target)) {
    case IS_ARRAY:
        return;
    case IS_NULL: {
        zval value;
        ZVAL_ARR(&value, zend_new_array(0));
        replace_value(op, &value);
        return;
    }
    default: {
        // FIXME(classes): an object becomes its property table (with mangled names), not [object].
        HashTable* ht = zend_new_array(1);
        zval element;
        ZVAL_COPY_VALUE(&element, target);
        zend_hash_index_add_new(ht, 0, &element); // takes over the variable's count
        ZVAL_ARR(target, ht);
        return;
    }
    }
}

void convert_to_null(zval* op)
{
    zval* target = miniphp::operators::deref(op);
    zval_ptr_dtor(target);
    ZVAL_NULL(target);
}

void convert_scalar_to_number(zval* op)
{
    zval* target = miniphp::operators::deref(op);
    zval value;
    switch (Z_TYPE_P(target)) {
    case IS_LONG:
    case IS_DOUBLE:
        return;
    case IS_STRING: {
        zend_long lval;
        double dval;
        zend_uchar type = is_numeric_string(Z_STRVAL_P(target), Z_STRLEN_P(target), &lval, &dval, true);
        if (type == IS_DOUBLE)
            ZVAL_DOUBLE(&value, dval);
        else
            ZVAL_LONG(&value, type == IS_LONG ? lval : 0);
        break;
    }
    default:
        ZVAL_LONG(&value, zval_get_long(target));
        break;
    }
    replace_value(op, &value);
}

// --- operand readers for the operators ----------------------------------------------------------------

namespace miniphp::operators {

bool try_convert_to_number(zval* op, zval* holder)
{
    switch (Z_TYPE_P(op)) {
    case IS_LONG:
    case IS_DOUBLE:
        ZVAL_COPY_VALUE(holder, op);
        return true;
    case IS_NULL:
    case IS_FALSE:
        ZVAL_LONG(holder, 0);
        return true;
    case IS_TRUE:
        ZVAL_LONG(holder, 1);
        return true;
    case IS_STRING: {
        zend_long lval;
        double dval;
        bool trailing = false;
        zend_uchar type = is_numeric_string_ex(Z_STRVAL_P(op), Z_STRLEN_P(op), &lval, &dval, true, nullptr, &trailing);
        if (!type)
            return false;
        if (trailing)
            zend_error(E_WARNING, msg::kNonNumeric);
        if (type == IS_LONG)
            ZVAL_LONG(holder, lval);
        else
            ZVAL_DOUBLE(holder, dval);
        return true;
    }
    case IS_REFERENCE:
        return try_convert_to_number(Z_REFVAL_P(op), holder);
    default:
        // Arrays, resources, and objects without a numeric cast (FIXME(classes): cast_object).
        return false;
    }
}

zend_long try_get_long(zval* op, bool* failed)
{
    *failed = false;
    switch (Z_TYPE_P(op)) {
    case IS_NULL:
    case IS_FALSE:
        return 0;
    case IS_TRUE:
        return 1;
    case IS_LONG:
        return Z_LVAL_P(op);
    case IS_DOUBLE:
        return zend_dval_to_lval_safe(Z_DVAL_P(op));
    case IS_STRING: {
        zend_long lval;
        double dval;
        bool trailing = false;
        zend_uchar type = is_numeric_string_ex(Z_STRVAL_P(op), Z_STRLEN_P(op), &lval, &dval, true, nullptr, &trailing);
        if (!type) {
            *failed = true;
            return 0;
        }
        if (trailing)
            zend_error(E_WARNING, msg::kNonNumeric);
        if (type == IS_LONG)
            return lval;
        // Saturating, as the strtol this replaced did.
        lval = zend_dval_to_lval_cap(dval);
        if (!zend_is_long_compatible(dval, lval))
            zend_incompatible_string_to_long_error(Z_STR_P(op));
        return lval;
    }
    case IS_REFERENCE:
        return try_get_long(Z_REFVAL_P(op), failed);
    default:
        *failed = true;
        return 0;
    }
}

void binop_error(const char* sigil, zval* op1, zval* op2)
{
    throw_error(ErrorClass::TypeError, msg::kUnsupportedOperands, zend_zval_type_name(op1), sigil, zend_zval_type_name(op2));
}

} // namespace miniphp::operators

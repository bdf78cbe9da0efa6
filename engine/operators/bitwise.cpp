// The bitwise operators | & ^ ~ << >> and the boolean ones ! and xor.
// https://www.php.net/manual/en/language.operators.bitwise.php
// https://www.php.net/manual/en/language.operators.logical.php
//
// Two strings combine byte by byte (| keeps the longer length, & and ^ the shorter); anything else is
// read as an integer, with PHP 8.1's deprecation when a float loses its fraction. Shifting by 64 or
// more gives 0 (or -1 for >> of a negative number); shifting by a negative count is an
// ArithmeticError.
#include <cstring>

#include "engine/error/error.h"
#include "engine/operators/operator_internal.h"
#include "engine/operators/operator_messages.h"

namespace msg = miniphp::operators::messages;
using namespace miniphp::operators;

namespace {

enum class Bitwise { Or, And, Xor, ShiftLeft, ShiftRight };

const char* sigil_of(Bitwise op)
{
    switch (op) {
    case Bitwise::Or:
        return "|";
    case Bitwise::And:
        return "&";
    case Bitwise::Xor:
        return "^";
    case Bitwise::ShiftLeft:
        return "<<";
    case Bitwise::ShiftRight:
        return ">>";
    }
    return "?";
}

zend_string* combine_strings(Bitwise op, const zend_string* a, const zend_string* b)
{
    const zend_string* longer = ZSTR_LEN(a) >= ZSTR_LEN(b) ? a : b;
    const zend_string* shorter = longer == a ? b : a;
    size_t common = ZSTR_LEN(shorter);
    size_t length = op == Bitwise::Or ? ZSTR_LEN(longer) : common;
    zend_string* out = zend_string_alloc(length, false);
    const unsigned char* x = reinterpret_cast<const unsigned char*>(ZSTR_VAL(a));
    const unsigned char* y = reinterpret_cast<const unsigned char*>(ZSTR_VAL(b));
    for (size_t i = 0; i < common; ++i) {
        unsigned char c = op == Bitwise::Or ? (x[i] | y[i]) : op == Bitwise::And ? (x[i] & y[i]) : (x[i] ^ y[i]);
        ZSTR_VAL(out)[i] = static_cast<char>(c);
    }
    if (length > common)
        std::memcpy(ZSTR_VAL(out) + common, ZSTR_VAL(longer) + common, length - common);
    ZSTR_VAL(out)[length] = '\0';
    return out;
}

zend_result bitwise(Bitwise op, zval* result, zval* op1, zval* op2)
{
    bool result_is_operand = result == op1 || result == op2;
    zval* a = deref(op1);
    zval* b = deref(op2);
    zval value;
    if (op != Bitwise::ShiftLeft && op != Bitwise::ShiftRight && Z_TYPE_P(a) == IS_STRING && Z_TYPE_P(b) == IS_STRING) {
        ZVAL_NEW_STR(&value, combine_strings(op, Z_STR_P(a), Z_STR_P(b)));
        store_result(result, result_is_operand, &value);
        return SUCCESS;
    }
    bool failed;
    zend_long x = Z_TYPE_P(a) == IS_LONG ? Z_LVAL_P(a) : try_get_long(a, &failed);
    if (Z_TYPE_P(a) != IS_LONG && failed) {
        binop_error(sigil_of(op), a, b);
        return fail(result, result_is_operand);
    }
    zend_long y = Z_TYPE_P(b) == IS_LONG ? Z_LVAL_P(b) : try_get_long(b, &failed);
    if (Z_TYPE_P(b) != IS_LONG && failed) {
        binop_error(sigil_of(op), a, b);
        return fail(result, result_is_operand);
    }
    zend_long r = 0;
    switch (op) {
    case Bitwise::Or:
        r = x | y;
        break;
    case Bitwise::And:
        r = x & y;
        break;
    case Bitwise::Xor:
        r = x ^ y;
        break;
    case Bitwise::ShiftLeft:
    case Bitwise::ShiftRight:
        if (y < 0) {
            miniphp::throw_error(miniphp::ErrorClass::ArithmeticError, msg::kShiftByNegative);
            return fail(result, result_is_operand);
        }
        if (op == Bitwise::ShiftLeft)
            r = y >= 64 ? 0 : static_cast<zend_long>(static_cast<zend_ulong>(x) << y);
        else
            r = y >= 64 ? (x < 0 ? -1 : 0) : (x >> y);
        break;
    }
    ZVAL_LONG(&value, r);
    store_result(result, result_is_operand, &value);
    return SUCCESS;
}

} // namespace

zend_result bitwise_or_function(zval* result, zval* op1, zval* op2) { return bitwise(Bitwise::Or, result, op1, op2); }
zend_result bitwise_and_function(zval* result, zval* op1, zval* op2) { return bitwise(Bitwise::And, result, op1, op2); }
zend_result bitwise_xor_function(zval* result, zval* op1, zval* op2) { return bitwise(Bitwise::Xor, result, op1, op2); }
zend_result shift_left_function(zval* result, zval* op1, zval* op2) { return bitwise(Bitwise::ShiftLeft, result, op1, op2); }
zend_result shift_right_function(zval* result, zval* op1, zval* op2) { return bitwise(Bitwise::ShiftRight, result, op1, op2); }

zend_result bitwise_not_function(zval* result, zval* op1)
{
    bool result_is_operand = result == op1;
    zval* a = deref(op1);
    zval value;
    switch (Z_TYPE_P(a)) {
    case IS_LONG:
        ZVAL_LONG(&value, ~Z_LVAL_P(a));
        break;
    case IS_DOUBLE:
        ZVAL_LONG(&value, ~zend_dval_to_lval_safe(Z_DVAL_P(a)));
        break;
    case IS_STRING: {
        size_t length = Z_STRLEN_P(a);
        zend_string* out = zend_string_alloc(length, false);
        for (size_t i = 0; i < length; ++i)
            ZSTR_VAL(out)[i] = static_cast<char>(~static_cast<unsigned char>(Z_STRVAL_P(a)[i]));
        ZSTR_VAL(out)[length] = '\0';
        ZVAL_NEW_STR(&value, out);
        break;
    }
    default:
        miniphp::throw_error(miniphp::ErrorClass::TypeError, msg::kCannotPerformBitwiseNot, zend_zval_type_name(a));
        return fail(result, result_is_operand);
    }
    store_result(result, result_is_operand, &value);
    return SUCCESS;
}

zend_result boolean_not_function(zval* result, zval* op1)
{
    bool truth = zend_is_true(op1);
    store_bool_result(result, result == op1, !truth);
    return SUCCESS;
}

zend_result boolean_xor_function(zval* result, zval* op1, zval* op2)
{
    bool truth = zend_is_true(op1) != zend_is_true(op2);
    store_bool_result(result, result == op1 || result == op2, truth);
    return SUCCESS;
}

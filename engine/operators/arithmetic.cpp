// The arithmetic operators + - * / % ** (and intdiv(), unary minus, and string concatenation).
// https://www.php.net/manual/en/language.operators.arithmetic.php
//
// Each binary operator has the same shape: the common int/float pairs first, then the general path
// that looks through references, reads both operands as numbers (op1 first, so op1's warning comes
// before op2's TypeError, as in PHP) and retries. Integer results that overflow become floats.
// `+` on two arrays is the union (keys of op1 win); any other array operand is a TypeError.
#include <cmath>
#include <cstdint>
#include <cstring>

#include "engine/error/error.h"
#include "engine/operators/operator_internal.h"
#include "engine/operators/operator_messages.h"

namespace msg = miniphp::operators::messages;
using namespace miniphp::operators;

namespace {

enum class Arith { Add, Sub, Mul, Div, Pow };

const char* sigil_of(Arith op)
{
    switch (op) {
    case Arith::Add:
        return "+";
    case Arith::Sub:
        return "-";
    case Arith::Mul:
        return "*";
    case Arith::Div:
        return "/";
    case Arith::Pow:
        return "**";
    }
    return "?";
}

// Integer power by repeated squaring; on the first overflow the rest is finished in floating point
// from the partial product, which is how PHP arrives at its float results (and they can differ in the
// last bit from pow(a, b)).
void pow_longs(zval* out, zend_long base, zend_long exponent)
{
    if (exponent < 0) {
        ZVAL_DOUBLE(out, std::pow(static_cast<double>(base), static_cast<double>(exponent)));
        return;
    }
    if (exponent == 0) {
        ZVAL_LONG(out, 1);
        return;
    }
    if (base == 0) {
        ZVAL_LONG(out, 0);
        return;
    }
    zend_long accumulated = 1;
    zend_long square = base;
    while (exponent >= 1) {
        zend_long product;
        if (exponent % 2) {
            --exponent;
            if (__builtin_mul_overflow(accumulated, square, &product)) {
                double partial = static_cast<double>(accumulated) * static_cast<double>(square);
                ZVAL_DOUBLE(out, partial * std::pow(static_cast<double>(square), static_cast<double>(exponent)));
                return;
            }
            accumulated = product;
        } else {
            exponent /= 2;
            if (__builtin_mul_overflow(square, square, &product)) {
                double squared = static_cast<double>(square) * static_cast<double>(square);
                ZVAL_DOUBLE(out, static_cast<double>(accumulated) * std::pow(squared, static_cast<double>(exponent)));
                return;
            }
            square = product;
        }
    }
    ZVAL_LONG(out, accumulated);
}

// The operation on two numbers (IS_LONG/IS_DOUBLE). False only for division by zero (thrown here).
bool arith_numbers(Arith op, zval* out, const zval* a, const zval* b)
{
    bool a_long = Z_TYPE_P(a) == IS_LONG;
    bool b_long = Z_TYPE_P(b) == IS_LONG;
    if (a_long && b_long) {
        zend_long x = Z_LVAL_P(a);
        zend_long y = Z_LVAL_P(b);
        zend_long r;
        switch (op) {
        case Arith::Add:
            if (__builtin_add_overflow(x, y, &r))
                ZVAL_DOUBLE(out, static_cast<double>(x) + static_cast<double>(y));
            else
                ZVAL_LONG(out, r);
            return true;
        case Arith::Sub:
            if (__builtin_sub_overflow(x, y, &r))
                ZVAL_DOUBLE(out, static_cast<double>(x) - static_cast<double>(y));
            else
                ZVAL_LONG(out, r);
            return true;
        case Arith::Mul:
            if (__builtin_mul_overflow(x, y, &r))
                ZVAL_DOUBLE(out, static_cast<double>(x) * static_cast<double>(y));
            else
                ZVAL_LONG(out, r);
            return true;
        case Arith::Div:
            if (y == 0) {
                miniphp::throw_error(miniphp::ErrorClass::DivisionByZeroError, msg::kDivisionByZero);
                return false;
            }
            if (y == -1 && x == ZEND_LONG_MIN) {
                ZVAL_DOUBLE(out, static_cast<double>(ZEND_LONG_MIN) / -1);
            } else if (x % y == 0) {
                ZVAL_LONG(out, x / y);
            } else {
                ZVAL_DOUBLE(out, static_cast<double>(x) / static_cast<double>(y));
            }
            return true;
        case Arith::Pow:
            pow_longs(out, x, y);
            return true;
        }
    }
    double x = a_long ? static_cast<double>(Z_LVAL_P(a)) : Z_DVAL_P(a);
    double y = b_long ? static_cast<double>(Z_LVAL_P(b)) : Z_DVAL_P(b);
    switch (op) {
    case Arith::Add:
        ZVAL_DOUBLE(out, x + y);
        break;
    case Arith::Sub:
        ZVAL_DOUBLE(out, x - y);
        break;
    case Arith::Mul:
        ZVAL_DOUBLE(out, x * y);
        break;
    case Arith::Div:
        if (y == 0) {
            miniphp::throw_error(miniphp::ErrorClass::DivisionByZeroError, msg::kDivisionByZero);
            return false;
        }
        ZVAL_DOUBLE(out, x / y);
        break;
    case Arith::Pow:
        ZVAL_DOUBLE(out, std::pow(x, y));
        break;
    }
    return true;
}

inline bool is_number(const zval* zv) { return Z_TYPE_P(zv) == IS_LONG || Z_TYPE_P(zv) == IS_DOUBLE; }

// $result = $op1 + $op2 for two arrays: op1's elements, then op2's whose keys op1 lacks.
void add_arrays(zval* result, bool result_is_op1, zval* op1, zval* op2)
{
    if (result_is_op1 && Z_ARR_P(op1) == Z_ARR_P(op2))
        return; // $a += $a
    zval sum;
    if (result_is_op1) {
        SEPARATE_ARRAY(result);
        ZVAL_COPY_VALUE(&sum, result);
    } else {
        ZVAL_ARR(&sum, zend_array_dup(Z_ARR_P(op1)));
    }
    HashTable* target = Z_ARR(sum);
    for (miniphp::HashEntry entry : miniphp::hash_entries(Z_ARR_P(op2))) {
        bool present = entry.key ? zend_hash_exists(target, entry.key) : zend_hash_index_exists(target, entry.h);
        if (present)
            continue;
        zval element;
        ZVAL_COPY_VALUE(&element, entry.value);
        zval_add_ref(&element);
        if (entry.key)
            zend_hash_add_new(target, entry.key, &element);
        else
            zend_hash_index_add_new(target, entry.h, &element);
    }
    if (!result_is_op1)
        ZVAL_COPY_VALUE(result, &sum);
}

zend_result arith(Arith op, zval* result, zval* op1, zval* op2)
{
    bool result_is_op1 = result == op1;
    bool result_is_operand = result_is_op1 || result == op2;
    zval value;
    if (is_number(op1) && is_number(op2)) {
        if (!arith_numbers(op, &value, op1, op2))
            return fail(result, result_is_operand);
        ZVAL_COPY_VALUE(result, &value); // op1 held a number: nothing to release
        return SUCCESS;
    }
    zval* a = deref(op1);
    zval* b = deref(op2);
    if (op == Arith::Add && Z_TYPE_P(a) == IS_ARRAY && Z_TYPE_P(b) == IS_ARRAY) {
        if (result_is_op1 && a == op1) {
            add_arrays(result, true, a, b); // $a += $b: op1's array grows (separated if shared)
        } else {
            zval sum;
            add_arrays(&sum, false, a, b);
            store_result(result, result_is_operand, &sum);
        }
        return SUCCESS;
    }
    zval number1, number2;
    if (!try_convert_to_number(a, &number1)) {
        binop_error(sigil_of(op), a, b);
        return fail(result, result_is_operand);
    }
    if (!try_convert_to_number(b, &number2)) {
        binop_error(sigil_of(op), a, b);
        return fail(result, result_is_operand);
    }
    if (!arith_numbers(op, &value, &number1, &number2))
        return fail(result, result_is_operand);
    store_result(result, result_is_operand, &value);
    return SUCCESS;
}

} // namespace

zend_result add_function(zval* result, zval* op1, zval* op2) { return arith(Arith::Add, result, op1, op2); }
zend_result sub_function(zval* result, zval* op1, zval* op2) { return arith(Arith::Sub, result, op1, op2); }
zend_result mul_function(zval* result, zval* op1, zval* op2) { return arith(Arith::Mul, result, op1, op2); }
zend_result div_function(zval* result, zval* op1, zval* op2) { return arith(Arith::Div, result, op1, op2); }
zend_result pow_function(zval* result, zval* op1, zval* op2) { return arith(Arith::Pow, result, op1, op2); }

zend_result negate_function(zval* result, zval* op1)
{
    zval minus_one;
    ZVAL_LONG(&minus_one, -1);
    return mul_function(result, op1, &minus_one);
}

// https://www.php.net/manual/en/language.operators.arithmetic.php: the result of % has the sign of
// the dividend; both operands are read as integers.
zend_result mod_function(zval* result, zval* op1, zval* op2)
{
    bool result_is_operand = result == op1 || result == op2;
    zval* a = deref(op1);
    zval* b = deref(op2);
    bool failed;
    zend_long x = try_get_long(a, &failed);
    if (failed) {
        binop_error("%", a, b);
        return fail(result, result_is_operand);
    }
    zend_long y = try_get_long(b, &failed);
    if (failed) {
        binop_error("%", a, b);
        return fail(result, result_is_operand);
    }
    if (y == 0) {
        miniphp::throw_error(miniphp::ErrorClass::DivisionByZeroError, msg::kModuloByZero);
        return fail(result, result_is_operand);
    }
    zval value;
    // x % -1 is 0 for every x; computing it would trap for PHP_INT_MIN.
    ZVAL_LONG(&value, y == -1 ? 0 : x % y);
    store_result(result, result_is_operand, &value);
    return SUCCESS;
}

namespace {

// Reads an int parameter of a builtin as coercive-mode parameter passing does (Zend/zend_API.c):
// floats and float strings must be integral and in range (fractions only deprecate), null deprecates,
// anything else non-numeric is a TypeError naming the parameter.
bool parse_int_parameter(zval* arg, const char* function, int position, const char* name, zend_long* out)
{
    switch (Z_TYPE_P(arg)) {
    case IS_LONG:
        *out = Z_LVAL_P(arg);
        return true;
    case IS_FALSE:
    case IS_TRUE:
        *out = Z_TYPE_P(arg) == IS_TRUE;
        return true;
    case IS_NULL:
        zend_error(E_DEPRECATED, msg::kPassingNullToInt, function, position, name);
        *out = 0;
        return true;
    case IS_DOUBLE: {
        double d = Z_DVAL_P(arg);
        if (!std::isfinite(d) || !ZEND_DOUBLE_FITS_LONG(d))
            break;
        *out = zend_dval_to_lval_safe(d);
        return true;
    }
    case IS_STRING: {
        zend_long lval;
        double dval;
        zend_uchar type = is_numeric_str_function(Z_STR_P(arg), &lval, &dval);
        if (type == IS_LONG) {
            *out = lval;
            return true;
        }
        if (type == IS_DOUBLE && std::isfinite(dval) && ZEND_DOUBLE_FITS_LONG(dval)) {
            *out = zend_dval_to_lval(dval);
            if (!zend_is_long_compatible(dval, *out))
                zend_incompatible_string_to_long_error(Z_STR_P(arg));
            return true;
        }
        break;
    }
    default:
        break;
    }
    miniphp::throw_error(miniphp::ErrorClass::TypeError, msg::kArgumentMustBeInt, function, position, name,
                         zend_zval_type_name(arg));
    return false;
}

} // namespace

// https://www.php.net/manual/en/function.intdiv.php: the operands are intdiv()'s two int parameters.
zend_result intdiv_function(zval* result, zval* op1, zval* op2)
{
    bool result_is_operand = result == op1 || result == op2;
    zend_long x, y;
    if (!parse_int_parameter(deref(op1), "intdiv", 1, "num1", &x) || !parse_int_parameter(deref(op2), "intdiv", 2, "num2", &y))
        return fail(result, result_is_operand);
    if (y == 0) {
        miniphp::throw_error(miniphp::ErrorClass::DivisionByZeroError, msg::kDivisionByZero);
        return fail(result, result_is_operand);
    }
    if (y == -1 && x == ZEND_LONG_MIN) {
        miniphp::throw_error(miniphp::ErrorClass::ArithmeticError, msg::kIntdivOverflow);
        return fail(result, result_is_operand);
    }
    zval value;
    ZVAL_LONG(&value, x / y);
    store_result(result, result_is_operand, &value);
    return SUCCESS;
}

// https://www.php.net/manual/en/language.operators.string.php
zend_result concat_function(zval* result, zval* op1, zval* op2)
{
    bool result_is_op1 = result == op1;
    bool result_is_operand = result_is_op1 || result == op2;
    zval* a = deref(op1);
    zval* b = deref(op2);
    zend_string* left = Z_TYPE_P(a) == IS_STRING ? Z_STR_P(a) : nullptr;
    zend_string* left_owned = nullptr;
    if (!left) {
        left = left_owned = zval_try_get_string(a);
        if (!left)
            return fail(result, result_is_operand);
    }
    zend_string* right = Z_TYPE_P(b) == IS_STRING ? Z_STR_P(b) : nullptr;
    zend_string* right_owned = nullptr;
    if (!right) {
        right = right_owned = zval_try_get_string(b);
        if (!right) {
            zend_tmp_string_release(left_owned);
            return fail(result, result_is_operand);
        }
    }
    size_t left_length = ZSTR_LEN(left);
    size_t right_length = ZSTR_LEN(right);
    zval value;
    if (left_length == 0 || right_length == 0) {
        // One side is empty: the result is the other string itself.
        ZVAL_STR(&value, zend_string_copy(left_length == 0 ? right : left));
    } else {
        constexpr size_t kMaxStringLength = SIZE_MAX - zend_string_struct_size(0);
        if (left_length > kMaxStringLength - right_length) {
            zend_tmp_string_release(left_owned);
            zend_tmp_string_release(right_owned);
            miniphp::throw_error(miniphp::ErrorClass::Error, msg::kStringSizeOverflow);
            return fail(result, result_is_operand);
        }
        size_t length = left_length + right_length;
        if (result_is_op1 && a == op1 && Z_TYPE_P(op1) == IS_STRING && !ZSTR_IS_INTERNED(left) && GC_REFCOUNT(left) == 1
            && left != right) {
            // $s .= $t on an unshared string grows it in place.
            zend_string* grown = zend_string_extend(left, length, false);
            std::memcpy(ZSTR_VAL(grown) + left_length, ZSTR_VAL(right), right_length);
            ZSTR_VAL(grown)[length] = '\0';
            ZVAL_NEW_STR(result, grown);
            zend_tmp_string_release(right_owned);
            return SUCCESS;
        }
        zend_string* joined = zend_string_alloc(length, false);
        std::memcpy(ZSTR_VAL(joined), ZSTR_VAL(left), left_length);
        std::memcpy(ZSTR_VAL(joined) + left_length, ZSTR_VAL(right), right_length);
        ZSTR_VAL(joined)[length] = '\0';
        ZVAL_NEW_STR(&value, joined);
    }
    zend_tmp_string_release(left_owned);
    zend_tmp_string_release(right_owned);
    store_result(result, result_is_operand, &value);
    return SUCCESS;
}

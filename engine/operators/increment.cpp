// ++ and -- in place.
// https://www.php.net/manual/en/language.operators.increment.php
//
// Integers step and overflow to float; null++ is 1 but null-- stays null; booleans do not change.
// A numeric string steps as the number it spells. Any other string is incremented "the Perl way":
// the last alphanumeric run counts in its own alphabet ("a9" -> "b0", "Az" -> "Ba", "zz" -> "aaa"),
// stopping at the first byte that is not a letter or a digit ("!z" -> "!a", "a!" stays); a carry out
// of the first byte grows the string by one character of the kind that overflowed. Decrementing such
// a string does nothing, and "" becomes "1" on ++ but -1 on --.
#include <cstring>

#include "engine/operators/operator_internal.h"
#include "engine/operators/operator_messages.h"

namespace msg = miniphp::operators::messages;
using namespace miniphp::operators;

namespace {

enum class Kind { None, Lower, Upper, Digit };

// The Perl-style string increment of `s` (not empty), as a new string.
zend_string* increment_string(const zend_string* s)
{
    size_t length = ZSTR_LEN(s);
    // One spare byte in front for a carry out of the first character.
    zend_string* out = zend_string_alloc(length + 1, false);
    char* text = ZSTR_VAL(out) + 1;
    std::memcpy(text, ZSTR_VAL(s), length);
    bool carry = false;
    Kind last = Kind::None;
    size_t position = length;
    while (position > 0) {
        char& c = text[position - 1];
        if (c >= 'a' && c <= 'z') {
            carry = c == 'z';
            c = carry ? 'a' : static_cast<char>(c + 1);
            last = Kind::Lower;
        } else if (c >= 'A' && c <= 'Z') {
            carry = c == 'Z';
            c = carry ? 'A' : static_cast<char>(c + 1);
            last = Kind::Upper;
        } else if (c >= '0' && c <= '9') {
            carry = c == '9';
            c = carry ? '0' : static_cast<char>(c + 1);
            last = Kind::Digit;
        } else {
            carry = false;
            break;
        }
        if (!carry)
            break;
        --position;
    }
    if (carry && position == 0) {
        ZSTR_VAL(out)[0] = last == Kind::Digit ? '1' : last == Kind::Upper ? 'A' : 'a';
        ZSTR_VAL(out)[length + 1] = '\0';
        return out;
    }
    std::memmove(ZSTR_VAL(out), text, length);
    return zend_string_truncate(out, length, false);
}

zend_result step(zval* op1, bool up)
{
    zval* op = deref(op1);
    zval value;
    switch (Z_TYPE_P(op)) {
    case IS_LONG: {
        zend_long l = Z_LVAL_P(op);
        if (up ? l == ZEND_LONG_MAX : l == ZEND_LONG_MIN)
            ZVAL_DOUBLE(op, static_cast<double>(l) + (up ? 1.0 : -1.0));
        else
            Z_LVAL_P(op) = up ? l + 1 : l - 1;
        return SUCCESS;
    }
    case IS_DOUBLE:
        Z_DVAL_P(op) += up ? 1.0 : -1.0;
        return SUCCESS;
    case IS_NULL:
        if (up)
            ZVAL_LONG(op, 1);
        return SUCCESS;
    case IS_FALSE:
    case IS_TRUE:
        return SUCCESS;
    case IS_STRING: {
        zend_string* s = Z_STR_P(op);
        if (ZSTR_LEN(s) == 0) {
            if (up)
                ZVAL_CHAR(&value, '1');
            else
                ZVAL_LONG(&value, -1);
            zval_ptr_dtor_str(op);
            ZVAL_COPY_VALUE(op, &value);
            return SUCCESS;
        }
        zend_long lval;
        double dval;
        zend_uchar type = is_numeric_string(ZSTR_VAL(s), ZSTR_LEN(s), &lval, &dval, false);
        if (type == IS_LONG) {
            if (up ? lval == ZEND_LONG_MAX : lval == ZEND_LONG_MIN)
                ZVAL_DOUBLE(&value, static_cast<double>(lval) + (up ? 1.0 : -1.0));
            else
                ZVAL_LONG(&value, up ? lval + 1 : lval - 1);
        } else if (type == IS_DOUBLE) {
            ZVAL_DOUBLE(&value, dval + (up ? 1.0 : -1.0));
        } else if (up) {
            ZVAL_NEW_STR(&value, increment_string(s));
        } else {
            return SUCCESS; // a non-numeric string is left as it is by --
        }
        zval_ptr_dtor_str(op);
        ZVAL_COPY_VALUE(op, &value);
        return SUCCESS;
    }
    default:
        // FIXME(classes): objects with a do_operation handler (GMP) can be incremented.
        miniphp::throw_error(miniphp::ErrorClass::TypeError, up ? msg::kCannotIncrement : msg::kCannotDecrement,
                             zend_zval_type_name(op));
        return FAILURE;
    }
}

} // namespace

zend_result increment_function(zval* op1) { return step(op1, true); }
zend_result decrement_function(zval* op1) { return step(op1, false); }

// Helpers shared by the operator sources (not part of the API): reading operands as numbers the way
// arithmetic reads them, raising the "Unsupported operand types" TypeError, and writing a result that
// may alias the first operand.
#pragma once

#include "engine/operators/operators.h"

namespace miniphp::operators {

// PHP's ZEND_NORMALIZE_BOOL for doubles: NaN counts as "greater" (it is not zero and not below zero).
inline int normalize(double d) { return d != 0 ? (d < 0 ? -1 : 1) : 0; }
inline int normalize(long long n) { return n > 0 ? 1 : (n < 0 ? -1 : 0); }
inline int normalize(int n) { return n > 0 ? 1 : (n < 0 ? -1 : 0); }
inline int threeway(double a, double b) { return a == b ? 0 : (a < b ? -1 : 1); }

// Looks through a reference.
inline zval* deref(zval* op) { return Z_ISREF_P(op) ? Z_REFVAL_P(op) : op; }

// Reads `op` as a number into *holder (IS_LONG or IS_DOUBLE) as arithmetic does: null and false are 0,
// true is 1, a leading-numeric string warns "A non-numeric value encountered". False for operands
// arithmetic refuses (arrays, non-numeric strings, objects, resources).
bool try_convert_to_number(zval* op, zval* holder);

// Reads `op` as an integer as %, |, &, ^, << and >> do: floats (and float strings) that lose precision
// raise the 8.1 deprecation. *failed is set for operands those operators refuse.
zend_long try_get_long(zval* op, bool* failed);

// Throws the TypeError "Unsupported operand types: array + int".
void binop_error(const char* sigil, zval* op1, zval* op2);

// Stores `value` (owned) into `result`, releasing the old value first when `result` is one of the
// operands (its value was read already and the caller's count moves to the result).
inline void store_result(zval* result, bool result_is_operand, zval* value)
{
    if (result_is_operand)
        zval_ptr_dtor(result);
    ZVAL_COPY_VALUE(result, value);
}

// Stores a boolean into `result` (the same rule as store_result). Written in place rather than through
// a temporary, whose value word a boolean leaves unset.
inline void store_bool_result(zval* result, bool result_is_operand, bool truth)
{
    if (result_is_operand)
        zval_ptr_dtor(result);
    ZVAL_BOOL(result, truth);
}

// After a failed operation: UNDEF unless `result` is one of the operands, which keeps its value.
inline zend_result fail(zval* result, bool result_is_operand)
{
    if (!result_is_operand)
        ZVAL_UNDEF(result);
    return FAILURE;
}

} // namespace miniphp::operators

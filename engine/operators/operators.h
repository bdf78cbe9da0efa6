// PHP 8.2's operators, conversions and comparisons: the library the VM and the builtins call.
//
// Every function here implements one of PHP's language operations with PHP's semantics and PHP's
// diagnostics, and keeps PHP's name (Zend/zend_operators.h) so extension code reads as it would
// against php-src. The manual pages they implement:
//   arithmetic        https://www.php.net/manual/en/language.operators.arithmetic.php
//   bitwise           https://www.php.net/manual/en/language.operators.bitwise.php
//   comparison        https://www.php.net/manual/en/language.operators.comparison.php
//   increment         https://www.php.net/manual/en/language.operators.increment.php
//   string            https://www.php.net/manual/en/language.operators.string.php
//   type juggling     https://www.php.net/manual/en/language.types.type-juggling.php
//   numeric strings   https://www.php.net/manual/en/language.types.numeric-strings.php
//
// Ownership: operands are borrowed; `result` receives an owned value. `result` may be the same zval
// as `op1` (compound assignment `$a += $b`) or `op2`, in which case that operand's old value is
// released once it has been read. Operands may be references (IS_REFERENCE); they are looked through
// (the VM passes a compound assignment the dereferenced variable as both result and op1; a reference
// passed as both is replaced by the result).
//
// Failure: an operator that PHP makes throw (TypeError, DivisionByZeroError, ArithmeticError, Error)
// calls miniphp::throw_error and returns FAILURE with `result` set to UNDEF (unless it is one of the
// operands, which is then left as it was). Today throw_error bails out, so FAILURE is never seen; see throw.h.
// Warnings and deprecations (E_WARNING "A non-numeric value encountered", E_DEPRECATED "Implicit
// conversion ... loses precision", "Array to string conversion") go through zend_error and the
// operation goes on, as in PHP.
//
// Objects: the class subsystem does not exist yet, so objects take the paths PHP takes for a plain
// object without handlers (no __toString, no do_operation, no compare handler): they are unsupported
// operands in arithmetic, compare by their properties, and cannot be converted to string.
// FIXME(classes): call the object handlers once zend_object_handlers has them.
#pragma once

#include "engine/operators/float_format.h"
#include "engine/operators/numeric.h"
#include "engine/operators/throw.h"
#include "engine/value/value.h"

// PHP's helpers for writing comparison results: -1/0/1 from a difference (a NaN difference gives 1, as
// PHP's does) and from two ordered values.
#define ZEND_NORMALIZE_BOOL(n) ((n) ? (((n) < 0) ? -1 : 1) : 0)
#define ZEND_THREEWAY_COMPARE(a, b) ((a) == (b) ? 0 : ((a) < (b) ? -1 : 1))

// --- arithmetic (arithmetic.cpp) ----------------------------------------------------------------------
zend_result add_function(zval* result, zval* op1, zval* op2);
zend_result sub_function(zval* result, zval* op1, zval* op2);
zend_result mul_function(zval* result, zval* op1, zval* op2);
zend_result div_function(zval* result, zval* op1, zval* op2);
zend_result mod_function(zval* result, zval* op1, zval* op2);
zend_result pow_function(zval* result, zval* op1, zval* op2);
// intdiv() (https://www.php.net/manual/en/function.intdiv.php), on any operands PHP's int parameter
// accepts in coercive mode.
zend_result intdiv_function(zval* result, zval* op1, zval* op2);
// Unary minus and plus as the compiler lowers them (-$a is $a * -1, +$a is $a * 1).
zend_result negate_function(zval* result, zval* op1);
zend_result concat_function(zval* result, zval* op1, zval* op2);

// --- bitwise and boolean (bitwise.cpp) ----------------------------------------------------------------
zend_result bitwise_or_function(zval* result, zval* op1, zval* op2);
zend_result bitwise_and_function(zval* result, zval* op1, zval* op2);
zend_result bitwise_xor_function(zval* result, zval* op1, zval* op2);
zend_result bitwise_not_function(zval* result, zval* op1);
zend_result shift_left_function(zval* result, zval* op1, zval* op2);
zend_result shift_right_function(zval* result, zval* op1, zval* op2);
zend_result boolean_not_function(zval* result, zval* op1);
zend_result boolean_xor_function(zval* result, zval* op1, zval* op2);

// --- increment and decrement (increment.cpp) ----------------------------------------------------------
// In place, on the variable's value (a reference is looked through).
zend_result increment_function(zval* op1);
zend_result decrement_function(zval* op1);

// --- comparison (compare.cpp) -------------------------------------------------------------------------
// <=>: -1, 0 or 1 (1 also for "uncomparable", e.g. anything against NAN).
int zend_compare(zval* op1, zval* op2);
zend_result compare_function(zval* result, zval* op1, zval* op2);
bool zend_is_identical(zval* op1, zval* op2);
bool zend_is_equal(zval* op1, zval* op2);
zend_result is_equal_function(zval* result, zval* op1, zval* op2);
zend_result is_not_equal_function(zval* result, zval* op1, zval* op2);
zend_result is_identical_function(zval* result, zval* op1, zval* op2);
zend_result is_not_identical_function(zval* result, zval* op1, zval* op2);
zend_result is_smaller_function(zval* result, zval* op1, zval* op2);
zend_result is_smaller_or_equal_function(zval* result, zval* op1, zval* op2);
// Strings compared as PHP's == and <=> compare them (numerically when both are numeric).
bool zendi_smart_streq(zend_string* s1, zend_string* s2);
int zendi_smart_strcmp(zend_string* s1, zend_string* s2);
// Byte-wise comparison, shorter first on a common prefix: <0, 0, >0 (not normalised).
int zend_binary_strcmp(const char* s1, size_t len1, const char* s2, size_t len2);
int zend_binary_strncmp(const char* s1, size_t len1, const char* s2, size_t len2, size_t length);
int zend_binary_strcasecmp(const char* s1, size_t len1, const char* s2, size_t len2);
int zend_compare_arrays(zval* a1, zval* a2);

// --- conversions (conversions.cpp) --------------------------------------------------------------------
// PHP's truthiness (https://www.php.net/manual/en/language.types.boolean.php).
bool zend_is_true(const zval* op);
#define zval_is_true(op) zend_is_true(op)
// (int), (float), (string) of a value, without changing it. zval_get_long is the cast: "12abc" is 12
// and "abc" is 0, silently; a float-looking string saturates ("1e30" is PHP_INT_MAX).
zend_long zval_get_long(const zval* op);
// With `is_strict`, a float or float string that loses its fraction (or does not fit) raises PHP 8.1's
// "Implicit conversion ... loses precision" deprecation, as array offsets and int parameters do.
zend_long zval_get_long_ex(const zval* op, bool is_strict);
double zval_get_double(const zval* op);
// An owned string. Arrays give "Array" with the "Array to string conversion" warning.
zend_string* zval_get_string(zval* op);
// Like zval_get_string, but returns nullptr (after throwing) where PHP throws, e.g. for an object
// without __toString.
zend_string* zval_try_get_string(zval* op);
// The string in `op` without a count if it is one, else a new string in *tmp (release with
// zend_tmp_string_release).
zend_string* zval_get_tmp_string(zval* op, zend_string** tmp);
inline void zend_tmp_string_release(zend_string* tmp)
{
    if (tmp)
        zend_string_release(tmp);
}

// Change the value in place (a reference is looked through). convert_to_array: null is [], a scalar
// is [scalar], an array stays.
void convert_to_long(zval* op);
void convert_to_double(zval* op);
void convert_to_string(zval* op);
bool try_convert_to_string(zval* op);
void convert_to_boolean(zval* op);
void convert_to_array(zval* op);
void convert_to_null(zval* op);
// Numbers stay; anything else becomes int or float as arithmetic would read it (silently).
void convert_scalar_to_number(zval* op);

// The type name PHP uses in operator messages: "null", "bool", "int", "float", "string", "array",
// the class name for objects, "resource".
const char* zend_zval_type_name(const zval* op);
// The value's name in messages about values ("true", "false", the class name, ...), as PHP 8.3 calls
// zend_zval_value_name; PHP 8.2 uses the type name everywhere, so this returns the same.
const char* zend_get_type_by_const(int type);

namespace miniphp {
// The class name an object has in messages. FIXME(classes): the class entry's name.
const char* object_class_name(const zend_object* object);
}

// PHP's text for numbers: floats in exactly the forms PHP prints them, and integers.
//
// Every float PHP prints comes from one routine, zend_gcvt(value, ndigit, ...): the value's decimal
// digits, either the `ndigit` most significant ones correctly rounded (ties to even) with trailing
// zeros dropped, or, when ndigit is negative, the *shortest* digits that read back as the same double.
// The digits are then laid out in plain notation, or in "1.0E+25" style when the decimal exponent is
// below -4 or beyond the digit count (17 for the shortest form). Unlike C's %G there is always a digit
// after the point in E style, the exponent has no leading zeros, and the threshold follows `ndigit`
// (so 1e15 prints "1.0E+15" at precision 14, where C prints "1e+15").
//
// Which setting each caller uses (PHP 8.2's built-in defaults, see the ini notes below):
//   - `precision` (14): echo, print, string conversion and concatenation, settype, strval,
//     implode, string interpolation: zend_double_to_str / smart_str_append_double(precision, false);
//   - `serialize_precision` (-1, the shortest round-trip form): var_export (with zero_fraction, so
//     1.0 is "1.0"), var_dump and debug_zval_dump ("%.*H", which prints INF/NAN in full), json_encode,
//     serialize, and the float in "Implicit conversion from float ..." messages.
// `current_precision()` and `current_serialize_precision()` read the two ini entries (engine/ini), or
// give PHP's defaults when no ini table is set up (unit tests, early start-up).
//
// A quirk kept on purpose: zend_gcvt writes INF/NAN into at most `ndigit` bytes, so with precision 1
// echo INF prints "I" (PHP does the same). The printf-style `format_double_g` does not have it.
#pragma once

#include <cstddef>

#include "engine/value/zstring.h"
#include "engine/value/zval.h"

// The longest text zend_gcvt writes, plus room for a sign and a terminator.
#define MINIPHP_DOUBLE_MAX_LENGTH 1100
#define ZEND_DOUBLE_MAX_LENGTH MINIPHP_DOUBLE_MAX_LENGTH

namespace miniphp {

inline constexpr int kDefaultPrecision = 14;
inline constexpr int kDefaultSerializePrecision = -1;
// Requests for more digits than a double has are clamped here (a double's exact expansion has at
// most 767 significant digits); PHP's buffer has the same bound.
inline constexpr int kMaxPrecisionDigits = 800;

// The `precision` and `serialize_precision` in effect.
int current_precision();
int current_serialize_precision();

// The decimal digits of |value| and its decimal point position: value = 0.DIGITS * 10^decimal_point.
// `ndigit` > 0 asks for that many significant digits correctly rounded, < 0 for the shortest
// round-trip digits. Trailing zeros are dropped; zero gives "0" with decimal_point 1. Writes a NUL-
// terminated string to `digits` (at least kMaxPrecisionDigits + 2 bytes). For NaN and infinities it
// writes "NAN"/"INF" and sets decimal_point to 9999, as dtoa does.
void double_digits(double value, int ndigit, char* digits, int* decimal_point, bool* negative);

// Formats `value` into `buffer` (MINIPHP_DOUBLE_MAX_LENGTH bytes) as PHP's zend_gcvt does; returns the
// length written.
size_t format_double(char* buffer, double value, int ndigit, char decimal_point_char = '.', char exponent_char = 'E');

// printf's "%.*G"/"%.*H" as PHP's own snprintf does it: NAN/INF/-INF in full, precision 0 meaning 1,
// -1 meaning the shortest form. Returns the length written.
size_t format_double_g(char* buffer, double value, int precision, char exponent_char = 'E');

// Integer to decimal text, writing backwards from `end` (PHP's zend_print_long_to_buf); returns the
// first byte.
char* print_long_to_buffer(char* end, zend_long value);

} // namespace miniphp

// PHP's names.
char* zend_gcvt(double value, int ndigit, char dec_point, char exponent, char* buf);
// The float as a string with the `precision` setting (echo, string conversion). An owned string.
zend_string* zend_double_to_str(double value);
// The same with an explicit precision (0 means 1, -1 the shortest round-trip form).
zend_string* zend_double_to_str_ex(double value, int precision);
// The integer as a string; single digits are the shared one-byte strings. An owned string.
zend_string* zend_long_to_str(zend_long value);
zend_string* zend_ulong_to_str(zend_ulong value);

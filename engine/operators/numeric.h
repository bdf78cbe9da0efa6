// Reading numbers out of strings, and doubles into integers, with PHP 8's rules.
//
// A *numeric string* (https://www.php.net/manual/en/language.types.numeric-strings.php) is optional
// leading whitespace, an optional sign, a decimal integer or float literal ("12", "1.5", ".5", "5.",
// "1e3", "1E-3"), then optional trailing whitespace. Whitespace is PHP's set: space, \t, \n, \r, \v,
// \f. There is no hex, octal, binary, "inf" or "nan". An integer literal too large for zend_long is a
// float. A *leading-numeric* string ("5 apples") is a numeric prefix followed by other bytes; callers
// that accept those (arithmetic with a warning, (int) casts silently) pass `allow_errors` and learn
// about the rest through `trailing_data`.
//
// Text to double goes through `zend_strtod`, which reads only the decimal syntax above (never hex or
// "inf", unlike the C library's strtod) and does not depend on the C locale.
//
// Double to integer (`zend_dval_to_lval`) is PHP 8's on 64-bit platforms: NaN and infinities give 0,
// finite values outside zend_long's range wrap modulo 2^64; `zend_dval_to_lval_cap` (used when an
// (int) cast reads a float-looking string) saturates instead.
#pragma once

#include <cstddef>
#include <cstdlib>

#include "engine/value/zval.h"
#include "engine/value/zstring.h"

// On 64-bit platforms (double)ZEND_LONG_MAX is 2^63, which is already out of range, hence >=.
#define ZEND_DOUBLE_FITS_LONG(d) (!((d) >= static_cast<double>(ZEND_LONG_MAX) || (d) < static_cast<double>(ZEND_LONG_MIN)))
#define ZEND_IS_DIGIT(c) ((c) >= '0' && (c) <= '9')

// Reads a decimal floating-point literal at `text`, after any leading whitespace ([+-]digits[.digits][e[+-]digits], or with the
// digits only after the point). *end (if not null) is set past the last byte used, or to `text` when
// there is no number there (the result is then 0).
double zend_strtod(const char* text, const char** end);

// PHP's ZEND_STRTOL: the C library's strtoll, as php-src defines it on 64-bit platforms.
#define ZEND_STRTOL(s, end, base) strtoll((s), (end), (base))
#define ZEND_STRTOUL(s, end, base) strtoull((s), (end), (base))

// IS_LONG (with *lval set), IS_DOUBLE (with *dval set) or 0 when `str` is not numeric. `lval` and
// `dval` may be null. With `allow_errors`, a leading-numeric string counts and *trailing_data says
// whether bytes other than whitespace followed the number; without it such a string is not numeric.
// *oflow_info is 1 or -1 when an integer literal overflowed zend_long (the result is then IS_DOUBLE),
// else 0.
zend_uchar is_numeric_string_ex(const char* str, size_t length, zend_long* lval, double* dval, bool allow_errors,
                                int* oflow_info, bool* trailing_data);

inline zend_uchar is_numeric_string(const char* str, size_t length, zend_long* lval, double* dval, bool allow_errors)
{
    return is_numeric_string_ex(str, length, lval, dval, allow_errors, nullptr, nullptr);
}

inline zend_uchar is_numeric_str_function(const zend_string* str, zend_long* lval, double* dval)
{
    return is_numeric_string_ex(ZSTR_VAL(str), ZSTR_LEN(str), lval, dval, false, nullptr, nullptr);
}

// Out-of-range conversion, modulo 2^64 (the slow path of zend_dval_to_lval).
zend_long zend_dval_to_lval_slow(double d);

inline zend_long zend_dval_to_lval(double d)
{
    if (!(d == d) || d == __builtin_inf() || d == -__builtin_inf())
        return 0;
    if (!ZEND_DOUBLE_FITS_LONG(d))
        return zend_dval_to_lval_slow(d);
    return static_cast<zend_long>(d);
}

inline zend_long zend_dval_to_lval_cap(double d)
{
    if (!(d == d) || d == __builtin_inf() || d == -__builtin_inf())
        return 0;
    if (!ZEND_DOUBLE_FITS_LONG(d))
        return d > 0 ? ZEND_LONG_MAX : ZEND_LONG_MIN;
    return static_cast<zend_long>(d);
}

// Whether converting `d` to `l` lost nothing (PHP 8.1's test for the "loses precision" deprecation).
inline bool zend_is_long_compatible(double d, zend_long l) { return static_cast<double>(l) == d; }

// The E_DEPRECATED "Implicit conversion from float ... to int loses precision" messages.
void zend_incompatible_double_to_long_error(double d);
void zend_incompatible_string_to_long_error(const zend_string* s);

// zend_dval_to_lval, raising the deprecation when the conversion loses something.
inline zend_long zend_dval_to_lval_safe(double d)
{
    zend_long l = zend_dval_to_lval(d);
    if (!zend_is_long_compatible(d, l))
        zend_incompatible_double_to_long_error(d);
    return l;
}

// A hexadecimal digit's value (0-15), or -1 for any other byte.
inline int hex_digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

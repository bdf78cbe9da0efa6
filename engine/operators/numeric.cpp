// Numeric strings and double-to-integer conversion (see numeric.h for the rules).
#include "engine/operators/numeric.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "engine/error/error.h"
#include "engine/operators/float_format.h"
#include "engine/operators/operator_messages.h"

namespace {

inline bool is_php_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

} // namespace

double zend_strtod(const char* text, const char** end)
{
    // Like dtoa's strtod, leading whitespace is skipped.
    const char* original = text;
    while (is_php_space(*text))
        ++text;
    const char* p = text;
    bool negative = *p == '-';
    if (*p == '-' || *p == '+')
        ++p;
    // The decimal exponent of the first significant digit, for deciding overflow against underflow.
    long magnitude = 0;
    bool significant = false;
    const char* mantissa = p;
    while (ZEND_IS_DIGIT(*p)) {
        if (*p != '0')
            significant = true;
        if (significant)
            ++magnitude;
        ++p;
    }
    size_t digits = static_cast<size_t>(p - mantissa);
    if (*p == '.') {
        const char* fraction = ++p;
        while (ZEND_IS_DIGIT(*p)) {
            if (!significant) {
                if (*p != '0')
                    significant = true;
                else
                    --magnitude;
            }
            ++p;
        }
        digits += static_cast<size_t>(p - fraction);
    }
    if (digits == 0) {
        if (end)
            *end = original;
        return 0.0;
    }
    long exponent = 0;
    if (*p == 'e' || *p == 'E') {
        const char* e = p + 1;
        bool exponent_negative = *e == '-';
        if (*e == '-' || *e == '+')
            ++e;
        if (ZEND_IS_DIGIT(*e)) {
            while (ZEND_IS_DIGIT(*e)) {
                if (exponent < 100000)
                    exponent = exponent * 10 + (*e - '0');
                ++e;
            }
            if (exponent_negative)
                exponent = -exponent;
            p = e;
        }
    }
    if (end)
        *end = p;
    // from_chars takes no '+' and no hex in this format, and ignores the locale.
    const char* first = *text == '+' ? text + 1 : text;
    double value = 0.0;
    auto [ptr, error] = std::from_chars(first, p, value, std::chars_format::general);
    if (error == std::errc::result_out_of_range) {
        // Beyond the largest double is an infinity, below the smallest subnormal a zero, signed.
        bool overflow = significant && magnitude + exponent > 0;
        value = overflow ? HUGE_VAL : 0.0;
        if (negative)
            value = -value;
    }
    return value;
}

zend_uchar is_numeric_string_ex(const char* str, size_t length, zend_long* lval, double* dval, bool allow_errors,
                                int* oflow_info, bool* trailing_data)
{
    if (oflow_info)
        *oflow_info = 0;
    if (trailing_data)
        *trailing_data = false;
    const char* limit = str + length;
    const char* start = str;
    while (start < limit && is_php_space(*start))
        ++start;
    const char* p = start;
    bool negative = false;
    if (p < limit && (*p == '-' || *p == '+')) {
        negative = *p == '-';
        ++p;
    }
    bool is_double = false;
    int overflow = 0;
    zend_ulong accumulated = 0;
    if (p < limit && ZEND_IS_DIGIT(*p)) {
        while (p < limit && *p == '0')
            ++p;
        const char* significant = p;
        while (p < limit && ZEND_IS_DIGIT(*p)) {
            accumulated = accumulated * 10 + static_cast<zend_ulong>(*p - '0');
            ++p;
        }
        size_t count = static_cast<size_t>(p - significant);
        if (p < limit && *p == '.') {
            is_double = true;
            ++p;
            while (p < limit && ZEND_IS_DIGIT(*p))
                ++p;
        }
        if (p < limit && (*p == 'e' || *p == 'E')) {
            const char* e = p + 1;
            if (e < limit && (*e == '-' || *e == '+'))
                ++e;
            if (e < limit && ZEND_IS_DIGIT(*e)) {
                is_double = true;
                while (e < limit && ZEND_IS_DIGIT(*e))
                    ++e;
                p = e;
            }
        }
        // An integer part of 20 or more significant digits is reported as an overflow even when a
        // fraction or an exponent follows (PHP stops reading digits there), so comparisons fall back
        // to the text for such numbers. 19 digits fit only below 2^63 (or at 2^63 when negative).
        if (count >= MAX_LENGTH_OF_LONG) {
            overflow = negative ? -1 : 1;
            is_double = true;
        } else if (!is_double) {
            if (count == MAX_LENGTH_OF_LONG - 1) {
                // PHP compares the digits and whatever follows them with strcmp, so "-9223372036854775808"
                // is PHP_INT_MIN only when nothing (or a NUL) follows; with trailing bytes it is a float.
                int order = std::memcmp(significant, "9223372036854775808", MAX_LENGTH_OF_LONG - 1);
                bool nothing_follows = p == limit || *p == '\0';
                if (!(order < 0 || (order == 0 && negative && nothing_follows)))
                    overflow = negative ? -1 : 1;
            }
            if (overflow)
                is_double = true;
        }
    } else if (p + 1 < limit && *p == '.' && ZEND_IS_DIGIT(p[1])) {
        is_double = true;
        p += 2;
        while (p < limit && ZEND_IS_DIGIT(*p))
            ++p;
        if (p < limit && (*p == 'e' || *p == 'E')) {
            const char* e = p + 1;
            if (e < limit && (*e == '-' || *e == '+'))
                ++e;
            if (e < limit && ZEND_IS_DIGIT(*e)) {
                while (e < limit && ZEND_IS_DIGIT(*e))
                    ++e;
                p = e;
            }
        }
    } else {
        return 0;
    }

    const char* number_end = p;
    while (p < limit && is_php_space(*p))
        ++p;
    if (p != limit) {
        if (!allow_errors)
            return 0;
        if (trailing_data)
            *trailing_data = true;
    }
    if (oflow_info)
        *oflow_info = overflow;
    if (!is_double) {
        if (lval)
            *lval = static_cast<zend_long>(negative ? 0 - accumulated : accumulated);
        return IS_LONG;
    }
    if (dval) {
        // The literal is copied when it ends before a byte that would extend it for zend_strtod (the
        // caller's buffer need not be NUL-terminated at `length`).
        size_t literal_length = static_cast<size_t>(number_end - start);
        char stack_buffer[128];
        if (literal_length < sizeof stack_buffer) {
            std::memcpy(stack_buffer, start, literal_length);
            stack_buffer[literal_length] = '\0';
            *dval = zend_strtod(stack_buffer, nullptr);
        } else {
            char* heap_buffer = static_cast<char*>(emalloc(literal_length + 1));
            std::memcpy(heap_buffer, start, literal_length);
            heap_buffer[literal_length] = '\0';
            *dval = zend_strtod(heap_buffer, nullptr);
            efree(heap_buffer);
        }
    }
    return IS_DOUBLE;
}

zend_long zend_dval_to_lval_slow(double d)
{
    // Integers beyond 2^63 are multiples of 2048, as is 2^64, so every step here is exact.
    constexpr double two_pow_64 = 18446744073709551616.0;
    double reduced = std::fmod(d, two_pow_64);
    if (reduced < 0)
        reduced += two_pow_64;
    if (reduced >= two_pow_64)
        return 0;
    return static_cast<zend_long>(static_cast<zend_ulong>(reduced));
}

void zend_incompatible_double_to_long_error(double d)
{
    char text[MINIPHP_DOUBLE_MAX_LENGTH];
    zend_gcvt(d, -1, '.', 'E', text);
    zend_error(E_DEPRECATED, miniphp::operators::messages::kImplicitFloatToInt, text);
}

void zend_incompatible_string_to_long_error(const zend_string* s)
{
    zend_error(E_DEPRECATED, miniphp::operators::messages::kImplicitFloatStringToInt, ZSTR_VAL(s));
}

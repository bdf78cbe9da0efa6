// Float and integer formatting (see float_format.h for PHP's rules and who uses which setting).
//
// The digits come from the C++ library: std::to_chars gives the shortest round-trip digits, and
// snprintf("%.*e") gives correctly rounded digits for a fixed count (glibc expands the double exactly
// and rounds ties to even, which is what dtoa's mode 2 does). Both are asked for scientific form so the
// digits and the exponent can be read straight off the text; the layout is then PHP's.
#include "engine/operators/float_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "engine/ini/core_entries.h"
#include "engine/ini/ini.h"

namespace miniphp {

int current_precision()
{
    const ini::Entry* entry = ini::core(ini::CoreSetting::Precision);
    return entry ? static_cast<int>(entry->long_value) : kDefaultPrecision;
}

int current_serialize_precision()
{
    const ini::Entry* entry = ini::core(ini::CoreSetting::SerializePrecision);
    return entry ? static_cast<int>(entry->long_value) : kDefaultSerializePrecision;
}

void double_digits(double value, int ndigit, char* digits, int* decimal_point, bool* negative)
{
    *negative = std::signbit(value);
    if (std::isnan(value) || std::isinf(value)) {
        std::memcpy(digits, std::isnan(value) ? "NAN" : "INF", 4);
        *decimal_point = 9999;
        return;
    }
    // Scientific text: [-]d[.ddd]e(+|-)xx
    char text[kMaxPrecisionDigits + 32];
    size_t length;
    if (ndigit < 0) {
        auto result = std::to_chars(text, text + sizeof text - 1, value, std::chars_format::scientific);
        length = static_cast<size_t>(result.ptr - text);
    } else {
        int count = ndigit < 1 ? 1 : (ndigit > kMaxPrecisionDigits ? kMaxPrecisionDigits : ndigit);
        int written = std::snprintf(text, sizeof text, "%.*e", count - 1, value);
        length = written < 0 ? 0 : static_cast<size_t>(written);
    }
    text[length] = '\0';
    const char* p = text;
    if (*p == '-')
        ++p;
    size_t count = 0;
    for (; *p && *p != 'e'; ++p) {
        if (*p != '.')
            digits[count++] = *p;
    }
    int exponent = *p == 'e' ? std::atoi(p + 1) : 0;
    while (count > 1 && digits[count - 1] == '0')
        --count;
    digits[count] = '\0';
    if (count == 1 && digits[0] == '0') {
        *decimal_point = 1;
        return;
    }
    *decimal_point = exponent + 1;
}

size_t format_double(char* buffer, double value, int ndigit, char decimal_point_char, char exponent_char)
{
    char digits[kMaxPrecisionDigits + 8];
    int decimal_point;
    bool negative;
    if (ndigit < 0) {
        double_digits(value, -1, digits, &decimal_point, &negative);
        ndigit = 17;
    } else {
        if (ndigit == 0)
            ndigit = 1;
        if (ndigit > kMaxPrecisionDigits)
            ndigit = kMaxPrecisionDigits;
        double_digits(value, ndigit, digits, &decimal_point, &negative);
    }
    char* out = buffer;
    if (decimal_point == 9999) {
        // PHP writes the word into ndigit + 1 bytes with its terminator, so it can be cut short.
        char word[8];
        int word_length = std::snprintf(word, sizeof word, "%s%s", negative && digits[0] == 'I' ? "-" : "", digits);
        size_t kept = static_cast<size_t>(word_length) < static_cast<size_t>(ndigit) ? static_cast<size_t>(word_length)
                                                                                      : static_cast<size_t>(ndigit);
        std::memcpy(out, word, kept);
        out[kept] = '\0';
        return kept;
    }
    if (negative)
        *out++ = '-';
    size_t digit_count = std::strlen(digits);
    if (decimal_point < -3 || decimal_point > ndigit) {
        // E style: one digit, the point, the rest (at least one digit), the exponent without padding.
        int exponent = decimal_point - 1;
        *out++ = digits[0];
        *out++ = decimal_point_char;
        if (digit_count == 1) {
            *out++ = '0';
        } else {
            std::memcpy(out, digits + 1, digit_count - 1);
            out += digit_count - 1;
        }
        *out++ = exponent_char;
        *out++ = exponent < 0 ? '-' : '+';
        int magnitude = exponent < 0 ? -exponent : exponent;
        char exponent_text[8];
        int exponent_length = std::snprintf(exponent_text, sizeof exponent_text, "%d", magnitude);
        std::memcpy(out, exponent_text, static_cast<size_t>(exponent_length));
        out += exponent_length;
    } else if (decimal_point <= 0) {
        // 0.000ddd
        *out++ = '0';
        *out++ = decimal_point_char;
        for (int i = decimal_point; i < 0; ++i)
            *out++ = '0';
        std::memcpy(out, digits, digit_count);
        out += digit_count;
    } else {
        // Integer part (padded with zeros past the digits), then the fraction if digits remain.
        size_t integer_digits = static_cast<size_t>(decimal_point);
        for (size_t i = 0; i < integer_digits; ++i)
            *out++ = i < digit_count ? digits[i] : '0';
        if (digit_count > integer_digits) {
            *out++ = decimal_point_char;
            std::memcpy(out, digits + integer_digits, digit_count - integer_digits);
            out += digit_count - integer_digits;
        }
    }
    *out = '\0';
    return static_cast<size_t>(out - buffer);
}

size_t format_double_g(char* buffer, double value, int precision, char exponent_char)
{
    if (std::isnan(value)) {
        std::memcpy(buffer, "NAN", 4);
        return 3;
    }
    if (std::isinf(value)) {
        std::memcpy(buffer, value > 0 ? "INF" : "-INF", value > 0 ? 4 : 5);
        return value > 0 ? 3 : 4;
    }
    return format_double(buffer, value, precision == 0 ? 1 : precision, '.', exponent_char);
}

char* print_long_to_buffer(char* end, zend_long value)
{
    zend_ulong magnitude = value < 0 ? 0 - static_cast<zend_ulong>(value) : static_cast<zend_ulong>(value);
    *end = '\0';
    do {
        *--end = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--end = '-';
    return end;
}

} // namespace miniphp

char* zend_gcvt(double value, int ndigit, char dec_point, char exponent, char* buf)
{
    miniphp::format_double(buf, value, ndigit, dec_point, exponent);
    return buf;
}

zend_string* zend_double_to_str_ex(double value, int precision)
{
    char buffer[MINIPHP_DOUBLE_MAX_LENGTH];
    size_t length = miniphp::format_double(buffer, value, precision == 0 ? 1 : precision);
    return zend_string_init(buffer, length, false);
}

zend_string* zend_double_to_str(double value) { return zend_double_to_str_ex(value, miniphp::current_precision()); }

zend_string* zend_long_to_str(zend_long value)
{
    if (value >= 0 && value <= 9)
        return ZSTR_CHAR('0' + value);
    char buffer[MAX_LENGTH_OF_LONG + 1];
    char* end = buffer + sizeof buffer - 1;
    char* start = miniphp::print_long_to_buffer(end, value);
    return zend_string_init(start, static_cast<size_t>(end - start), false);
}

zend_string* zend_ulong_to_str(zend_ulong value)
{
    if (value <= 9)
        return ZSTR_CHAR('0' + value);
    char buffer[MAX_LENGTH_OF_LONG + 1];
    char* end = buffer + sizeof buffer - 1;
    *end = '\0';
    char* p = end;
    do {
        *--p = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value);
    return zend_string_init(p, static_cast<size_t>(end - p), false);
}

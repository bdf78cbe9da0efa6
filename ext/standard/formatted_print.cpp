// The printf family (https://www.php.net/manual/en/function.sprintf.php): sprintf, vsprintf, printf,
// vprintf. One formatter, format_string(), serves all four; they differ in where the arguments come from
// (the call's rest arguments or an array) and where the result goes (returned or written to the output
// layer).
//
// A conversion is %[argnum$][flags][width][.precision][l]specifier, read in that order:
//   argnum    "1$": the argument to use (1-based) instead of the next one;
//   flags     '-' left-justify, '+' always sign numbers, ' ' or '0' as padding, "'c" padding c;
//   width     digits or "*" / "*N$" (an int argument);
//   precision ".digits" or ".*" / ".*N$": decimals for e/E/f/F, significant digits for g/G/h/H, the
//             maximum length for s (and, as in PHP, an empty field for b/o/x/X);
//   specifier b c d e E f F g G h H o s u x X, or %% for a percent sign.
// PHP's quirks are kept on purpose: zero padding goes after the sign, integers cannot be zero-padded on
// the right, %c ignores width, NaN and infinities ignore width, and -INF prints as "INF" (or "-NF" with
// zero padding). Every float is formatted without the locale (PHP's %f follows LC_NUMERIC; miniphp's C
// locale is always "C", so the results agree).
//
// Errors are PHP's: a ValueError for a malformed format, an ArgumentCountError ("3 arguments are
// required, 2 given") when the call has too few arguments, or a ValueError for vsprintf's array.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/standard_messages.h"

#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace msg = standard_messages;

namespace {

constexpr int kDefaultFloatPrecision = 6;
constexpr int kMaxFloatPrecision = 53;

// One conversion's settings.
struct Spec {
    bool left = false;
    bool always_sign = false;
    char padding = ' ';
    int width = 0;
    int precision = 0;
    bool has_precision = false;
};

// PHP's php_sprintf_appendstring: `text` (length bytes, starting with its sign if `negative` or
// `always_sign` put one there) padded to `min_width`, cut to `max_width` when `cut` is set. Zero
// padding on the right of a signed number goes between the sign and the digits.
void append_padded(smart_str* out, const char* text, size_t length, size_t min_width, size_t max_width, char padding,
                   bool left, bool negative, bool cut, bool always_sign)
{
    size_t copy = cut && max_width < length ? max_width : length;
    size_t pad = min_width > copy ? min_width - copy : 0;
    if (static_cast<size_t>(min_width > copy ? min_width : copy) > static_cast<size_t>(INT_MAX) - smart_str_get_len(out) - 1)
        zend_error_noreturn(E_ERROR, msg::kFieldWidthTooLong, min_width > copy ? min_width : copy);
    if (!left) {
        if ((negative || always_sign) && padding == '0') {
            smart_str_appendc(out, negative ? '-' : '+');
            ++text;
            --copy;
        }
        for (size_t i = 0; i < pad; ++i)
            smart_str_appendc(out, padding);
    }
    smart_str_appendl(out, text, copy);
    if (left) {
        for (size_t i = 0; i < pad; ++i)
            smart_str_appendc(out, padding);
    }
}

void append_integer(smart_str* out, zend_long number, const Spec& spec)
{
    char buffer[32];
    char* end = buffer + sizeof buffer;
    char* p = end;
    bool negative = number < 0;
    zend_ulong magnitude = negative ? static_cast<zend_ulong>(-(number + 1)) + 1 : static_cast<zend_ulong>(number);
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (negative)
        *--p = '-';
    else if (spec.always_sign)
        *--p = '+';
    char padding = spec.left && spec.padding == '0' ? ' ' : spec.padding;
    append_padded(out, p, end - p, spec.width, 0, padding, spec.left, negative, false, spec.always_sign);
}

void append_unsigned(smart_str* out, zend_ulong number, const Spec& spec)
{
    char buffer[32];
    char* end = buffer + sizeof buffer;
    char* p = end;
    do {
        *--p = static_cast<char>('0' + number % 10);
        number /= 10;
    } while (number);
    char padding = spec.left && spec.padding == '0' ? ' ' : spec.padding;
    append_padded(out, p, end - p, spec.width, 0, padding, spec.left, false, false, false);
}

// %b, %o, %x, %X: the two's-complement bits, `bits` per digit.
void append_power_of_two(smart_str* out, zend_long number, const Spec& spec, int bits, const char* digits)
{
    char buffer[72];
    char* end = buffer + sizeof buffer;
    char* p = end;
    zend_ulong value = static_cast<zend_ulong>(number);
    zend_ulong mask = (zend_ulong {1} << bits) - 1;
    do {
        *--p = digits[value & mask];
        value >>= bits;
    } while (value);
    append_padded(out, p, end - p, spec.width, 0, spec.padding, spec.left, false, spec.has_precision, false);
}

// %e/%E: `precision` digits after the point, exponent without leading zeros ("1.5e+3").
size_t format_exponential(char* buffer, double magnitude, int precision, char exponent_char)
{
    char text[kMaxFloatPrecision + 32];
    std::snprintf(text, sizeof text, "%.*e", precision, magnitude);
    char* e = std::strchr(text, 'e');
    int exponent = std::atoi(e + 1);
    size_t length = static_cast<size_t>(e - text);
    std::memcpy(buffer, text, length);
    length += static_cast<size_t>(std::snprintf(buffer + length, 16, "%c%c%d", exponent_char, exponent < 0 ? '-' : '+',
                                                exponent < 0 ? -exponent : exponent));
    return length;
}

void append_double(smart_str* out, double number, const Spec& spec, char format)
{
    int precision = kDefaultFloatPrecision;
    if (spec.has_precision) {
        precision = spec.precision;
        if (precision > kMaxFloatPrecision) {
            php_error_docref(nullptr, E_NOTICE, msg::kPrecisionTruncated, precision, kMaxFloatPrecision);
            precision = kMaxFloatPrecision;
        }
    }
    if (std::isnan(number)) {
        append_padded(out, "NaN", 3, 3, 0, spec.padding, spec.left, false, false, spec.always_sign);
        return;
    }
    if (std::isinf(number)) {
        append_padded(out, "INF", 3, 3, 0, spec.padding, spec.left, number < 0, false, spec.always_sign);
        return;
    }
    char buffer[MINIPHP_DOUBLE_MAX_LENGTH + 8];
    size_t length = 0;
    bool negative = false;
    switch (format) {
    case 'e':
    case 'E':
    case 'f':
    case 'F': {
        // Zero prints without a sign, as PHP's digit routine reports it unsigned.
        negative = number < 0;
        double magnitude = std::fabs(number);
        char* digits = buffer + 1;
        size_t digits_length;
        if (format == 'f' || format == 'F')
            digits_length = static_cast<size_t>(
                std::snprintf(digits, MINIPHP_DOUBLE_MAX_LENGTH, "%.*f", precision, magnitude));
        else
            digits_length = format_exponential(digits, magnitude, precision, format);
        if (negative || spec.always_sign) {
            buffer[0] = negative ? '-' : '+';
            std::memmove(buffer + 1, digits, digits_length);
            length = digits_length + 1;
        } else {
            std::memmove(buffer, digits, digits_length);
            length = digits_length;
        }
        break;
    }
    default: { // g, G, h, H
        if (precision == 0)
            precision = 1;
        char exponent_char = (format == 'G' || format == 'H') ? 'E' : 'e';
        length = miniphp::format_double(buffer + 1, number, precision, '.', exponent_char);
        if (buffer[1] == '-') {
            negative = true;
            std::memmove(buffer, buffer + 1, length);
        } else if (spec.always_sign) {
            buffer[0] = '+';
            ++length;
        } else {
            std::memmove(buffer, buffer + 1, length);
        }
        break;
    }
    }
    append_padded(out, buffer, length, spec.width, 0, spec.padding, spec.left, negative, false, spec.always_sign);
}

// Reads a decimal number at *p (PHP's php_sprintf_getnumber): -1 when it does not fit an int.
int read_number(const char** p)
{
    char* end;
    long long value = std::strtoll(*p, &end, 10);
    *p = end;
    if (value >= INT_MAX || value < 0)
        return -1;
    return static_cast<int>(value);
}

constexpr int kNextArgument = -1;
constexpr int kInvalidArgument = -2;

// An "N$" argument number at *p, as a 0-based index; kNextArgument when there is none.
int read_argument_number(const char** p)
{
    const char* q = *p;
    while (*q >= '0' && *q <= '9')
        ++q;
    if (*q != '$')
        return kNextArgument;
    int number = read_number(p);
    if (number <= 0) {
        zend_value_error(msg::kArgnumInvalid, INT_MAX);
        return kInvalidArgument;
    }
    ++*p; // the '$'
    return number - 1;
}

// Formats `format` with `args`. `extra_parameters` is the number of parameters before the values (1 for
// sprintf's format) for the ArgumentCountError, or -1 when the values came from an array (vsprintf).
// Returns an owned string, or null after throwing.
zend_string* format_string(const char* format, size_t format_length, zval* args, int argc, int extra_parameters)
{
    smart_str out {};
    const char* p = format;
    const char* end = format + format_length;
    int next_argument = 0;
    int max_missing = -1;
    auto fail = [&]() -> zend_string* {
        smart_str_free(&out);
        return nullptr;
    };
    while (p < end) {
        const char* percent = static_cast<const char*>(std::memchr(p, '%', end - p));
        if (!percent) {
            smart_str_appendl(&out, p, end - p);
            break;
        }
        smart_str_appendl(&out, p, percent - p);
        p = percent + 1;
        if (*p == '%') {
            smart_str_appendc(&out, '%');
            ++p;
            continue;
        }
        Spec spec;
        int argument = kNextArgument;
        unsigned char first = static_cast<unsigned char>(*p);
        bool is_letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        if (!is_letter) {
            argument = read_argument_number(&p);
            if (argument == kInvalidArgument)
                return fail();
            for (;; ++p) {
                if (*p == ' ' || *p == '0') {
                    spec.padding = *p;
                } else if (*p == '-') {
                    spec.left = true;
                } else if (*p == '+') {
                    spec.always_sign = true;
                } else if (*p == '\'') {
                    if (end - p > 1) {
                        ++p;
                        spec.padding = *p;
                    } else {
                        zend_value_error("%s", msg::kMissingPadding);
                        return fail();
                    }
                } else {
                    break;
                }
            }
            if (*p == '*') {
                ++p;
                int width_argument = read_argument_number(&p);
                if (width_argument == kInvalidArgument)
                    return fail();
                if (width_argument == kNextArgument)
                    width_argument = next_argument++;
                if (width_argument >= argc) {
                    max_missing = width_argument > max_missing ? width_argument : max_missing;
                    continue;
                }
                zval* value = &args[width_argument];
                ZVAL_DEREF(value);
                if (Z_TYPE_P(value) != IS_LONG) {
                    zend_value_error("%s", msg::kWidthNotInteger);
                    return fail();
                }
                if (Z_LVAL_P(value) < 0 || Z_LVAL_P(value) > INT_MAX) {
                    zend_value_error(msg::kWidthRange, INT_MAX);
                    return fail();
                }
                spec.width = static_cast<int>(Z_LVAL_P(value));
            } else if (*p >= '0' && *p <= '9') {
                if ((spec.width = read_number(&p)) < 0) {
                    zend_value_error(msg::kWidthRange, INT_MAX);
                    return fail();
                }
            }
            if (*p == '.') {
                ++p;
                if (*p == '*') {
                    ++p;
                    int precision_argument = read_argument_number(&p);
                    if (precision_argument == kInvalidArgument)
                        return fail();
                    if (precision_argument == kNextArgument)
                        precision_argument = next_argument++;
                    if (precision_argument >= argc) {
                        max_missing = precision_argument > max_missing ? precision_argument : max_missing;
                        continue;
                    }
                    zval* value = &args[precision_argument];
                    ZVAL_DEREF(value);
                    if (Z_TYPE_P(value) != IS_LONG) {
                        zend_value_error("%s", msg::kPrecisionNotInteger);
                        return fail();
                    }
                    if (Z_LVAL_P(value) < -1 || Z_LVAL_P(value) > INT_MAX) {
                        zend_value_error(msg::kPrecisionRange, INT_MAX);
                        return fail();
                    }
                    spec.precision = static_cast<int>(Z_LVAL_P(value));
                    spec.has_precision = true;
                } else if (*p >= '0' && *p <= '9') {
                    if ((spec.precision = read_number(&p)) < 0) {
                        zend_value_error(msg::kPrecisionDigitsRange, INT_MAX);
                        return fail();
                    }
                    spec.has_precision = true;
                }
            }
        }
        if (*p == 'l')
            ++p;
        if (argument == kNextArgument)
            argument = next_argument++;
        if (argument >= argc) {
            max_missing = argument > max_missing ? argument : max_missing;
            continue;
        }
        char specifier = *p;
        if (spec.has_precision && spec.precision == -1 && specifier != 'g' && specifier != 'G' && specifier != 'h'
            && specifier != 'H') {
            zend_value_error("%s", msg::kPrecisionMinusOne);
            return fail();
        }
        zval* value = &args[argument];
        ZVAL_DEREF(value);
        switch (specifier) {
        case 's': {
            zend_string* tmp;
            zend_string* text = zval_get_tmp_string(value, &tmp);
            append_padded(&out, ZSTR_VAL(text), ZSTR_LEN(text), spec.width, static_cast<size_t>(spec.precision),
                          spec.padding, spec.left, false, spec.has_precision, false);
            zend_tmp_string_release(tmp);
            break;
        }
        case 'd': append_integer(&out, zval_get_long(value), spec); break;
        case 'u': append_unsigned(&out, static_cast<zend_ulong>(zval_get_long(value)), spec); break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'h':
        case 'H': append_double(&out, zval_get_double(value), spec, specifier); break;
        case 'c': smart_str_appendc(&out, static_cast<char>(zval_get_long(value))); break;
        case 'o': append_power_of_two(&out, zval_get_long(value), spec, 3, "0123456789abcdef"); break;
        case 'x': append_power_of_two(&out, zval_get_long(value), spec, 4, "0123456789abcdef"); break;
        case 'X': append_power_of_two(&out, zval_get_long(value), spec, 4, "0123456789ABCDEF"); break;
        case 'b': append_power_of_two(&out, zval_get_long(value), spec, 1, "01"); break;
        case '%': smart_str_appendc(&out, '%'); break;
        case '\0':
            if (p >= end) {
                zend_value_error("%s", msg::kMissingSpecifier);
                return fail();
            }
            [[fallthrough]];
        default: zend_value_error(msg::kUnknownSpecifier, specifier); return fail();
        }
        ++p;
    }
    if (max_missing >= 0) {
        if (extra_parameters == -1)
            zend_value_error(msg::kArrayItemsRequired, max_missing + 1, argc);
        else
            zend_argument_count_error(msg::kArgumentsRequired, max_missing + extra_parameters + 1, argc + extra_parameters);
        return fail();
    }
    if (!out.s)
        return ZSTR_EMPTY_ALLOC();
    return smart_str_extract(&out);
}

// The array's values in order, as a request-memory vector of borrowed zvals (free with efree).
zval* array_values(HashTable* array, int* count)
{
    uint32_t n = zend_hash_num_elements(array);
    zval* values = static_cast<zval*>(safe_emalloc(n ? n : 1, sizeof(zval), 0));
    int i = 0;
    zend_hash_for_each(array, [&](zend_ulong, zend_string*, zval* value) { ZVAL_COPY_VALUE(&values[i++], value); });
    *count = i;
    return values;
}

// The four functions' bodies: `from_array` for the v* forms, `print` for the *printf forms.
void formatted_print(zend_execute_data* execute_data, zval* return_value, bool from_array, bool print)
{
    char* format;
    size_t format_length;
    zval* args = nullptr;
    uint32_t count = 0;
    HashTable* array = nullptr;
    if (from_array) {
        if (zend_parse_parameters(ZEND_NUM_ARGS(), "sh", &format, &format_length, &array) == FAILURE)
            RETURN_THROWS();
    } else if (zend_parse_parameters(ZEND_NUM_ARGS(), "sz*", &format, &format_length, &args, &count) == FAILURE) {
        RETURN_THROWS();
    }
    zend_string* result;
    if (from_array) {
        int argc;
        zval* values = array_values(array, &argc);
        result = format_string(format, format_length, values, argc, -1);
        efree(values);
    } else {
        result = format_string(format, format_length, args, static_cast<int>(count), 1);
    }
    if (!result)
        RETURN_THROWS();
    if (!print)
        RETURN_STR(result);
    size_t written = php_output_write(ZSTR_VAL(result), ZSTR_LEN(result));
    zend_string_release(result);
    RETURN_LONG(static_cast<zend_long>(written));
}

} // namespace

// sprintf(string $format, mixed ...$values): string
// https://www.php.net/manual/en/function.sprintf.php
PHP_FUNCTION(sprintf) { formatted_print(execute_data, return_value, false, false); }

// vsprintf(string $format, array $values): string
// https://www.php.net/manual/en/function.vsprintf.php
PHP_FUNCTION(vsprintf) { formatted_print(execute_data, return_value, true, false); }

// printf(string $format, mixed ...$values): int
// https://www.php.net/manual/en/function.printf.php
PHP_FUNCTION(printf) { formatted_print(execute_data, return_value, false, true); }

// vprintf(string $format, array $values): int
// https://www.php.net/manual/en/function.vprintf.php
PHP_FUNCTION(vprintf) { formatted_print(execute_data, return_value, true, true); }

namespace {

const char* const arginfo_format_values[] = {"format", "...values", nullptr};
const char* const arginfo_format_array[] = {"format", "values", nullptr};

} // namespace

const zend_function_entry standard_formatted_print_functions[] = {
    PHP_FE(sprintf, arginfo_format_values)
    PHP_FE(vsprintf, arginfo_format_array)
    PHP_FE(printf, arginfo_format_values)
    PHP_FE(vprintf, arginfo_format_array)
    PHP_FE_END
};

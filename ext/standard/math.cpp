// Math functions (https://www.php.net/manual/en/ref.math.php): abs, max, min, rounding (ceil, floor,
// round, number_format), powers and logarithms, trigonometry, float classification, integer and float
// division, base conversion, and the module's math constants (M_PI, PHP_ROUND_HALF_UP, ...).
//
// round() and number_format() use PHP's own rounding (https://wiki.php.net/rfc/rounding): the value is
// first "pre-rounded" to the 15 significant digits a double can be trusted with, so that 1.955 rounds
// to 1.96 as a person expects although the double is slightly below it.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/standard_messages.h"

#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace msg = standard_messages;

namespace {

// round()'s modes (the PHP_ROUND_HALF_* constants).
constexpr zend_long kRoundHalfUp = 1;
constexpr zend_long kRoundHalfDown = 2;
constexpr zend_long kRoundHalfEven = 3;
constexpr zend_long kRoundHalfOdd = 4;

// An int|float parameter (php-src's Z_PARAM_NUMBER) in coercive mode: numbers stay, numeric strings
// and bools convert, null converts to 0 with PHP 8.1's deprecation. False after a TypeError.
bool parse_number(zval* arg, uint32_t n, zval* number)
{
    switch (Z_TYPE_P(arg)) {
    case IS_LONG:
    case IS_DOUBLE: ZVAL_COPY_VALUE(number, arg); return true;
    case IS_FALSE:
    case IS_TRUE: ZVAL_LONG(number, Z_TYPE_P(arg) == IS_TRUE); return true;
    case IS_NULL: {
        const char* name = get_active_function_arg_name(n);
        zend_error(E_DEPRECATED, msg::kPassingNullUnion, get_active_function_name(), n, name ? name : "", "int|float");
        ZVAL_LONG(number, 0);
        return true;
    }
    case IS_STRING: {
        zend_long l;
        double d;
        zend_uchar type = is_numeric_str_function(Z_STR_P(arg), &l, &d);
        if (type == IS_LONG) {
            ZVAL_LONG(number, l);
            return true;
        }
        if (type == IS_DOUBLE) {
            ZVAL_DOUBLE(number, d);
            return true;
        }
        break;
    }
    default: break;
    }
    zend_argument_type_error(n, msg::kNumberType, zend_zval_type_name(arg));
    return false;
}

// floor(log10(|value|)), exactly for the powers of ten a double holds.
int int_log10_abs(double value)
{
    value = std::fabs(value);
    static const double powers[] = {1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2,
                                    1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13,
                                    1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (value < 1e-8 || value > 1e22)
        return static_cast<int>(std::floor(std::log10(value)));
    int exponent = -8;
    while (exponent < 22 && value >= powers[exponent + 9])
        ++exponent;
    return exponent;
}

// 10^power, exact from a table where a double can hold it.
double int_pow10(int power)
{
    static const double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (power < 0 || power > 22)
        return std::pow(10.0, static_cast<double>(power));
    return powers[power];
}

// Rounds to an integer; a value exactly halfway goes the way `mode` says.
double round_to_integer(double value, zend_long mode)
{
    if (value >= 0.0) {
        double rounded = std::floor(value + 0.5);
        if ((mode == kRoundHalfDown && value == rounded - 0.5)
            || (mode == kRoundHalfEven && value == 0.5 + 2 * std::floor(rounded / 2.0))
            || (mode == kRoundHalfOdd && value == 0.5 + 2 * std::floor(rounded / 2.0) - 1.0))
            rounded -= 1.0;
        return rounded;
    }
    double rounded = std::ceil(value - 0.5);
    if ((mode == kRoundHalfDown && value == rounded + 0.5)
        || (mode == kRoundHalfEven && value == -0.5 + 2 * std::ceil(rounded / 2.0))
        || (mode == kRoundHalfOdd && value == -0.5 + 2 * std::ceil(rounded / 2.0) + 1.0))
        rounded += 1.0;
    return rounded;
}

// PHP's _php_math_round: `value` rounded to `places` decimals (negative: tens, hundreds, ...).
double standard_round(double value, int places, zend_long mode)
{
    if (!std::isfinite(value) || value == 0.0)
        return value;
    places = places < INT_MIN + 1 ? INT_MIN + 1 : places;
    int precision_places = 14 - int_log10_abs(value);
    double factor = int_pow10(std::abs(places));
    double scaled;
    if (precision_places > places && precision_places - 15 < places) {
        // Pre-round to 15 significant digits, then move the point to `places`.
        int use_precision = precision_places < INT_MIN + 1 ? INT_MIN + 1 : precision_places;
        double pre_factor = int_pow10(std::abs(use_precision));
        scaled = use_precision >= 0 ? value * pre_factor : value / pre_factor;
        scaled = round_to_integer(scaled, mode);
        int shift = places - precision_places;
        shift = shift < INT_MIN + 1 ? INT_MIN + 1 : shift;
        scaled = scaled / int_pow10(std::abs(shift));
    } else {
        scaled = places >= 0 ? value * factor : value / factor;
        // Beyond a double's precision there is nothing left to round.
        if (std::fabs(scaled) >= 1e15)
            return value;
    }
    scaled = round_to_integer(scaled, mode);
    if (std::abs(places) < 23)
        return places > 0 ? scaled / factor : scaled * factor;
    // Past 1e22 a division is inexact; going through the decimal text gives the nearest double.
    char buffer[40];
    std::snprintf(buffer, 39, "%15fe%d", scaled, -places);
    buffer[39] = '\0';
    double result = zend_strtod(buffer, nullptr);
    return std::isfinite(result) ? result : value;
}

// ceil() and floor(): an int argument comes back as a float unchanged.
void round_direction(zend_execute_data* execute_data, zval* return_value, double (*direction)(double))
{
    zval* arg;
    zval number;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &arg) == FAILURE || !parse_number(arg, 1, &number))
        RETURN_THROWS();
    if (Z_TYPE(number) == IS_LONG)
        RETURN_DOUBLE(static_cast<double>(Z_LVAL(number)));
    RETURN_DOUBLE(direction(Z_DVAL(number)));
}

// The one-float-argument functions: sin, sqrt, exp, ...
void unary(zend_execute_data* execute_data, zval* return_value, double (*function)(double))
{
    double number;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "d", &number) == FAILURE)
        RETURN_THROWS();
    RETURN_DOUBLE(function(number));
}

double floor_of(double x) { return std::floor(x); }
double ceil_of(double x) { return std::ceil(x); }

} // namespace

namespace {

// max() and min(): one array argument, or two or more values. `sign` is 1 for max, -1 for min; on
// ties the earlier value wins, as in PHP.
void extremum(zend_execute_data* execute_data, zval* return_value, int sign)
{
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z+", &args, &count) == FAILURE)
        RETURN_THROWS();
    zval* best = nullptr;
    if (count == 1) {
        zval* value = &args[0];
        ZVAL_DEREF(value);
        if (Z_TYPE_P(value) != IS_ARRAY) {
            zend_argument_type_error(1, standard_messages::kMustBeArrayGiven, zend_zval_type_name(value));
            RETURN_THROWS();
        }
        if (zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
            zend_argument_value_error(1, "%s", standard_messages::kMustContainOneElement);
            RETURN_THROWS();
        }
        zend_hash_for_each(Z_ARRVAL_P(value), [&](zend_ulong, zend_string*, zval* element) {
            ZVAL_DEREF(element);
            if (!best || zend_compare(element, best) * sign > 0)
                best = element;
        });
    } else {
        for (uint32_t i = 0; i < count; ++i) {
            zval* element = &args[i];
            ZVAL_DEREF(element);
            if (!best || zend_compare(element, best) * sign > 0)
                best = element;
        }
    }
    RETURN_COPY(best);
}

} // namespace

// abs(int|float $num): int|float
// https://www.php.net/manual/en/function.abs.php
PHP_FUNCTION(abs)
{
    zval* arg;
    zval number;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &arg) == FAILURE || !parse_number(arg, 1, &number))
        RETURN_THROWS();
    if (Z_TYPE(number) == IS_DOUBLE)
        RETURN_DOUBLE(std::fabs(Z_DVAL(number)));
    zend_long l = Z_LVAL(number);
    if (l == ZEND_LONG_MIN)
        RETURN_DOUBLE(-static_cast<double>(ZEND_LONG_MIN));
    RETURN_LONG(l < 0 ? -l : l);
}

// max(mixed $value, mixed ...$values): mixed
// https://www.php.net/manual/en/function.max.php
PHP_FUNCTION(max) { extremum(execute_data, return_value, 1); }

// min(mixed $value, mixed ...$values): mixed
// https://www.php.net/manual/en/function.min.php
PHP_FUNCTION(min) { extremum(execute_data, return_value, -1); }

// ceil(int|float $num): float
// https://www.php.net/manual/en/function.ceil.php
PHP_FUNCTION(ceil) { round_direction(execute_data, return_value, ceil_of); }

// floor(int|float $num): float
// https://www.php.net/manual/en/function.floor.php
PHP_FUNCTION(floor) { round_direction(execute_data, return_value, floor_of); }

// round(int|float $num, int $precision = 0, int $mode = PHP_ROUND_HALF_UP): float
// https://www.php.net/manual/en/function.round.php
PHP_FUNCTION(round)
{
    zval* arg;
    zend_long precision = 0;
    zend_long mode = kRoundHalfUp;
    zval number;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|ll", &arg, &precision, &mode) == FAILURE
        || !parse_number(arg, 1, &number))
        RETURN_THROWS();
    int places = precision > INT_MAX ? INT_MAX : (precision < INT_MIN ? INT_MIN : static_cast<int>(precision));
    if (Z_TYPE(number) == IS_LONG && places >= 0)
        RETURN_DOUBLE(static_cast<double>(Z_LVAL(number)));
    double value = Z_TYPE(number) == IS_LONG ? static_cast<double>(Z_LVAL(number)) : Z_DVAL(number);
    RETURN_DOUBLE(standard_round(value, places, mode));
}

// sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, expm1, log1p, log10,
// sqrt: float in, float out (https://www.php.net/manual/en/ref.math.php).
PHP_FUNCTION(sin) { unary(execute_data, return_value, [](double x) { return std::sin(x); }); }
PHP_FUNCTION(cos) { unary(execute_data, return_value, [](double x) { return std::cos(x); }); }
PHP_FUNCTION(tan) { unary(execute_data, return_value, [](double x) { return std::tan(x); }); }
PHP_FUNCTION(asin) { unary(execute_data, return_value, [](double x) { return std::asin(x); }); }
PHP_FUNCTION(acos) { unary(execute_data, return_value, [](double x) { return std::acos(x); }); }
PHP_FUNCTION(atan) { unary(execute_data, return_value, [](double x) { return std::atan(x); }); }
PHP_FUNCTION(sinh) { unary(execute_data, return_value, [](double x) { return std::sinh(x); }); }
PHP_FUNCTION(cosh) { unary(execute_data, return_value, [](double x) { return std::cosh(x); }); }
PHP_FUNCTION(tanh) { unary(execute_data, return_value, [](double x) { return std::tanh(x); }); }
PHP_FUNCTION(asinh) { unary(execute_data, return_value, [](double x) { return std::asinh(x); }); }
PHP_FUNCTION(acosh) { unary(execute_data, return_value, [](double x) { return std::acosh(x); }); }
PHP_FUNCTION(atanh) { unary(execute_data, return_value, [](double x) { return std::atanh(x); }); }
PHP_FUNCTION(exp) { unary(execute_data, return_value, [](double x) { return std::exp(x); }); }
PHP_FUNCTION(expm1) { unary(execute_data, return_value, [](double x) { return std::expm1(x); }); }
PHP_FUNCTION(log1p) { unary(execute_data, return_value, [](double x) { return std::log1p(x); }); }
PHP_FUNCTION(log10) { unary(execute_data, return_value, [](double x) { return std::log10(x); }); }
PHP_FUNCTION(sqrt) { unary(execute_data, return_value, [](double x) { return std::sqrt(x); }); }

// deg2rad(float $num): float
// https://www.php.net/manual/en/function.deg2rad.php
PHP_FUNCTION(deg2rad) { unary(execute_data, return_value, [](double x) { return x / 180.0 * M_PI; }); }

// rad2deg(float $num): float
// https://www.php.net/manual/en/function.rad2deg.php
PHP_FUNCTION(rad2deg) { unary(execute_data, return_value, [](double x) { return x / M_PI * 180.0; }); }

// atan2(float $y, float $x): float
// https://www.php.net/manual/en/function.atan2.php
PHP_FUNCTION(atan2)
{
    double y;
    double x;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "dd", &y, &x) == FAILURE)
        RETURN_THROWS();
    RETURN_DOUBLE(std::atan2(y, x));
}

// hypot(float $x, float $y): float
// https://www.php.net/manual/en/function.hypot.php
PHP_FUNCTION(hypot)
{
    double x;
    double y;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "dd", &x, &y) == FAILURE)
        RETURN_THROWS();
    RETURN_DOUBLE(std::hypot(x, y));
}

// pi(): float
// https://www.php.net/manual/en/function.pi.php
PHP_FUNCTION(pi)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_DOUBLE(M_PI);
}

// is_finite(float $num): bool
// https://www.php.net/manual/en/function.is-finite.php
PHP_FUNCTION(is_finite)
{
    double number;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "d", &number) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(std::isfinite(number));
}

// is_infinite(float $num): bool
// https://www.php.net/manual/en/function.is-infinite.php
PHP_FUNCTION(is_infinite)
{
    double number;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "d", &number) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(std::isinf(number));
}

// is_nan(float $num): bool
// https://www.php.net/manual/en/function.is-nan.php
PHP_FUNCTION(is_nan)
{
    double number;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "d", &number) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(std::isnan(number));
}

// pow(mixed $num, mixed $exponent): int|float|object
// https://www.php.net/manual/en/function.pow.php
// Exactly the ** operator.
PHP_FUNCTION(pow)
{
    zval* base;
    zval* exponent;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zz", &base, &exponent) == FAILURE)
        RETURN_THROWS();
    zval null_value;
    ZVAL_NULL(&null_value);
    pow_function(return_value, base ? base : &null_value, exponent ? exponent : &null_value);
}

// log(float $num, float $base = M_E): float
// https://www.php.net/manual/en/function.log.php
PHP_FUNCTION(log)
{
    double number;
    double base = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "d|d", &number, &base) == FAILURE)
        RETURN_THROWS();
    if (ZEND_NUM_ARGS() == 1)
        RETURN_DOUBLE(std::log(number));
    if (base == 2.0)
        RETURN_DOUBLE(std::log2(number));
    if (base == 10.0)
        RETURN_DOUBLE(std::log10(number));
    if (base == 1.0)
        RETURN_DOUBLE(NAN);
    if (base <= 0.0) {
        zend_argument_value_error(2, "%s", msg::kMustBeGreaterThanZero);
        RETURN_THROWS();
    }
    RETURN_DOUBLE(std::log(number) / std::log(base));
}

// fmod(float $num1, float $num2): float
// https://www.php.net/manual/en/function.fmod.php
PHP_FUNCTION(fmod)
{
    double x;
    double y;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "dd", &x, &y) == FAILURE)
        RETURN_THROWS();
    RETURN_DOUBLE(std::fmod(x, y));
}

// fdiv(float $num1, float $num2): float
// https://www.php.net/manual/en/function.fdiv.php
// IEEE 754 division: by zero gives INF, -INF or NAN, never an error.
PHP_FUNCTION(fdiv)
{
    double x;
    double y;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "dd", &x, &y) == FAILURE)
        RETURN_THROWS();
    RETURN_DOUBLE(x / y);
}

// intdiv(int $num1, int $num2): int
// https://www.php.net/manual/en/function.intdiv.php
PHP_FUNCTION(intdiv)
{
    zend_long dividend;
    zend_long divisor;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "ll", &dividend, &divisor) == FAILURE)
        RETURN_THROWS();
    if (divisor == 0) {
        miniphp::throw_error(miniphp::ErrorClass::DivisionByZeroError, "%s", msg::kDivisionByZero);
        RETURN_THROWS();
    }
    if (divisor == -1 && dividend == ZEND_LONG_MIN) {
        miniphp::throw_error(miniphp::ErrorClass::ArithmeticError, "%s", msg::kIntdivMinByMinusOne);
        RETURN_THROWS();
    }
    RETURN_LONG(dividend / divisor);
}

namespace {

// hexdec/octdec/bindec and base_convert's reading (PHP's _php_math_basetozval): whitespace around is
// ignored, so is a 0x/0o/0b prefix of the base; other characters that are not digits of the base are
// skipped with a deprecation. Past PHP_INT_MAX the result is a float.
void parse_base(const zend_string* text, int base, zval* result)
{
    const char* p = ZSTR_VAL(text);
    const char* end = p + ZSTR_LEN(text);
    while (p < end && standard::is_c_space(static_cast<unsigned char>(*p)))
        ++p;
    while (p < end && standard::is_c_space(static_cast<unsigned char>(end[-1])))
        --end;
    if (end - p >= 2 && p[0] == '0') {
        char x = static_cast<char>(standard::ascii_tolower(static_cast<unsigned char>(p[1])));
        if ((base == 16 && x == 'x') || (base == 8 && x == 'o') || (base == 2 && x == 'b'))
            p += 2;
    }
    zend_long cutoff = ZEND_LONG_MAX / base;
    int cutlimit = static_cast<int>(ZEND_LONG_MAX % base);
    zend_long number = 0;
    double fnumber = 0;
    bool is_float = false;
    bool invalid = false;
    for (; p < end; ++p) {
        unsigned char c = static_cast<unsigned char>(*p);
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'A' && c <= 'Z')
            digit = c - 'A' + 10;
        else if (c >= 'a' && c <= 'z')
            digit = c - 'a' + 10;
        else
            digit = 99;
        if (digit >= base) {
            invalid = true;
            continue;
        }
        if (!is_float) {
            if (number < cutoff || (number == cutoff && digit <= cutlimit)) {
                number = number * base + digit;
                continue;
            }
            fnumber = static_cast<double>(number);
            is_float = true;
        }
        fnumber = fnumber * base + digit;
    }
    if (invalid)
        zend_error(E_DEPRECATED, "%s", msg::kInvalidBaseCharacters);
    if (is_float)
        ZVAL_DOUBLE(result, fnumber);
    else
        ZVAL_LONG(result, number);
}

const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// An integer's digits in `base`, as an unsigned 64-bit value (so negatives show their two's complement).
zend_string* long_to_base(zend_long value, int base)
{
    char buffer[72];
    char* end = buffer + sizeof buffer;
    char* p = end;
    zend_ulong number = static_cast<zend_ulong>(value);
    do {
        *--p = kDigits[number % static_cast<zend_ulong>(base)];
        number /= static_cast<zend_ulong>(base);
    } while (number);
    return zend_string_init(p, end - p, false);
}

void parse_base_function(zend_execute_data* execute_data, zval* return_value, int base)
{
    zend_string* text;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &text) == FAILURE)
        RETURN_THROWS();
    parse_base(text, base, return_value);
}

void print_base_function(zend_execute_data* execute_data, zval* return_value, int base)
{
    zend_long number;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "l", &number) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(long_to_base(number, base));
}

} // namespace

// bindec(string $binary_string): int|float
// https://www.php.net/manual/en/function.bindec.php
PHP_FUNCTION(bindec) { parse_base_function(execute_data, return_value, 2); }

// hexdec(string $hex_string): int|float
// https://www.php.net/manual/en/function.hexdec.php
PHP_FUNCTION(hexdec) { parse_base_function(execute_data, return_value, 16); }

// octdec(string $octal_string): int|float
// https://www.php.net/manual/en/function.octdec.php
PHP_FUNCTION(octdec) { parse_base_function(execute_data, return_value, 8); }

// decbin(int $num): string
// https://www.php.net/manual/en/function.decbin.php
PHP_FUNCTION(decbin) { print_base_function(execute_data, return_value, 2); }

// decoct(int $num): string
// https://www.php.net/manual/en/function.decoct.php
PHP_FUNCTION(decoct) { print_base_function(execute_data, return_value, 8); }

// dechex(int $num): string
// https://www.php.net/manual/en/function.dechex.php
PHP_FUNCTION(dechex) { print_base_function(execute_data, return_value, 16); }

// base_convert(string $num, int $from_base, int $to_base): string
// https://www.php.net/manual/en/function.base-convert.php
// A value past PHP_INT_MAX goes through a float, losing precision as PHP's does.
PHP_FUNCTION(base_convert)
{
    zend_string* text;
    zend_long from;
    zend_long to;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sll", &text, &from, &to) == FAILURE)
        RETURN_THROWS();
    if (from < 2 || from > 36) {
        zend_argument_value_error(2, "%s", msg::kBaseRange);
        RETURN_THROWS();
    }
    if (to < 2 || to > 36) {
        zend_argument_value_error(3, "%s", msg::kBaseRange);
        RETURN_THROWS();
    }
    zval number;
    parse_base(text, static_cast<int>(from), &number);
    if (Z_TYPE(number) == IS_LONG)
        RETURN_STR(long_to_base(Z_LVAL(number), static_cast<int>(to)));
    double value = std::floor(Z_DVAL(number));
    if (std::isinf(value)) {
        zend_value_error(msg::kInfiniteToBase, static_cast<int>(to));
        RETURN_THROWS();
    }
    char buffer[(sizeof(double) << 3) + 1];
    char* end = buffer + sizeof buffer;
    char* p = end;
    do {
        *--p = kDigits[static_cast<int>(std::fmod(value, static_cast<double>(to)))];
        value /= static_cast<double>(to);
    } while (p > buffer && std::fabs(value) >= 1);
    RETURN_STRINGL(p, end - p);
}

// number_format(float $num, int $decimals = 0, ?string $decimal_separator = ".", ?string $thousands_separator = ","): string
// https://www.php.net/manual/en/function.number-format.php
// Rounds half up with round()'s pre-rounding; a negative number that rounds to zero loses its sign.
PHP_FUNCTION(number_format)
{
    double number;
    zend_long decimals = 0;
    char* point = nullptr;
    size_t point_length = 0;
    char* separator = nullptr;
    size_t separator_length = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "d|ls!s!", &number, &decimals, &point, &point_length, &separator,
                              &separator_length)
        == FAILURE)
        RETURN_THROWS();
    if (!point) {
        point = const_cast<char*>(".");
        point_length = 1;
    }
    if (!separator) {
        separator = const_cast<char*>(",");
        separator_length = 1;
    }
    int places = decimals < 0 ? 0 : (decimals > INT_MAX ? INT_MAX : static_cast<int>(decimals));
    bool negative = number < 0;
    number = standard_round(std::fabs(number), places, kRoundHalfUp);
    if (number == 0)
        negative = false;
    // PHP's own printf gives at most 318 decimals; number_format pads the rest with zeros.
    int printed_places = places > 318 ? 318 : places;
    int length = std::snprintf(nullptr, 0, "%.*f", printed_places, number);
    char* digits = static_cast<char*>(emalloc(static_cast<size_t>(length) + 1));
    std::snprintf(digits, static_cast<size_t>(length) + 1, "%.*f", printed_places, number);
    if (!(digits[0] >= '0' && digits[0] <= '9')) {
        // INF or NAN: printed as they are, without separators or sign.
        zend_string* result = zend_string_init(digits, static_cast<size_t>(length), false);
        efree(digits);
        RETURN_STR(result);
    }
    const char* dot = places ? std::strchr(digits, '.') : nullptr;
    size_t integral = dot ? static_cast<size_t>(dot - digits) : static_cast<size_t>(length);
    smart_str result {};
    if (negative)
        smart_str_appendc(&result, '-');
    for (size_t i = 0; i < integral; ++i) {
        smart_str_appendc(&result, digits[i]);
        size_t remaining = integral - i - 1;
        if (remaining > 0 && remaining % 3 == 0)
            smart_str_appendl(&result, separator, separator_length);
    }
    if (places) {
        smart_str_appendl(&result, point, point_length);
        size_t fraction = dot ? std::strlen(dot + 1) : 0;
        if (dot)
            smart_str_appendl(&result, dot + 1, fraction);
        for (size_t i = fraction; i < static_cast<size_t>(places); ++i)
            smart_str_appendc(&result, '0');
    }
    efree(digits);
    RETURN_STR(smart_str_extract(&result));
}

// The module's math constants (PHP's values), registered by the standard module's MINIT.
void standard_register_math_constants(int module_number)
{
    REGISTER_DOUBLE_CONSTANT("M_E", M_E, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_LOG2E", M_LOG2E, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_LOG10E", M_LOG10E, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_LN2", M_LN2, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_LN10", M_LN10, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_PI", M_PI, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_PI_2", M_PI_2, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_PI_4", M_PI_4, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_1_PI", M_1_PI, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_2_PI", M_2_PI, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_SQRTPI", 1.772453850905516, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_2_SQRTPI", M_2_SQRTPI, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_LNPI", 1.1447298858494002, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_EULER", 0.5772156649015329, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_SQRT2", M_SQRT2, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_SQRT1_2", M_SQRT1_2, CONST_PERSISTENT);
    REGISTER_DOUBLE_CONSTANT("M_SQRT3", 1.7320508075688772, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("PHP_ROUND_HALF_UP", kRoundHalfUp, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("PHP_ROUND_HALF_DOWN", kRoundHalfDown, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("PHP_ROUND_HALF_EVEN", kRoundHalfEven, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("PHP_ROUND_HALF_ODD", kRoundHalfOdd, CONST_PERSISTENT);
}

namespace {

const char* const arginfo_value_values[] = {"value", "...values", nullptr};
const char* const arginfo_num[] = {"num", nullptr};
const char* const arginfo_round[] = {"num", "precision", "mode", nullptr};
const char* const arginfo_none[] = {nullptr};
const char* const arginfo_atan2[] = {"y", "x", nullptr};
const char* const arginfo_hypot[] = {"x", "y", nullptr};
const char* const arginfo_pow[] = {"num", "exponent", nullptr};
const char* const arginfo_log[] = {"num", "base", nullptr};
const char* const arginfo_num1_num2[] = {"num1", "num2", nullptr};
const char* const arginfo_bindec[] = {"binary_string", nullptr};
const char* const arginfo_hexdec[] = {"hex_string", nullptr};
const char* const arginfo_octdec[] = {"octal_string", nullptr};
const char* const arginfo_base_convert[] = {"num", "from_base", "to_base", nullptr};
const char* const arginfo_number_format[] = {"num", "decimals", "decimal_separator", "thousands_separator", nullptr};

} // namespace

const zend_function_entry standard_math_functions[] = {
    PHP_FE(abs, arginfo_num)
    PHP_FE(max, arginfo_value_values)
    PHP_FE(min, arginfo_value_values)
    PHP_FE(ceil, arginfo_num)
    PHP_FE(floor, arginfo_num)
    PHP_FE(round, arginfo_round)
    PHP_FE(sin, arginfo_num)
    PHP_FE(cos, arginfo_num)
    PHP_FE(tan, arginfo_num)
    PHP_FE(asin, arginfo_num)
    PHP_FE(acos, arginfo_num)
    PHP_FE(atan, arginfo_num)
    PHP_FE(atan2, arginfo_atan2)
    PHP_FE(sinh, arginfo_num)
    PHP_FE(cosh, arginfo_num)
    PHP_FE(tanh, arginfo_num)
    PHP_FE(asinh, arginfo_num)
    PHP_FE(acosh, arginfo_num)
    PHP_FE(atanh, arginfo_num)
    PHP_FE(pi, arginfo_none)
    PHP_FE(is_finite, arginfo_num)
    PHP_FE(is_infinite, arginfo_num)
    PHP_FE(is_nan, arginfo_num)
    PHP_FE(pow, arginfo_pow)
    PHP_FE(exp, arginfo_num)
    PHP_FE(expm1, arginfo_num)
    PHP_FE(log1p, arginfo_num)
    PHP_FE(log, arginfo_log)
    PHP_FE(log10, arginfo_num)
    PHP_FE(sqrt, arginfo_num)
    PHP_FE(hypot, arginfo_hypot)
    PHP_FE(deg2rad, arginfo_num)
    PHP_FE(rad2deg, arginfo_num)
    PHP_FE(fmod, arginfo_num1_num2)
    PHP_FE(fdiv, arginfo_num1_num2)
    PHP_FE(intdiv, arginfo_num1_num2)
    PHP_FE(bindec, arginfo_bindec)
    PHP_FE(hexdec, arginfo_hexdec)
    PHP_FE(octdec, arginfo_octdec)
    PHP_FE(decbin, arginfo_num)
    PHP_FE(decoct, arginfo_num)
    PHP_FE(dechex, arginfo_num)
    PHP_FE(base_convert, arginfo_base_convert)
    PHP_FE(number_format, arginfo_number_format)
    PHP_FE_END
};

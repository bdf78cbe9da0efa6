// Numeric strings (is_numeric_string and its trailing-data and overflow reports), zend_strtod, and
// double-to-integer conversion. Expected values are PHP 8.2's (is_numeric(), (int), (float) and
// arithmetic results checked with `php -n`).
#include <cstring>

#include "tests/unit/operators/operators_test_support.h"

class NumericStrings : public OperatorsTest {};

TEST_F(NumericStrings, WhatCountsAsNumeric)
{
    struct Case {
        const char* text;
        zend_uchar strict; // allow_errors = false: PHP's is_numeric()
        zend_uchar lenient; // allow_errors = true
        bool trailing;
    };
    const Case cases[] = {
        { "1", IS_LONG, IS_LONG, false },
        { " 1", IS_LONG, IS_LONG, false },
        { "1 ", IS_LONG, IS_LONG, false },
        { "\t\n\r\v\f1\t\n\r\v\f", IS_LONG, IS_LONG, false },
        { "+1", IS_LONG, IS_LONG, false },
        { "-1", IS_LONG, IS_LONG, false },
        { "1.5", IS_DOUBLE, IS_DOUBLE, false },
        { ".5", IS_DOUBLE, IS_DOUBLE, false },
        { "5.", IS_DOUBLE, IS_DOUBLE, false },
        { "1e3", IS_DOUBLE, IS_DOUBLE, false },
        { "1E-3", IS_DOUBLE, IS_DOUBLE, false },
        { "1e", 0, IS_LONG, true },
        { "1e+", 0, IS_LONG, true },
        { ".", 0, 0, false },
        { "", 0, 0, false },
        { " ", 0, 0, false },
        { "-", 0, 0, false },
        { "abc", 0, 0, false },
        { "0x1A", 0, IS_LONG, true },
        { "5 apples", 0, IS_LONG, true },
        { "1.5abc", 0, IS_DOUBLE, true },
        { "1 2", 0, IS_LONG, true },
        { "9223372036854775807", IS_LONG, IS_LONG, false },
        { "9223372036854775808", IS_DOUBLE, IS_DOUBLE, false },
        { "-9223372036854775808", IS_LONG, IS_LONG, false },
        { "-9223372036854775809", IS_DOUBLE, IS_DOUBLE, false },
        { "000000000000000000000000001", IS_LONG, IS_LONG, false },
        { "inf", 0, 0, false },
        { "nan", 0, 0, false },
        { "1_000", 0, IS_LONG, true },
    };
    for (const Case& c : cases) {
        size_t length = std::strlen(c.text);
        EXPECT_EQ(is_numeric_string(c.text, length, nullptr, nullptr, false), c.strict) << '"' << c.text << '"';
        bool trailing = false;
        zend_long lval;
        double dval;
        EXPECT_EQ(is_numeric_string_ex(c.text, length, &lval, &dval, true, nullptr, &trailing), c.lenient)
            << '"' << c.text << '"';
        EXPECT_EQ(trailing, c.trailing) << '"' << c.text << '"';
    }
}

TEST_F(NumericStrings, ValuesAndOverflow)
{
    zend_long lval = 0;
    double dval = 0;
    int overflow = 0;
    EXPECT_EQ(is_numeric_string_ex("-9223372036854775808", 20, &lval, &dval, false, &overflow, nullptr), IS_LONG);
    EXPECT_EQ(lval, ZEND_LONG_MIN);
    EXPECT_EQ(overflow, 0);
    EXPECT_EQ(is_numeric_string_ex("9223372036854775808", 19, &lval, &dval, false, &overflow, nullptr), IS_DOUBLE);
    EXPECT_EQ(dval, 9223372036854775808.0);
    EXPECT_EQ(overflow, 1);
    EXPECT_EQ(is_numeric_string_ex("-99999999999999999999", 21, &lval, &dval, false, &overflow, nullptr), IS_DOUBLE);
    EXPECT_EQ(overflow, -1);
    EXPECT_EQ(is_numeric_string_ex(" 1.5e3 ", 7, &lval, &dval, false, &overflow, nullptr), IS_DOUBLE);
    EXPECT_EQ(dval, 1500.0);
    // The length is honoured: the bytes after it are not part of the number.
    EXPECT_EQ(is_numeric_string_ex("12345", 2, &lval, &dval, false, nullptr, nullptr), IS_LONG);
    EXPECT_EQ(lval, 12);
    EXPECT_EQ(is_numeric_string_ex("1.55", 3, &lval, &dval, false, nullptr, nullptr), IS_DOUBLE);
    EXPECT_EQ(dval, 1.5);
}

TEST_F(NumericStrings, Strtod)
{
    const char* end;
    EXPECT_EQ(zend_strtod("1.5e3xyz", &end), 1500.0);
    EXPECT_STREQ(end, "xyz");
    EXPECT_EQ(zend_strtod("  -.5", &end), -0.5);
    EXPECT_STREQ(end, "");
    // No hex, no words: (float)"0x1A" is 0 and (float)"inf" is 0 in PHP.
    EXPECT_EQ(zend_strtod("0x1A", &end), 0.0);
    EXPECT_STREQ(end, "x1A");
    EXPECT_EQ(zend_strtod("inf", &end), 0.0);
    EXPECT_STREQ(end, "inf");
    EXPECT_EQ(zend_strtod("1e400", nullptr), INFINITY);
    EXPECT_EQ(zend_strtod("-1e400", nullptr), -INFINITY);
    EXPECT_EQ(zend_strtod("1e-400", nullptr), 0.0);
    EXPECT_EQ(zend_strtod("4.9e-324", nullptr), 5e-324);
    EXPECT_EQ(zend_strtod("1e", &end), 1.0);
    EXPECT_STREQ(end, "e");
    EXPECT_TRUE(std::signbit(zend_strtod("-0", nullptr)));
}

TEST_F(NumericStrings, DoubleToLong)
{
    // (int) of floats, from `php -n -r 'var_dump((int)...);'`.
    EXPECT_EQ(zend_dval_to_lval(1e19), -8446744073709551616LL);
    EXPECT_EQ(zend_dval_to_lval(-1e19), 8446744073709551616LL);
    EXPECT_EQ(zend_dval_to_lval(NAN), 0);
    EXPECT_EQ(zend_dval_to_lval(INFINITY), 0);
    EXPECT_EQ(zend_dval_to_lval(-INFINITY), 0);
    EXPECT_EQ(zend_dval_to_lval(18446744073709551616.0), 0);
    EXPECT_EQ(zend_dval_to_lval(9223372036854775808.0), ZEND_LONG_MIN);
    EXPECT_EQ(zend_dval_to_lval(-9223372036854775808.0), ZEND_LONG_MIN);
    EXPECT_EQ(zend_dval_to_lval(1.9), 1);
    EXPECT_EQ(zend_dval_to_lval(-1.9), -1);
    EXPECT_EQ(zend_dval_to_lval_cap(1e19), ZEND_LONG_MAX);
    EXPECT_EQ(zend_dval_to_lval_cap(-1e19), ZEND_LONG_MIN);
    EXPECT_EQ(zend_dval_to_lval_cap(NAN), 0);
    EXPECT_TRUE(zend_is_long_compatible(3.0, 3));
    EXPECT_FALSE(zend_is_long_compatible(3.5, 3));
}

TEST_F(NumericStrings, LossyConversionDeprecation)
{
    EXPECT_EQ(zend_dval_to_lval_safe(1.5), 1);
    EXPECT_EQ(take_diagnostics(), "\tD:Implicit conversion from float 1.5 to int loses precision");
    EXPECT_EQ(zend_dval_to_lval_safe(1e19), -8446744073709551616LL);
    EXPECT_EQ(take_diagnostics(), "\tD:Implicit conversion from float 1.0E+19 to int loses precision");
    EXPECT_EQ(zend_dval_to_lval_safe(NAN), 0);
    EXPECT_EQ(take_diagnostics(), "\tD:Implicit conversion from float NAN to int loses precision");
    EXPECT_EQ(zend_dval_to_lval_safe(2.0), 2);
    EXPECT_EQ(take_diagnostics(), "");
}

TEST_F(NumericStrings, StrictIntegerReading)
{
    zval v;
    ZVAL_DOUBLE(&v, 1.5);
    EXPECT_EQ(zval_get_long(&v), 1);
    EXPECT_EQ(take_diagnostics(), "");
    EXPECT_EQ(zval_get_long_ex(&v, true), 1);
    EXPECT_EQ(take_diagnostics(), "\tD:Implicit conversion from float 1.5 to int loses precision");
    ZVAL_STRING(&v, "2.5");
    EXPECT_EQ(zval_get_long_ex(&v, true), 2);
    EXPECT_EQ(take_diagnostics(), "\tD:Implicit conversion from float-string \"2.5\" to int loses precision");
    EXPECT_EQ(zval_get_long_ex(&v, false), 2);
    EXPECT_EQ(take_diagnostics(), "");
    zval_ptr_dtor(&v);
    char* end;
    EXPECT_EQ(ZEND_STRTOL("0x1f!", &end, 16), 31);
    EXPECT_STREQ(end, "!");
}

TEST_F(NumericStrings, LongLiterals)
{
    // (float) of these in php -n: INF, 1.0E-301, 0, -INF, and the digits beyond 17 do not matter.
    std::string big = "1" + std::string(400, '0');
    std::string tiny = "0." + std::string(300, '0') + "1";
    std::string vanishing = "0." + std::string(400, '0') + "1";
    zend_long lval;
    double dval;
    int overflow;
    EXPECT_EQ(is_numeric_string_ex(big.data(), big.size(), &lval, &dval, false, &overflow, nullptr), IS_DOUBLE);
    EXPECT_EQ(dval, INFINITY);
    EXPECT_EQ(overflow, 1);
    EXPECT_EQ(is_numeric_string_ex(tiny.data(), tiny.size(), &lval, &dval, false, nullptr, nullptr), IS_DOUBLE);
    EXPECT_EQ(dval, 1e-301);
    EXPECT_EQ(zend_strtod(vanishing.c_str(), nullptr), 0.0);
    EXPECT_EQ(zend_strtod(("-" + big).c_str(), nullptr), -INFINITY);
    EXPECT_EQ(zend_strtod("0.000000000000000000000000000000000000000000000000001e-300", nullptr), 0.0);
    EXPECT_EQ(zend_strtod("123456789012345678901234567890", nullptr), 1.2345678901234568e29);
    EXPECT_EQ(zend_strtod("1000000000000000000000e-330", nullptr), 1e-309);
    EXPECT_EQ(zend_strtod("0.0001e312", nullptr), 1e308);
    EXPECT_EQ(zend_strtod("0.0001e313", nullptr), INFINITY);
}

// Random short strings of digits, points, exponents, signs, whitespace and letters: (int), (float),
// is_numeric() and `$s + 0`, against data/numeric_strings.tsv (PHP's results, diagnostics after " | ").
TEST_F(NumericStrings, RandomStringsMatchPhp)
{
    auto cell = [this](bool bailed, zval* result) {
        std::string thrown;
        std::string diagnostics = take_diagnostics(&thrown);
        std::string text = bailed ? thrown : render(result);
        for (size_t at = diagnostics.find('\t'); at != std::string::npos; at = diagnostics.find('\t', at))
            diagnostics.replace(at, 1, " | ");
        return text + diagnostics;
    };
    size_t checked = 0;
    for (const auto& row : read_table("numeric_strings")) {
        ASSERT_EQ(row.size(), 5u);
        zval text, result, zero;
        read_literal(row[0], &text);
        ZVAL_LONG(&result, zval_get_long(&text));
        EXPECT_EQ(cell(false, &result), row[1]) << "(int)" << row[0];
        ZVAL_DOUBLE(&result, zval_get_double(&text));
        EXPECT_EQ(cell(false, &result), row[2]) << "(float)" << row[0];
        ZVAL_BOOL(&result, is_numeric_string(Z_STRVAL(text), Z_STRLEN(text), nullptr, nullptr, false) != 0);
        EXPECT_EQ(cell(false, &result), row[3]) << "is_numeric" << row[0];
        ZVAL_LONG(&zero, 0);
        ZVAL_UNDEF(&result);
        auto add = [&] { add_function(&result, &text, &zero); };
        bool bailed = guarded(add);
        EXPECT_EQ(cell(bailed, &result), row[4]) << row[0] << " + 0";
        zval_ptr_dtor(&result);
        zval_ptr_dtor(&text);
        ++checked;
    }
    EXPECT_EQ(checked, 1500u);
}

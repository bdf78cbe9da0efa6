// PHP's float text: the table PHP wrote (data/float_format.tsv: (string) at precision 14, 17, 1 and 5,
// var_export and var_dump with serialize_precision -1), hand-picked cases, and a round-trip check of
// the shortest form on many random doubles.
#include <cstring>
#include <random>

#include "engine/ini/ini.h"
#include "tests/unit/operators/operators_test_support.h"

namespace {

double from_bits(const std::string& hex)
{
    uint64_t bits = std::strtoull(hex.c_str(), nullptr, 16);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

std::string gcvt(double d, int precision)
{
    char buffer[MINIPHP_DOUBLE_MAX_LENGTH];
    zend_gcvt(d, precision, '.', 'E', buffer);
    return buffer;
}

} // namespace

class FloatFormat : public OperatorsTest {
protected:
    std::string to_string(double d, int precision)
    {
        zend_string* s = zend_double_to_str_ex(d, precision);
        std::string out(ZSTR_VAL(s), ZSTR_LEN(s));
        zend_string_release(s);
        return out;
    }
    std::string var_export(double d, int serialize_precision = miniphp::kDefaultSerializePrecision)
    {
        smart_str buffer;
        smart_str_append_double(&buffer, d, serialize_precision, true);
        zend_string* s = smart_str_extract(&buffer);
        std::string out(ZSTR_VAL(s), ZSTR_LEN(s));
        zend_string_release(s);
        return out;
    }
};

TEST_F(FloatFormat, TableMatchesPhp)
{
    size_t checked = 0;
    for (const auto& row : read_table("float_format")) {
        ASSERT_EQ(row.size(), 11u);
        double d = from_bits(row[0]);
        const int precisions[] = { 14, 17, 1, 5, 0, -1, 40 };
        for (size_t i = 0; i < 7; ++i)
            EXPECT_EQ(to_string(d, precisions[i]), row[1 + i]) << row[0] << " precision " << precisions[i];
        EXPECT_EQ(var_export(d, -1), row[8]) << row[0];
        EXPECT_EQ("float(" + float_text(d) + ")", row[9]) << row[0];
        EXPECT_EQ(var_export(d, 17), row[10]) << row[0];
        ++checked;
    }
    EXPECT_GT(checked, 1500u);
}

TEST_F(FloatFormat, EchoUsesPrecisionFourteen)
{
    zend_string* s = zend_double_to_str(0.1 + 0.2);
    EXPECT_STREQ(ZSTR_VAL(s), "0.3");
    zend_string_release(s);
    struct Case {
        double value;
        const char* text;
    };
    // Values and texts from `php -n -r 'echo ...;'`.
    const Case cases[] = {
        { 1e15, "1.0E+15" }, { 1e14, "1.0E+14" }, { 0.00001, "1.0E-5" }, { 0.0001, "0.0001" },
        { 1e20, "1.0E+20" }, { -0.0, "-0" }, { 1e25, "1.0E+25" }, { 123456789012345.0, "1.2345678901234E+14" },
        { 1.5, "1.5" }, { 100.0, "100" }, { -1.0 / 3, "-0.33333333333333" }, { 0.5, "0.5" },
    };
    for (const Case& c : cases)
        EXPECT_EQ(gcvt(c.value, 14), c.text) << c.value;
}

TEST_F(FloatFormat, InfinityAndNanAsPhpPrintsThem)
{
    // zend_gcvt cuts the word to the precision: `php -n -d precision=1 -r 'echo INF;'` prints "I".
    EXPECT_EQ(gcvt(INFINITY, 14), "INF");
    EXPECT_EQ(gcvt(-INFINITY, 14), "-INF");
    EXPECT_EQ(gcvt(NAN, 14), "NAN");
    EXPECT_EQ(gcvt(INFINITY, 1), "I");
    EXPECT_EQ(gcvt(-INFINITY, 3), "-IN");
    EXPECT_EQ(gcvt(NAN, 2), "NA");
    // printf's %H does not cut: var_dump(INF) with serialize_precision=1 prints float(INF).
    char buffer[MINIPHP_DOUBLE_MAX_LENGTH];
    miniphp::format_double_g(buffer, -INFINITY, 1);
    EXPECT_STREQ(buffer, "-INF");
}

TEST_F(FloatFormat, SerializePrecisionGivesShortestRoundTrip)
{
    EXPECT_EQ(var_export(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(var_export(1.0), "1.0");
    EXPECT_EQ(var_export(-0.0), "-0.0");
    EXPECT_EQ(var_export(1e25), "1.0E+25");
    EXPECT_EQ(var_export(1e15), "1000000000000000.0");
    EXPECT_EQ(var_export(INFINITY), "INF");
    EXPECT_EQ(float_text(1e17), "1.0E+17");
    EXPECT_EQ(float_text(5e-324), "5.0E-324");
}

TEST_F(FloatFormat, ShortestFormReadsBackAsTheSameDouble)
{
    std::mt19937_64 random(12345);
    char buffer[MINIPHP_DOUBLE_MAX_LENGTH];
    size_t checked = 0;
    for (int i = 0; i < 200000; ++i) {
        uint64_t bits = random();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        if (!std::isfinite(d))
            continue;
        size_t length = miniphp::format_double(buffer, d, -1);
        ASSERT_LT(length, 32u);
        double back = std::strtod(buffer, nullptr);
        ASSERT_EQ(std::memcmp(&back, &d, sizeof d), 0) << buffer;
        // PHP's own reader must agree with the C library on PHP's text.
        ASSERT_EQ(zend_strtod(buffer, nullptr), d) << buffer;
        ++checked;
    }
    EXPECT_GT(checked, 190000u);
}

TEST_F(FloatFormat, PrecisionSeventeenReadsBackToo)
{
    std::mt19937_64 random(777);
    std::uniform_real_distribution<double> mantissa(-1.0, 1.0);
    std::uniform_int_distribution<int> exponent(-300, 300);
    char buffer[MINIPHP_DOUBLE_MAX_LENGTH];
    for (int i = 0; i < 50000; ++i) {
        double d = std::ldexp(mantissa(random), exponent(random));
        miniphp::format_double(buffer, d, 17);
        ASSERT_EQ(std::strtod(buffer, nullptr), d) << buffer;
    }
}

TEST_F(FloatFormat, IntegersAsText)
{
    struct Case {
        zend_long value;
        const char* text;
    };
    const Case cases[] = { { 0, "0" }, { 7, "7" }, { -7, "-7" }, { 10, "10" }, { ZEND_LONG_MAX, "9223372036854775807" },
                           { ZEND_LONG_MIN, "-9223372036854775808" } };
    for (const Case& c : cases) {
        zend_string* s = zend_long_to_str(c.value);
        EXPECT_STREQ(ZSTR_VAL(s), c.text);
        EXPECT_EQ(ZSTR_LEN(s), std::strlen(c.text));
        zend_string_release(s);
    }
    zend_string* s = zend_ulong_to_str(ZEND_ULONG_MAX);
    EXPECT_STREQ(ZSTR_VAL(s), "18446744073709551615");
    zend_string_release(s);
}

// echo and var_export follow the ini settings once the ini table exists (php -d precision=17 ...).
TEST_F(FloatFormat, ReadsPrecisionFromIni)
{
    miniphp::ini::engine_startup();
    EXPECT_EQ(miniphp::current_precision(), 14);
    EXPECT_EQ(miniphp::current_serialize_precision(), -1);
    ASSERT_TRUE(miniphp::ini::alter("precision", 9, "17", 2, miniphp::ini::kUser, miniphp::ini::Stage::Runtime));
    ASSERT_TRUE(miniphp::ini::alter("serialize_precision", 19, "5", 1, miniphp::ini::kUser, miniphp::ini::Stage::Runtime));
    zend_string* s = zend_double_to_str(0.1);
    EXPECT_STREQ(ZSTR_VAL(s), "0.10000000000000001");
    zend_string_release(s);
    EXPECT_EQ(miniphp::current_serialize_precision(), 5);
    miniphp::ini::engine_shutdown();
    EXPECT_EQ(miniphp::current_precision(), 14);
}

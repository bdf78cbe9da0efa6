// The ini table: php -n's CLI defaults, ini_set/ini_get/ini_restore as PHP 8.2 answers them, restore at
// request end, configuration (-d) values in ini syntax, extension registration, and PHP's value parsing.
// Every expected text and value was read from `php -n` (PHP 8.2).
#include <algorithm>
#include <cstring>

#include "engine/ini/config_value.h"
#include "tests/unit/output/engine_fixture.h"

namespace {

using miniphp::ini::Stage;

class Ini : public EngineTest { };

TEST_F(Ini, DefaultsAreThoseOfPhpNoIniCli)
{
    const std::pair<const char*, const char*> expected[] = {
        { "display_errors", "1" },
        { "display_startup_errors", "1" },
        { "log_errors", "0" },
        { "error_log", "" },
        { "error_reporting", "" },
        { "html_errors", "0" },
        { "memory_limit", "128M" },
        { "precision", "14" },
        { "serialize_precision", "-1" },
        { "include_path", ".:/usr/share/php" },
        { "max_execution_time", "0" },
        { "max_input_time", "-1" },
        { "implicit_flush", "1" },
        { "output_buffering", "0" },
        { "output_handler", "" },
        { "short_open_tag", "1" },
        { "error_prepend_string", "" },
        { "error_append_string", "" },
        { "default_charset", "UTF-8" },
        { "zend.assertions", "1" },
        { "assert.active", "1" },
        { "assert.exception", "1" },
        { "assert.warning", "1" },
        { "assert.bail", "0" },
        { "assert.callback", "" },
        { "ignore_repeated_errors", "0" },
        { "report_memleaks", "1" },
        { "register_argc_argv", "1" },
        { "arg_separator.output", "&" },
        { "variables_order", "EGPCS" },
        { "error_log_mode", "0644" },
        { "zend.enable_gc", "1" },
        { "zend.exception_string_param_max_len", "15" },
        { "extension_dir", "/usr/lib/php/20220829" },
        { "hard_timeout", "2" },
    };
    for (const auto& [name, value] : expected)
        EXPECT_EQ(ini_get(name), value) << name;
    EXPECT_EQ(ini_get("no_such_setting"), "<false>");
    EXPECT_EQ(ini_get("log_errors_max_len"), "<false>"); // removed in PHP 8.1
    EXPECT_EQ(m_context->error_reporting, E_ALL);
    EXPECT_EQ(miniphp::memory::memory_limit(), size_t(128) << 20);
}

TEST_F(Ini, SetReturnsFalseForUnknownOrConfigurationOnlySettings)
{
    EXPECT_FALSE(ini_set("nonexistent", "1"));
    EXPECT_FALSE(ini_set("disable_functions", "x"));  // PHP_INI_SYSTEM
    EXPECT_FALSE(ini_set("short_open_tag", "0"));     // PHP_INI_PERDIR
    EXPECT_FALSE(ini_set("output_buffering", "4096")); // PHP_INI_PERDIR
    EXPECT_EQ(ini_get("short_open_tag"), "1");
    EXPECT_EQ(m_streams.out, "");
}

TEST_F(Ini, SetChangesTheValueAndRequestEndRestoresIt)
{
    EXPECT_TRUE(ini_set("precision", "10"));
    EXPECT_TRUE(ini_set("display_errors", "On"));
    EXPECT_TRUE(ini_set("html_errors", "yes"));
    EXPECT_TRUE(ini_set("error_log", "/tmp/x"));
    EXPECT_EQ(ini_get("precision"), "10");
    EXPECT_EQ(ini_get("display_errors"), "On");
    EXPECT_EQ(INI_INT("precision"), 10);
    EXPECT_TRUE(INI_BOOL("html_errors"));
    EXPECT_STREQ(INI_ORIG_STR("precision"), "14");
    EXPECT_STREQ(INI_STR("error_log"), "/tmp/x");
    EXPECT_EQ(INI_ORIG_INT("precision"), 14);

    end_request();
    start_request();
    EXPECT_EQ(ini_get("precision"), "14");
    EXPECT_EQ(ini_get("display_errors"), "1");
    EXPECT_EQ(ini_get("html_errors"), "0");
    EXPECT_EQ(ini_get("error_log"), "");
    EXPECT_FALSE(INI_BOOL("html_errors"));
}

TEST_F(Ini, SetTwiceKeepsTheStartupValueForRestore)
{
    EXPECT_TRUE(ini_set("precision", "10"));
    EXPECT_TRUE(ini_set("precision", "12"));
    EXPECT_TRUE(miniphp::ini::restore("precision", 9));
    EXPECT_EQ(ini_get("precision"), "14");
    EXPECT_FALSE(miniphp::ini::restore("disable_functions", 17));
}

TEST_F(Ini, PrecisionAcceptsAnyNumberFromMinusOne)
{
    EXPECT_TRUE(ini_set("precision", "abc")); // atoi("abc") is 0: accepted, as PHP
    EXPECT_EQ(ini_get("precision"), "abc");
    EXPECT_FALSE(ini_set("precision", "-2"));
    EXPECT_FALSE(ini_set("serialize_precision", "-2"));
    EXPECT_TRUE(ini_set("serialize_precision", "17"));
    EXPECT_EQ(ini_get("precision"), "abc");
}

TEST_F(Ini, UnemptyStringsRefuseTheEmptyString)
{
    EXPECT_FALSE(ini_set("include_path", ""));
    EXPECT_FALSE(ini_set("arg_separator.output", ""));
    EXPECT_TRUE(ini_set("include_path", "/tmp"));
    EXPECT_TRUE(ini_set("default_charset", ""));
    EXPECT_FALSE(ini_set("default_charset", "a\nb"));
}

TEST_F(Ini, MalformedMemoryLimitWarnsAndFails)
{
    EXPECT_FALSE(ini_set("memory_limit", "abc"));
    EXPECT_EQ(ini_get("memory_limit"), "128M");
    const std::string first = "\nWarning: Invalid \"memory_limit\" setting. Invalid quantity \"abc\": no valid leading "
                              "digits, interpreting as \"0\" for backwards compatibility in /t/a.php on line 3\n";
    ASSERT_GE(m_streams.out.size(), first.size());
    EXPECT_EQ(m_streams.out.substr(0, first.size()), first);
    EXPECT_EQ(m_streams.out.substr(first.size(), 48), "\nWarning: Failed to set memory limit to 0 bytes ");
}

TEST_F(Ini, MemoryLimitChangesTheHeapForThisRequestOnly)
{
    EXPECT_TRUE(ini_set("memory_limit", "64M"));
    EXPECT_EQ(miniphp::memory::memory_limit(), size_t(64) << 20);
    EXPECT_TRUE(ini_set("memory_limit", "-1"));
    EXPECT_EQ(miniphp::memory::memory_limit(), SIZE_MAX);
    end_request();
    start_request();
    EXPECT_EQ(ini_get("memory_limit"), "128M");
    EXPECT_EQ(miniphp::memory::memory_limit(), size_t(128) << 20);
}

TEST_F(Ini, ErrorReportingFollowsTheSettingAndIsRestored)
{
    EXPECT_TRUE(ini_set("error_reporting", "1"));
    EXPECT_EQ(m_context->error_reporting, 1);
    // At run time a value is a plain string: "E_ALL" reads as the number 0.
    EXPECT_TRUE(ini_set("error_reporting", "E_ALL"));
    EXPECT_EQ(m_context->error_reporting, 0);
    EXPECT_EQ(ini_get("error_reporting"), "E_ALL");
    end_request();
    start_request();
    EXPECT_EQ(m_context->error_reporting, E_ALL);
    EXPECT_EQ(ini_get("error_reporting"), "");
}

TEST_F(Ini, AssertionsCannotBeCompiledOutAtRunTime)
{
    EXPECT_FALSE(ini_set("zend.assertions", "-1"));
    EXPECT_EQ(m_streams.out, "\nWarning: zend.assertions may be completely enabled or disabled only in php.ini in "
                             "/t/a.php on line 3\n");
    EXPECT_TRUE(ini_set("zend.assertions", "0"));
    EXPECT_TRUE(ini_set("zend.assertions", "1"));
}

TEST_F(Ini, QuantitySettingsWarnAboutMalformedText)
{
    EXPECT_TRUE(ini_set("error_log_mode", "10x"));
    EXPECT_TRUE(ini_set("error_log_mode", "1 K"));
    EXPECT_EQ(m_streams.out, "\nWarning: Invalid \"error_log_mode\" setting. Invalid quantity \"10x\": unknown "
                             "multiplier \"x\", interpreting as \"10\" for backwards compatibility in /t/a.php on "
                             "line 3\n");
    EXPECT_FALSE(ini_set("zend.exception_string_param_max_len", "2000000"));
}

TEST(IniParsing, BooleansAsPhpReadsThem)
{
    for (const char* yes : { "On", "on", "YES", "true", "True", "1", "2", "-1", "10abc" })
        EXPECT_TRUE(miniphp::ini::parse_bool(yes, std::strlen(yes))) << yes;
    for (const char* no : { "Off", "off", "no", "false", "0", "", "abc", "none" })
        EXPECT_FALSE(miniphp::ini::parse_bool(no, std::strlen(no))) << no;
}

TEST_F(Ini, QuantitiesWithMultipliers)
{
    auto quantity = [](const char* text) {
        return miniphp::ini::parse_quantity_warn(text, std::strlen(text), "test");
    };
    EXPECT_EQ(quantity("1K"), 1024);
    EXPECT_EQ(quantity("2m"), 2 << 20);
    EXPECT_EQ(quantity("1G"), int64_t(1) << 30);
    EXPECT_EQ(quantity("-1"), -1);
    EXPECT_EQ(quantity("-2K"), -2048);
    EXPECT_EQ(quantity("0x10"), 16);
    EXPECT_EQ(m_streams.out, "");
    EXPECT_EQ(quantity("abc"), 0);
    EXPECT_NE(m_streams.out.find("Invalid \"test\" setting. Invalid quantity \"abc\""), std::string::npos);
}

TEST(IniConfigSyntax, ValuesReadAsPhpsIniScannerReadsThem)
{
    const std::pair<const char*, const char*> cases[] = {
        { "Off", "" }, { "On", "1" }, { "yes", "1" }, { "no", "" }, { "none", "" }, { "true", "1" },
        { "false", "" }, { "null", "" }, { "E_ALL & ~E_NOTICE", "32759" }, { "1|2", "3" }, { "~0", "~0" },
        { "abc", "abc" }, { "E_ALL", "32767" }, { "\"E_ALL\"", "E_ALL" }, { "a b", "a b" }, { "2 + 3", "2 + 3" },
        { "foo;bar", "foo" }, { "!1", "!1" }, { "E_NOTICE^E_ALL", "32759" }, { "1 ; c", "1" }, { "128M", "128M" },
        { "  14  ", "14" },
    };
    for (const auto& [input, expected] : cases) {
        char out[256];
        size_t length = miniphp::ini::normalize_config_value(input, std::strlen(input), out, sizeof out);
        ASSERT_LT(length, sizeof out);
        EXPECT_EQ(std::string(out, length), expected) << input;
    }
}

class IniConfigured : public EngineTest {
protected:
    std::vector<std::pair<std::string, std::string>> config() const override
    {
        return { { "error_reporting", "E_ALL & ~E_WARNING" }, { "display_errors", "Off" },
                 { "memory_limit", "256M" }, { "precision", "-5" }, { "html_errors", "On" },
                 { "my_ext.later", "configured" } };
    }
};

TEST_F(IniConfigured, CommandLineValuesBecomeTheStartupValues)
{
    EXPECT_EQ(ini_get("error_reporting"), "32765");
    EXPECT_EQ(m_context->error_reporting, 32765);
    EXPECT_EQ(ini_get("display_errors"), "");
    EXPECT_EQ(ini_get("html_errors"), "1");
    EXPECT_EQ(ini_get("memory_limit"), "256M");
    EXPECT_EQ(miniphp::memory::memory_limit(), size_t(256) << 20);
    EXPECT_EQ(ini_get("precision"), "14"); // refused by its callback: the default stays
    // ini_restore goes back to the configured value, not the built-in default.
    EXPECT_TRUE(ini_set("memory_limit", "64M"));
    EXPECT_TRUE(miniphp::ini::restore("memory_limit", 12));
    EXPECT_EQ(ini_get("memory_limit"), "256M");
}

int g_checked_values = 0;

PHP_INI_MH(on_modify_positive)
{
    ++g_checked_values;
    return new_value && std::atoi(new_value) > 0;
}

PHP_INI_BEGIN()
PHP_INI_ENTRY("my_ext.size", "8", PHP_INI_ALL, on_modify_positive)
PHP_INI_ENTRY("my_ext.later", "default", PHP_INI_ALL, nullptr)
PHP_INI_ENTRY("my_ext.system", nullptr, PHP_INI_SYSTEM, nullptr)
PHP_INI_END()

TEST_F(IniConfigured, ExtensionsRegisterTablesAndGetTheirConfiguration)
{
    const int module_number = 7;
    g_checked_values = 0;
    ASSERT_TRUE(REGISTER_INI_ENTRIES());
    EXPECT_EQ(g_checked_values, 1);
    EXPECT_EQ(INI_INT("my_ext.size"), 8);
    EXPECT_EQ(ini_get("my_ext.later"), "configured");
    EXPECT_EQ(ini_get("my_ext.system"), "");
    EXPECT_EQ(miniphp::ini::get("my_ext.system", 13), std::string());

    EXPECT_FALSE(ini_set("my_ext.size", "0"));
    EXPECT_TRUE(ini_set("my_ext.size", "32"));
    EXPECT_EQ(INI_INT("my_ext.size"), 32);
    miniphp::ini::Entry* entry = miniphp::ini::find("my_ext.size");
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->long_value, 32);
    EXPECT_FALSE(ini_set("my_ext.system", "x"));
    EXPECT_TRUE(miniphp::ini::alter("my_ext.system", 13, "x", 1, PHP_INI_SYSTEM, Stage::Startup));
    EXPECT_EQ(ini_get("my_ext.system"), "x");

    // A second registration of the same names fails as a whole.
    EXPECT_FALSE(miniphp::ini::register_entries(ini_entries, 8));
    EXPECT_EQ(ini_get("my_ext.size"), "32");

    UNREGISTER_INI_ENTRIES();
    EXPECT_EQ(ini_get("my_ext.size"), "<false>");
    EXPECT_EQ(ini_get("precision"), "14");
}

TEST_F(Ini, EntriesAreVisitedInNameOrder)
{
    std::vector<std::string> names;
    miniphp::ini::for_each(
        [](void* user, const miniphp::ini::Entry* entry) {
            static_cast<std::vector<std::string>*>(user)->emplace_back(entry->name, entry->name_length);
        },
        &names);
    ASSERT_GT(names.size(), 40u);
    EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
    EXPECT_EQ(names.front(), "allow_url_fopen");
}

}

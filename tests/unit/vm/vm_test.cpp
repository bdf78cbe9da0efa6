// The VM's tests: PHP scripts run in-process and compared byte for byte with what `php -n` prints.
//
// Two kinds:
//   - the cases in cases/: each NAME.php is run as /tmp/miniphp-vm-cases/NAME.php and must print
//     exactly cases/NAME.out (and exit with cases/NAME.status when that exists), which
//     update_expectations.sh produced with real PHP 8.2;
//   - the tests below, for properties an output comparison does not show (request memory left after a
//     clean run, deep recursion, a run after a fatal error).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "engine/vm/execute_data.h"
#include "engine/vm/function_table.h"
#include "sapi/embed/embed.h"
#include "tests/unit/vm/script_runner.h"

namespace {

using miniphp::testing::run_script;
using miniphp::testing::ScriptOptions;
using miniphp::testing::ScriptResult;

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::vector<std::string> case_names()
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(MINIPHP_VM_CASES_DIR)) {
        if (entry.path().extension() == ".php")
            names.push_back(entry.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

class ScriptCase : public ::testing::TestWithParam<std::string> { };

TEST_P(ScriptCase, PrintsWhatPhpPrints)
{
    const std::filesystem::path dir(MINIPHP_VM_CASES_DIR);
    const std::string name = GetParam();
    const std::string source = read_file(dir / (name + ".php"));
    const std::string expected = read_file(dir / (name + ".out"));
    int expected_status = 0;
    if (std::filesystem::exists(dir / (name + ".status")))
        expected_status = std::stoi(read_file(dir / (name + ".status")));
    const std::string file_name = "/tmp/miniphp-vm-cases/" + name + ".php";
    ScriptOptions options;
    options.file_name = file_name.c_str();
    ScriptResult result = run_script(source, options);
    EXPECT_EQ(result.output, expected);
    EXPECT_EQ(result.status, expected_status);
    EXPECT_EQ(result.leaked_bytes, 0u) << "request memory left after a clean run";
}

INSTANTIATE_TEST_SUITE_P(Cases, ScriptCase, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

std::string run(const std::string& source) { return run_script(source).output; }

TEST(Vm, EchoesLiterals)
{
    EXPECT_EQ(run("<?php echo 1, 'a', 2.5;"), "1a2.5");
    EXPECT_EQ(run("just html"), "just html");
}

TEST(Vm, RecursionDoesNotUseTheCStack)
{
    // Far deeper than the C stack would allow if each PHP call were a C call.
    ScriptResult result = run_script("<?php function d($n) { return $n == 0 ? 0 : 1 + d($n - 1); } echo d(200000);");
    EXPECT_EQ(result.output, "200000");
    EXPECT_EQ(result.leaked_bytes, 0u);
}

TEST(Vm, ArraysAreCopiedOnWrite)
{
    EXPECT_EQ(run("<?php $a = [1]; $b = $a; $b[] = 2; $c = $b; $c[0] = 9;"
                  "foreach ([$a, $b, $c] as $x) { foreach ($x as $v) echo $v; echo ' '; }"),
              "1 12 92 ");
}

TEST(Vm, ReferencesSurviveCallsAndGlobals)
{
    EXPECT_EQ(run("<?php $x = 1; function f() { global $x; $y = &$x; $y = 5; } f(); echo $x;"), "5");
}

TEST(Vm, AFatalErrorEndsTheRequestAndTheNextOneIsClean)
{
    ScriptResult failed = run_script("<?php echo 'a'; undefined_fn(); echo 'b';");
    EXPECT_TRUE(failed.failed);
    EXPECT_EQ(failed.status, 255);
    EXPECT_EQ(failed.output.substr(0, 1), "a");
    ScriptResult next = run_script("<?php echo 'c';");
    EXPECT_FALSE(next.failed);
    EXPECT_EQ(next.output, "c");
}

TEST(Vm, TooFewArgumentsIsAnArgumentCountError)
{
    // FIXME(exceptions): PHP's stack trace also lists the call ("#0 FILE(3): two(1)"); until exceptions
    // exist, uncaught errors print only "#0 {main}", so only the message is compared.
    ScriptResult result = run_script("<?php\nfunction two($a, $b) { return $a + $b; }\necho two(1);\n");
    EXPECT_EQ(result.status, 255);
    EXPECT_EQ(result.output.substr(0, result.output.find('#')),
              "\nFatal error: Uncaught ArgumentCountError: Too few arguments to function two(), 1 passed in "
              "/tmp/test.php on line 3 and exactly 2 expected in /tmp/test.php:2\nStack trace:\n");
}

// ext/standard's argument errors through zend_parse_parameters: PHP 8's texts, parameter names from
// the module's arginfo. FIXME(exceptions): PHP's trace also lists the call ("#0 FILE(2): f(...)"); only
// the message is compared until exceptions exist.
TEST(Vm, BuiltinArgumentErrorsUsePhpTexts)
{
    const std::pair<const char*, const char*> cases[] = {
        {"strlen([]);", "TypeError: strlen(): Argument #1 ($string) must be of type string, array given"},
        {"strlen();", "ArgumentCountError: strlen() expects exactly 1 argument, 0 given"},
        {"str_repeat('x');", "ArgumentCountError: str_repeat() expects exactly 2 arguments, 1 given"},
        {"str_repeat('x', 1, 2);", "ArgumentCountError: str_repeat() expects exactly 2 arguments, 3 given"},
        {"str_repeat('x', -1);", "ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0"},
        {"str_repeat('x', 'abc');", "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given"},
        {"str_repeat('x', 1e30);", "TypeError: str_repeat(): Argument #2 ($times) must be of type int, float given"},
        {"count([], 3);", "ValueError: count(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE"},
        {"max([]);", "ValueError: max(): Argument #1 ($value) must contain at least one element"},
        {"max(1);", "TypeError: max(): Argument #1 ($value) must be of type array, int given"},
        {"min();", "ArgumentCountError: min() expects at least 1 argument, 0 given"},
        {"var_dump();", "ArgumentCountError: var_dump() expects at least 1 argument, 0 given"},
        {"print_r(1, true, 3);", "ArgumentCountError: print_r() expects at most 2 arguments, 3 given"},
        {"abs('x');", "TypeError: abs(): Argument #1 ($num) must be of type int|float, string given"},
        {"implode('x');", "TypeError: implode(): Argument #1 ($array) must be of type array, string given"},
        {"implode([], []);", "TypeError: implode(): Argument #1 ($separator) must be of type string, array given"},
        {"print_r([], []);", "TypeError: print_r(): Argument #2 ($return) must be of type bool, array given"},
    };
    for (const auto& [code, message] : cases) {
        ScriptResult result = run_script(std::string("<?php\n") + code + "\n");
        EXPECT_EQ(result.status, 255) << code;
        const std::string expected = std::string("\nFatal error: Uncaught ") + message + " in /tmp/test.php:2\nStack trace:\n";
        EXPECT_EQ(result.output.substr(0, expected.size()), expected) << code;
    }
}

// Internal functions in PHP_FUNCTION's shape: arguments read from the frame, result in return_value.
void test_sum(zend_execute_data* execute_data, zval* return_value)
{
    zend_long sum = 0;
    for (uint32_t i = 1; i <= ZEND_NUM_ARGS(); ++i) {
        zval* argument = ZEND_ARG(i);
        if (Z_TYPE_P(argument) == IS_LONG)
            sum += Z_LVAL_P(argument);
    }
    ZVAL_LONG(return_value, sum);
}

void test_set_ref(zend_execute_data* execute_data, zval* return_value)
{
    zval* target = ZEND_ARG(1);
    ASSERT_TRUE(Z_ISREF_P(target));
    zval* value = Z_REFVAL_P(target);
    zval_ptr_dtor(value);
    ZVAL_STRINGL(value, "set by C", 8);
    ZVAL_TRUE(return_value);
}

// Internal functions belong to the engine they were registered with (Context::internal_functions): these
// two are registered on one engine, outside the standard module, and called from its requests.
TEST(Vm, CallsInternalFunctions)
{
    std::string output;
    miniphp::embed::EngineConfig config;
    config.host.user = &output;
    config.host.write = [](void* user, const char* data, size_t length) {
        static_cast<std::string*>(user)->append(data, length);
        return length;
    };
    miniphp::embed::Engine engine(config);
    miniphp::vm::register_internal_function("test_sum", test_sum);
    static const char* const set_ref_args[] = {"&target", nullptr};
    miniphp::vm::register_internal_function("test_set_ref", test_set_ref, set_ref_args);
    auto run = [&](const std::string& source) {
        output.clear();
        return engine.run(source.c_str(), source.size(), "/tmp/test.php");
    };
    run("<?php echo TEST_SUM(1, 2, 3); function test_sum() {}");
    EXPECT_EQ(output.substr(0, 29), "\nFatal error: Cannot redeclar");
    miniphp::embed::RequestResult result = run(
        "<?php echo TEST_SUM(1, 2, 3), ' ', test_sum(), ' ', test_sum(test_sum(4), 5);"
        "$x = [1]; $ok = test_set_ref($x); echo ' ', $x, ' ', $ok;"
        "test_set_ref($fresh); echo ' ', $fresh;");
    EXPECT_EQ(output, "6 0 9 set by C 1 set by C");
    EXPECT_EQ(result.leaked_bytes, 0u);

    // Another engine does not see them.
    ScriptResult elsewhere = run_script("<?php test_sum(1);");
    EXPECT_NE(elsewhere.output.find("Call to undefined function test_sum()"), std::string::npos);
}

TEST(Vm, ParseErrorsAreReported)
{
    ScriptResult result = run_script("<?php echo 1 +;");
    EXPECT_EQ(result.status, 255);
    EXPECT_EQ(result.output, "\nParse error: syntax error, unexpected token \";\" in /tmp/test.php on line 1\n");
}

TEST(Vm, LongLoopsRunWithoutLeaking)
{
    ScriptResult result = run_script("<?php $s = 0; $t = ''; for ($i = 0; $i < 100000; $i++) { $s += $i; $t .= 'x'; }"
                                     "echo $s, ' ', strlen_free($t); function strlen_free($t) { $n = 0; "
                                     "for ($i = 0; isset($t[$i]); $i++) $n++; return $n; }");
    EXPECT_EQ(result.output, "4999950000 100000");
    EXPECT_EQ(result.leaked_bytes, 0u);
}

} // namespace

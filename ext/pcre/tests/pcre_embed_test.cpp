// The pcre module in a long-lived host: the compiled-pattern cache outlives the requests that filled it (its
// keys are copies, never a request's interned literals), a fatal error in the middle of a preg_* call leaves
// the next request clean, each engine of a thread has its own state, and no request leaks.
#include <gtest/gtest.h>

#include <string>

#include "sapi/embed/embed.h"

namespace {

miniphp::embed::EngineConfig capturing_config(std::string* output)
{
    miniphp::embed::EngineConfig config;
    config.host.user = output;
    config.host.write = [](void* user, const char* data, size_t length) {
        static_cast<std::string*>(user)->append(data, length);
        return length;
    };
    config.host.write_error = [](void*, const char*, size_t length) { return length; };
    config.host.log = [](void*, const char*, size_t) {};
    return config;
}

miniphp::embed::RequestResult run(miniphp::embed::Engine& engine, std::string* output, const std::string& source)
{
    output->clear();
    return engine.run(source.c_str(), source.size(), "/embed/pcre.php");
}

} // namespace

TEST(Pcre, CachedPatternsServeLaterRequests)
{
    std::string output;
    miniphp::embed::Engine engine(capturing_config(&output));
    const std::string script = "<?php preg_match('/(?<w>b+)/', 'abbc', $m); echo $m['w'], preg_replace('/b/', 'x', 'abc'),"
                               " preg_last_error();";
    for (int i = 0; i < 3; ++i) {
        miniphp::embed::RequestResult result = run(engine, &output, script);
        EXPECT_EQ(output, "bbaxc0");
        EXPECT_FALSE(result.failed);
        EXPECT_EQ(result.leaked_bytes, 0u);
    }
}

TEST(Pcre, ManyPatternsFillAndTrimTheCache)
{
    std::string output;
    miniphp::embed::Engine engine(capturing_config(&output));
    // More distinct patterns than the cache holds (4096): the oldest are dropped and compiled again.
    const std::string script = "<?php $n = 0; for ($i = 0; $i < 5000; $i++) { $n += preg_match('/a' . $i . '/', 'a' . $i); }"
                               " echo $n;";
    for (int i = 0; i < 2; ++i) {
        miniphp::embed::RequestResult result = run(engine, &output, script);
        EXPECT_EQ(output, "5000");
        EXPECT_EQ(result.leaked_bytes, 0u);
    }
}

TEST(Pcre, AFatalErrorInsideAPregCallLeavesTheNextRequestClean)
{
    std::string output;
    miniphp::embed::Engine engine(capturing_config(&output));
    // The callback dies while preg_replace_callback holds the shared match data and its pattern.
    miniphp::embed::RequestResult failed = run(engine, &output,
        "<?php function f($m) { undefined_function(); } preg_replace_callback('/(a)(b)/', 'f', 'xab');");
    EXPECT_TRUE(failed.failed);
    miniphp::embed::RequestResult result = run(engine, &output,
        "<?php function g($m) { return preg_replace('/b/', 'B', $m[0]); }"
        " echo preg_replace_callback('/(a)(b)/', 'g', 'xab'), preg_match_all('/a/', 'aaa'), preg_last_error();");
    EXPECT_EQ(output, "xaB30");
    EXPECT_FALSE(result.failed);
    EXPECT_EQ(result.leaked_bytes, 0u);
}

TEST(Pcre, EachEngineHasItsOwnState)
{
    std::string first_output;
    std::string second_output;
    miniphp::embed::Engine first(capturing_config(&first_output));
    run(first, &first_output, "<?php preg_match('/(/', 'x'); echo preg_last_error();");
    EXPECT_NE(first_output.find("Compilation failed"), std::string::npos);
    {
        miniphp::embed::Engine second(capturing_config(&second_output));
        run(second, &second_output, "<?php echo preg_match('/x/', 'x'), preg_last_error();");
        EXPECT_EQ(second_output, "10");
    }
    miniphp::embed::RequestResult result = run(first, &first_output, "<?php echo preg_replace('/x/', 'y', 'x');");
    EXPECT_EQ(first_output, "y");
    EXPECT_EQ(result.leaked_bytes, 0u);
}

// The debug leak report: PHP's format, repeats folded per site, the total, and silence after a bailout.
// Debug builds (MINIPHP_LEAK_REPORT) only.
#include "memory_test_support.h"

#include <regex>

namespace miniphp {
namespace {

using testing_support::BackendTest;

class LeakReport : public BackendTest {
protected:
    void SetUp() override
    {
#if !MINIPHP_HEAP_DEBUG
        GTEST_SKIP() << "the leak report needs MINIPHP_LEAK_REPORT";
#endif
        BackendTest::SetUp();
    }

    // Ends the request (reporting as PHP would) and returns what went to stderr.
    std::string end_request_and_capture()
    {
        ::testing::internal::CaptureStderr();
        request_shutdown();
        std::string output = ::testing::internal::GetCapturedStderr();
        request_startup("test.php");
        return output;
    }
};
MINIPHP_FOR_EACH_BACKEND(LeakReport);

// PHP's lines, as regular expressions. The date is asctime's ("Mon Nov 23 14:28:04 2026").
const std::string kScriptLine = R"(\[\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\]  Script:  'test\.php'\n)";
const std::string kAddress = R"(0x[0-9a-f]{16})";

std::string leak_line(int line, size_t size)
{
    return std::string(R"([^\n]*leak_report_test\.cpp\()") + std::to_string(line) + R"(\) :  Freeing )" + kAddress +
           " \\(" + std::to_string(size) + R"( bytes\), script=test\.php\n)";
}

TEST_P(LeakReport, OneLeakInPhpsFormat)
{
    int line = __LINE__ + 1;
    void* leaked = emalloc(32);
    (void)leaked;
    std::string output = end_request_and_capture();
    std::regex expected("^" + kScriptLine + leak_line(line, 32) + "=== Total 1 memory leaks detected ===\n$");
    EXPECT_TRUE(std::regex_match(output, expected)) << output;
}

TEST_P(LeakReport, NamesTheAddressItGaveOut)
{
    void* leaked = emalloc(79);
    char address[32];
    std::snprintf(address, sizeof address, "0x%016zx", reinterpret_cast<size_t>(leaked));
    std::string output = end_request_and_capture();
    EXPECT_NE(output.find(std::string("Freeing ") + address + " (79 bytes)"), std::string::npos) << output;
}

TEST_P(LeakReport, RepeatsFromOneSiteAreFolded)
{
    int repeated_line = 0, single_line = 0;
    for (int index = 0; index < 3; ++index) {
        repeated_line = __LINE__ + 1;
        emalloc(16);
    }
    for (int index = 0; index < 2; ++index) {
        single_line = __LINE__ + 1;
        emalloc(5000);
    }
    std::string output = end_request_and_capture();
    // Address order decides which site comes first; check each site's group and the total.
    std::regex repeated(kScriptLine + leak_line(repeated_line, 16) + "Last leak repeated 2 times\n");
    std::regex twice(kScriptLine + leak_line(single_line, 5000) + "Last leak repeated 1 time\n");
    EXPECT_TRUE(std::regex_search(output, repeated)) << output;
    EXPECT_TRUE(std::regex_search(output, twice)) << output;
    EXPECT_TRUE(output.ends_with("=== Total 5 memory leaks detected ===\n")) << output;
    EXPECT_EQ(std::count(output.begin(), output.end(), '\n'), 2 * 3 + 1);
}

TEST_P(LeakReport, HugeAndRelayedSites)
{
    int line = __LINE__ + 1;
    char* copy = estrndup("relayed through estrndup", 7);
    emalloc(3u << 20);
    (void)copy;
    std::string output = end_request_and_capture();
    EXPECT_TRUE(std::regex_search(output, std::regex(leak_line(line, 8)))) << output;
    EXPECT_NE(output.find("(3145728 bytes)"), std::string::npos) << output;
    EXPECT_TRUE(output.ends_with("=== Total 2 memory leaks detected ===\n")) << output;
}

TEST_P(LeakReport, NothingWhenEverythingWasFreed)
{
    void* block = emalloc(100);
    char* text = estrdup("freed");
    efree(text);
    efree(block);
    EXPECT_EQ(end_request_and_capture(), "");
}

TEST_P(LeakReport, NothingAfterABailout)
{
    record_errors();
    MINIPHP_TRY {
        emalloc(64);
        emalloc(100000);
        zend_error(E_ERROR, "the script died");
    } MINIPHP_CATCH {
    } MINIPHP_END_TRY
    EXPECT_STREQ(m_errors.last_message, "the script died");
    EXPECT_EQ(end_request_and_capture(), "");
    EXPECT_EQ(memory::memory_usage(false), 0u);
}

TEST_P(LeakReport, NothingWhenWarningsAreNotReported)
{
    m_context->error_reporting = E_ALL & ~E_WARNING;
    emalloc(10);
    EXPECT_EQ(end_request_and_capture(), "");
}

TEST_P(LeakReport, ScriptPathDefaultsToDash)
{
    request_shutdown();
    request_startup(nullptr);
    emalloc(10);
    ::testing::internal::CaptureStderr();
    request_shutdown();
    std::string output = ::testing::internal::GetCapturedStderr();
    request_startup("test.php");
    EXPECT_NE(output.find("Script:  '-'\n"), std::string::npos) << output;
    EXPECT_NE(output.find("(10 bytes), script=-\n"), std::string::npos) << output;
}

}
}

// The error display: each level's framing with display_errors on, off and "stderr", log_errors (to the host
// and to an error_log file), error_reporting masks, html_errors, error_prepend_string/error_append_string,
// the user error handler hook and the last error. Expected texts are php -n's.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "tests/unit/output/engine_fixture.h"

namespace {

using miniphp::error::display_errors_mode;

class Display : public EngineTest { };

TEST_F(Display, EachLevelIsFramedWithPhpsName)
{
    const std::pair<int, const char*> levels[] = {
        { E_WARNING, "Warning" },
        { E_NOTICE, "Notice" },
        { E_DEPRECATED, "Deprecated" },
        { E_USER_WARNING, "Warning" },
        { E_USER_NOTICE, "Notice" },
        { E_USER_DEPRECATED, "Deprecated" },
        { E_CORE_WARNING, "Warning" },
        { E_COMPILE_WARNING, "Warning" },
        { E_STRICT, "Strict Standards" },
    };
    for (const auto& [type, name] : levels) {
        m_streams.out.clear();
        zend_error(type, "message %d", 7);
        EXPECT_EQ(m_streams.out, std::string("\n") + name + ": message 7 in /t/a.php on line 3\n") << type;
    }
}

TEST_F(Display, FatalLevelsAreFramedAndBailOut)
{
    const std::pair<int, const char*> levels[] = {
        { E_ERROR, "Fatal error" },
        { E_CORE_ERROR, "Fatal error" },
        { E_COMPILE_ERROR, "Fatal error" },
        { E_USER_ERROR, "Fatal error" },
        { E_RECOVERABLE_ERROR, "Recoverable fatal error" },
        { E_PARSE, "Parse error" },
    };
    for (const auto& [type, name] : levels) {
        m_streams.out.clear();
        EXPECT_TRUE(raise_fatal(type, "boom"));
        EXPECT_EQ(m_streams.out, std::string("\n") + name + ": boom in /t/a.php on line 3\n") << type;
    }
}

TEST_F(Display, OutsideAScriptTheFileIsUnknown)
{
    m_context->borrowed_current_file = nullptr;
    m_context->current_line = 0;
    zend_error(E_WARNING, "startup");
    EXPECT_EQ(m_streams.out, "\nWarning: startup in Unknown on line 0\n");
    m_streams.out.clear();
    miniphp::error::report_error(E_COMPILE_ERROR, "Invalid body indentation level", 30,
                                 miniphp::error::kNoActiveFile, 0);
    EXPECT_EQ(m_streams.out, "\nFatal error: Invalid body indentation level in [no active file] on line 0\n");
}

TEST_F(Display, DisplayErrorsOffShowsNothing)
{
    for (const char* off : { "0", "off", "Off", "", "no", "256" }) {
        ASSERT_TRUE(ini_set("display_errors", off));
        zend_error(E_WARNING, "hidden");
    }
    EXPECT_EQ(m_streams.out, "");
    EXPECT_EQ(m_streams.err, "");
    EXPECT_EQ(m_streams.log, "");
}

TEST_F(Display, DisplayErrorsStderrWritesThereWithoutTheBlankLine)
{
    ASSERT_TRUE(ini_set("display_errors", "stderr"));
    ASSERT_TRUE(ini_set("error_prepend_string", "PRE"));
    echo("a");
    zend_error(E_USER_NOTICE, "to stderr");
    echo("b");
    EXPECT_EQ(m_streams.out, "ab");
    EXPECT_EQ(m_streams.err, "Notice: to stderr in /t/a.php on line 3\n");
    EXPECT_EQ(m_streams.order, "oeo");
}

TEST_F(Display, LogErrorsLogsBeforeDisplaying)
{
    ASSERT_TRUE(ini_set("log_errors", "1"));
    echo("a");
    zend_error(E_USER_WARNING, "uw");
    EXPECT_EQ(m_streams.log, "PHP Warning:  uw in /t/a.php on line 3\n");
    EXPECT_EQ(m_streams.out, "a\nWarning: uw in /t/a.php on line 3\n");
    EXPECT_EQ(m_streams.order, "olo");

    // php -n -d log_errors=1 -d display_errors=stderr: both on standard error, log line first.
    m_streams = CapturedStreams {};
    ASSERT_TRUE(ini_set("display_errors", "stderr"));
    EXPECT_TRUE(raise_fatal(E_USER_ERROR, "ue"));
    EXPECT_EQ(m_streams.log, "PHP Fatal error:  ue in /t/a.php on line 3\n");
    EXPECT_EQ(m_streams.err, "Fatal error: ue in /t/a.php on line 3\n");
    EXPECT_EQ(m_streams.order, "le");
}

TEST_F(Display, ErrorLogFileGetsDatedLines)
{
    char path[] = "/tmp/miniphp_error_log_XXXXXX";
    int fd = mkstemp(path);
    ASSERT_GE(fd, 0);
    close(fd);
    ASSERT_TRUE(ini_set("log_errors", "1"));
    ASSERT_TRUE(ini_set("display_errors", "0"));
    ASSERT_TRUE(ini_set("error_log", path));
    zend_error(E_USER_WARNING, "m");
    std::ifstream file(path);
    std::stringstream contents;
    contents << file.rdbuf();
    std::remove(path);
    std::string line = contents.str();
    // "[23-Nov-2026 15:38:11 UTC] PHP Warning:  m in /t/a.php on line 3\n"
    ASSERT_EQ(line.size(), 27 + 38u);
    EXPECT_EQ(line[0], '[');
    EXPECT_EQ(line.substr(21, 6), " UTC] ");
    EXPECT_EQ(line.substr(27), "PHP Warning:  m in /t/a.php on line 3\n");
    EXPECT_EQ(m_streams.log, "");
    EXPECT_EQ(m_streams.out, "");
}

TEST_F(Display, ErrorReportingMasksLevels)
{
    ASSERT_TRUE(ini_set("error_reporting", std::to_string(E_ALL & ~E_NOTICE)));
    zend_error(E_NOTICE, "masked");
    zend_error(E_WARNING, "shown");
    EXPECT_EQ(m_streams.out, "\nWarning: shown in /t/a.php on line 3\n");

    // A masked fatal error is not shown, but still ends the request.
    m_streams.out.clear();
    ASSERT_TRUE(ini_set("error_reporting", "0"));
    EXPECT_TRUE(raise_fatal(E_ERROR, "silent"));
    EXPECT_EQ(m_streams.out, "");
    EXPECT_EQ(m_context->exit_status, 255);
}

TEST_F(Display, CoreWarningsIgnoreTheMask)
{
    ASSERT_TRUE(ini_set("error_reporting", "0"));
    miniphp::error::report_error(E_CORE_WARNING, "core", 4, "Unknown", 0);
    EXPECT_EQ(m_streams.out, "\nWarning: core in Unknown on line 0\n");
}

// php -n -d error_prepend_string=PRE -d error_append_string=APP -r 'trigger_error("m", E_USER_NOTICE);'
TEST_F(Display, PrependAndAppendStringsWrapTheMessage)
{
    ASSERT_TRUE(ini_set("error_prepend_string", "PRE"));
    ASSERT_TRUE(ini_set("error_append_string", "APP"));
    zend_error(E_USER_NOTICE, "m");
    EXPECT_EQ(m_streams.out, "PRE\nNotice: m in /t/a.php on line 3\nAPP");
}

// php -n -d html_errors=1 -r 'trigger_error("<b>&", E_USER_WARNING); echo $x;'
TEST_F(Display, HtmlErrorsUsePhpsMarkup)
{
    ASSERT_TRUE(ini_set("html_errors", "1"));
    zend_error(E_USER_WARNING, "<b>&");
    zend_error(E_WARNING, "Undefined variable $x");
    EXPECT_EQ(m_streams.out, "<br />\n<b>Warning</b>:  <b>& in <b>/t/a.php</b> on line <b>3</b><br />\n"
                             "<br />\n<b>Warning</b>:  Undefined variable $x in <b>/t/a.php</b> on line <b>3</b><br />\n");
    // The engine's own fatal and parse messages are escaped.
    m_streams.out.clear();
    ASSERT_TRUE(ini_set("error_prepend_string", "PRE"));
    ASSERT_TRUE(ini_set("error_append_string", "APP"));
    EXPECT_TRUE(raise_fatal(E_ERROR, "<b>&\""));
    EXPECT_EQ(m_streams.out, "PRE<br />\n<b>Fatal error</b>:  &lt;b&gt;&amp;&quot; in <b>/t/a.php</b> on line "
                             "<b>3</b><br />\nAPP");
}

// php -n -d ignore_repeated_errors=1: the same message from the same place is shown once.
TEST_F(Display, IgnoreRepeatedErrorsShowsARepeatOnce)
{
    ASSERT_TRUE(ini_set("ignore_repeated_errors", "1"));
    zend_error(E_USER_WARNING, "m");
    zend_error(E_USER_WARNING, "m");
    m_context->current_line = 4;
    zend_error(E_USER_WARNING, "m");
    EXPECT_EQ(m_streams.out, "\nWarning: m in /t/a.php on line 3\n\nWarning: m in /t/a.php on line 4\n");
    ASSERT_TRUE(ini_set("ignore_repeated_source", "1"));
    m_context->current_line = 5;
    zend_error(E_USER_WARNING, "m");
    EXPECT_EQ(m_streams.out, "\nWarning: m in /t/a.php on line 3\n\nWarning: m in /t/a.php on line 4\n");
}

TEST_F(Display, TheLastErrorIsKept)
{
    miniphp::error::LastErrorView last {};
    EXPECT_FALSE(miniphp::error::last_error(&last));
    zend_error(E_USER_WARNING, "first");
    zend_error(E_USER_NOTICE, "second");
    ASSERT_TRUE(miniphp::error::last_error(&last));
    EXPECT_EQ(last.type, E_USER_NOTICE);
    EXPECT_EQ(std::string(last.message, last.message_length), "second");
    EXPECT_STREQ(last.file, "/t/a.php");
    EXPECT_EQ(last.line, 3u);
    miniphp::error::clear_last_error();
    EXPECT_FALSE(miniphp::error::last_error(&last));
}

struct HandlerLog {
    std::string seen;
    bool handle = true;
};

bool user_handler(void* user, int type, const char* message, size_t length, const char* file, uint32_t line)
{
    auto* log = static_cast<HandlerLog*>(user);
    log->seen += std::to_string(type) + ":" + std::string(message, length) + "@" + file + ":" + std::to_string(line) + ";";
    // An error raised inside the handler is displayed as usual: the handler is unset while it runs.
    if (std::string(message, length) == "nested")
        zend_error(E_USER_NOTICE, "from inside");
    return log->handle;
}

TEST_F(Display, TheUserHandlerSeesErrorsFirst)
{
    HandlerLog log;
    miniphp::error::set_user_error_handler(user_handler, &log, E_ALL);
    zend_error(E_USER_WARNING, "handled");
    EXPECT_EQ(log.seen, "512:handled@/t/a.php:3;");
    EXPECT_EQ(m_streams.out, "");

    log.handle = false;
    zend_error(E_USER_WARNING, "declined");
    EXPECT_EQ(m_streams.out, "\nWarning: declined in /t/a.php on line 3\n");

    m_streams.out.clear();
    log.handle = true;
    zend_error(E_USER_WARNING, "nested");
    EXPECT_EQ(m_streams.out, "\nNotice: from inside in /t/a.php on line 3\n");

    // Never for the levels PHP keeps from user code.
    m_streams.out.clear();
    log.seen.clear();
    EXPECT_TRUE(raise_fatal(E_ERROR, "fatal"));
    EXPECT_EQ(log.seen, "");
    EXPECT_EQ(m_streams.out, "\nFatal error: fatal in /t/a.php on line 3\n");

    // Only the levels in its mask.
    m_streams.out.clear();
    miniphp::error::set_user_error_handler(user_handler, &log, E_USER_NOTICE);
    zend_error(E_USER_WARNING, "not mine");
    EXPECT_EQ(log.seen, "");
    EXPECT_EQ(m_streams.out, "\nWarning: not mine in /t/a.php on line 3\n");
    miniphp::error::set_user_error_handler(nullptr, nullptr, E_ALL);
}

TEST(DisplayErrorsMode, ReadAsPhpReadsIt)
{
    const std::pair<const char*, int> cases[] = {
        { "1", 1 }, { "On", 1 }, { "yes", 1 }, { "TRUE", 1 }, { "stdout", 1 }, { "stderr", 2 }, { "STDERR", 2 },
        { "2", 2 }, { "0", 0 }, { "", 0 }, { "off", 0 }, { "5", 1 }, { "256", 0 }, { "abc", 0 },
    };
    for (const auto& [value, mode] : cases)
        EXPECT_EQ(display_errors_mode(value, std::strlen(value)), mode) << value;
}

class DisplayConfiguredOff : public EngineTest {
protected:
    std::vector<std::pair<std::string, std::string>> config() const override
    {
        return { { "display_errors", "0" }, { "log_errors", "On" } };
    }
};

TEST_F(DisplayConfiguredOff, OnlyTheLogLineRemains)
{
    zend_error(E_DEPRECATED, "old");
    EXPECT_EQ(m_streams.out, "");
    EXPECT_EQ(m_streams.log, "PHP Deprecated:  old in /t/a.php on line 3\n");
}

}

// Bailout and the fatal-error path: nested try points, zend_error's hook and PHP's log line, and a bailout
// from deep frames full of request allocations that leaves nothing behind once the request ends.
#include "memory_test_support.h"

namespace miniphp {
namespace {

using testing_support::BackendTest;
using testing_support::RequestTest;

class Bailout : public RequestTest {};

TEST_F(Bailout, TryWithoutBailoutRunsOnlyTheBody)
{
    volatile int body = 0, handler = 0;
    MINIPHP_TRY {
        body = 1;
    } MINIPHP_CATCH {
        handler = 1;
    } MINIPHP_END_TRY
    EXPECT_EQ(body, 1);
    EXPECT_EQ(handler, 0);
    EXPECT_EQ(m_context->bailout, nullptr);
    EXPECT_FALSE(m_context->request_failed);
}

TEST_F(Bailout, JumpsToTheCatchAndPopsTheTryPoint)
{
    volatile int reached = 0;
    MINIPHP_TRY {
        zend_bailout();
        reached = 1;
    } MINIPHP_CATCH {
        reached = 2;
        EXPECT_EQ(m_context->bailout, nullptr) << "the catch block runs outside its own try point";
    } MINIPHP_END_TRY
    EXPECT_EQ(reached, 2);
    EXPECT_EQ(m_context->bailout, nullptr);
    EXPECT_TRUE(m_context->request_failed);
}

TEST_F(Bailout, NestedTryPointsPassBailoutsOutwards)
{
    volatile int inner_caught = 0, outer_caught = 0, after_inner = 0;
    MINIPHP_TRY {
        MINIPHP_TRY {
            error::bailout();
        } MINIPHP_CATCH {
            inner_caught = 1;
            error::bailout(); // not handled here: hand it on
        } MINIPHP_END_TRY
        after_inner = 1;
    } MINIPHP_CATCH {
        outer_caught = 1;
    } MINIPHP_END_TRY
    EXPECT_EQ(inner_caught, 1);
    EXPECT_EQ(after_inner, 0);
    EXPECT_EQ(outer_caught, 1);
    EXPECT_EQ(m_context->bailout, nullptr);
}

TEST_F(Bailout, AnInnerCatchThatHandlesItLetsTheOuterBodyContinue)
{
    volatile int after_inner = 0, outer_caught = 0;
    error::BailoutPoint* outer_point = nullptr;
    zend_try {
        outer_point = m_context->bailout;
        zend_try {
            zend_bailout();
        } zend_catch {
            EXPECT_EQ(m_context->bailout, outer_point);
        } zend_end_try();
        EXPECT_EQ(m_context->bailout, outer_point);
        after_inner = 1;
    } zend_catch {
        outer_caught = 1;
    } zend_end_try();
    EXPECT_EQ(after_inner, 1);
    EXPECT_EQ(outer_caught, 0);
}

TEST_F(Bailout, NonFatalErrorsReturn)
{
    record_errors();
    zend_error(E_WARNING, "Undefined variable $%s", "x");
    EXPECT_EQ(m_errors.count, 1);
    EXPECT_EQ(m_errors.last_type, E_WARNING);
    EXPECT_STREQ(m_errors.last_message, "Undefined variable $x");
    EXPECT_FALSE(m_context->request_failed);
}

TEST_F(Bailout, FatalErrorsRecordFailureAndBailOut)
{
    record_errors();
    volatile bool after = false, caught = false;
    MINIPHP_TRY {
        zend_error(E_ERROR, "Call to undefined function %s()", "nope");
        after = true;
    } MINIPHP_CATCH {
        caught = true;
    } MINIPHP_END_TRY
    EXPECT_TRUE(caught);
    EXPECT_FALSE(after);
    EXPECT_STREQ(m_errors.last_message, "Call to undefined function nope()");
    EXPECT_TRUE(m_context->request_failed);
    EXPECT_EQ(m_context->exit_status, 255);
}

TEST_F(Bailout, EveryFatalLevelBailsOut)
{
    record_errors();
    for (int type : { E_ERROR, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR, E_RECOVERABLE_ERROR, E_PARSE }) {
        volatile bool caught = false;
        MINIPHP_TRY {
            zend_error(type, "fatal");
        } MINIPHP_CATCH {
            caught = true;
        } MINIPHP_END_TRY
        EXPECT_TRUE(caught) << type;
    }
}

TEST_F(Bailout, LogLineHasPhpsFormat)
{
    char line[256];
    error::format_log_line(line, sizeof line, E_ERROR, "boom", nullptr, 0);
    EXPECT_STREQ(line, "PHP Fatal error:  boom in Unknown on line 0");
    error::format_log_line(line, sizeof line, E_WARNING, "careful", "/srv/a.php", 12);
    EXPECT_STREQ(line, "PHP Warning:  careful in /srv/a.php on line 12");
    error::format_log_line(line, sizeof line, E_PARSE, "syntax error, unexpected end of file", "x.php", 3);
    EXPECT_STREQ(line, "PHP Parse error:  syntax error, unexpected end of file in x.php on line 3");
    error::format_log_line(line, sizeof line, E_DEPRECATED, "old", "x.php", 1);
    EXPECT_STREQ(line, "PHP Deprecated:  old in x.php on line 1");
    error::format_log_line(line, sizeof line, E_NOTICE, "n", "x.php", 1);
    EXPECT_STREQ(line, "PHP Notice:  n in x.php on line 1");
}

TEST_F(Bailout, DefaultHookWritesTheLogLineToStderr)
{
    m_context->borrowed_current_file = "/srv/script.php";
    m_context->current_line = 7;
    ::testing::internal::CaptureStderr();
    MINIPHP_TRY {
        zend_error(E_ERROR, "Allowed memory size of %zu bytes exhausted (tried to allocate %zu bytes)", size_t(2097152),
                   size_t(4096));
    } MINIPHP_CATCH {
    } MINIPHP_END_TRY
    std::string output = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(output, "PHP Fatal error:  Allowed memory size of 2097152 bytes exhausted (tried to allocate 4096 bytes) "
                      "in /srv/script.php on line 7\n");
}

TEST_F(Bailout, LongMessagesAreNotCut)
{
    record_errors();
    std::string long_text(3000, 'a');
    zend_error(E_NOTICE, "%s!", long_text.c_str());
    EXPECT_EQ(std::strlen(m_errors.last_message), sizeof m_errors.last_message - 1) << "the recorder's own bound";
    ::testing::internal::CaptureStderr();
    error::set_error_hook(nullptr, nullptr);
    zend_error(E_NOTICE, "%s!", long_text.c_str());
    std::string output = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(output, "PHP Notice:  " + long_text + "! in Unknown on line 0\n");
}

// error_reporting is applied by the hook, not before it: a user error handler (installed through the hook)
// must see the levels error_reporting hides, as PHP's does. The default hook applies it itself.
TEST_F(Bailout, EveryMessageReachesTheHook)
{
    record_errors();
    m_context->error_reporting = E_ALL & ~E_NOTICE;
    zend_error(E_NOTICE, "hidden by error_reporting");
    EXPECT_EQ(m_errors.count, 1);
    EXPECT_EQ(m_errors.last_type, E_NOTICE);
}

TEST_F(Bailout, TheDefaultHookAppliesErrorReporting)
{
    m_context->error_reporting = E_ALL & ~E_NOTICE;
    ::testing::internal::CaptureStderr();
    zend_error(E_NOTICE, "hidden");
    zend_error(E_WARNING, "shown");
    std::string printed = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(printed, "PHP Warning:  shown in Unknown on line 0\n");
}

TEST(BailoutDeathTest, WithoutATryPointTheProcessExitsWith255)
{
    EXPECT_EXIT(
        {
            ScopedRequest request("test.php");
            error::set_error_hook([](void*, int, const char*, const char*, uint32_t) {}, nullptr);
            zend_error(E_ERROR, "no one to catch this");
        },
        ::testing::ExitedWithCode(255), "bailout without a try point");
}

// --- A bailout from deep frames full of request memory ---

class DeepBailout : public BackendTest {};
MINIPHP_FOR_EACH_BACKEND(DeepBailout);

// Each frame allocates (small, large, and now and then huge) and keeps its blocks in request memory
// only, as the bailout rule asks; the deepest frame raises a fatal error.
struct Frame {
    Frame* caller;
    char* name;
    void* payload;
};

[[gnu::noinline]] void descend(Frame* caller, int depth)
{
    auto* frame = static_cast<Frame*>(emalloc(sizeof(Frame)));
    frame->caller = caller;
    frame->name = estrdup("frame");
    frame->payload = emalloc(depth % 10 == 0 ? 5000 + static_cast<size_t>(depth % 1000) * 20 : 64);
    if (depth % 50 == 0)
        emalloc(3u << 20);
    if (depth == 0) {
        zend_error(E_ERROR, "Maximum function nesting level reached");
        return;
    }
    descend(frame, depth - 1);
    efree(frame->payload); // never reached: the bailout skips every frame's clean-up
    efree(frame->name);
    efree(frame);
}

TEST_P(DeepBailout, UsageReturnsToBaselineWithoutALeakReport)
{
    record_errors();
    size_t baseline = memory::memory_usage(false);
    size_t real_baseline = memory::memory_usage(true);
    volatile bool caught = false;
    MINIPHP_TRY {
        descend(nullptr, 200);
    } MINIPHP_CATCH {
        caught = true;
    } MINIPHP_END_TRY
    ASSERT_TRUE(caught);
    EXPECT_STREQ(m_errors.last_message, "Maximum function nesting level reached");
    EXPECT_GT(memory::memory_usage(false), baseline + 200 * 64);

    ::testing::internal::CaptureStderr();
    request_shutdown();
    std::string output = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(output, "") << "PHP prints no leak report after a bailout";

    request_startup("test.php");
    EXPECT_EQ(memory::memory_usage(false), baseline);
    EXPECT_EQ(memory::memory_usage(true), real_baseline);
    EXPECT_FALSE(m_context->request_failed) << "the next request starts clean";
}

TEST_P(DeepBailout, MemoryExhaustionInADeepFrame)
{
    record_errors();
    ASSERT_TRUE(memory::set_memory_limit(8u << 20));
    volatile bool caught = false;
    MINIPHP_TRY {
        descend(nullptr, 100000); // runs out of memory long before depth 0
    } MINIPHP_CATCH {
        caught = true;
    } MINIPHP_END_TRY
    ASSERT_TRUE(caught);
    EXPECT_NE(std::strstr(m_errors.last_message, "Allowed memory size of 8388608 bytes exhausted"), nullptr)
        << m_errors.last_message;
    ::testing::internal::CaptureStderr();
    request_shutdown();
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
    request_startup("test.php");
    EXPECT_EQ(memory::memory_usage(false), 0u);
}

}
}

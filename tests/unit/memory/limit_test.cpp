// memory_limit: PHP's parsing of the ini value (checked against php -n 8.2), the limit's enforcement
// with PHP's message and a bailout, and lowering the limit below current usage.
#include "memory_test_support.h"

#include <vector>

namespace miniphp {
namespace {

using memory::Backend;
using testing_support::BackendTest;
using testing_support::RequestTest;

struct ParseCase {
    const char* text;
    size_t value;
    const char* warning;
};

// Each value and warning text below is what `php -n` 8.2 reports for ini_set('memory_limit', text).
const ParseCase kParseCases[] = {
    { "128M", 128u << 20, "" },
    { "1g", size_t(1) << 30, "" },
    { " 64 k ", 65536, "" },
    { "-1", SIZE_MAX, "" },
    { "0x10K", 16384, "" },
    { "0b101", 5, "" },
    { "0o17", 15, "" },
    { "+5M", 5u << 20, "" },
    { "0", 0, "" },
    { "", 0, "" },
    { "134217728", 134217728, "" },
    { "abc", 0, "Invalid quantity \"abc\": no valid leading digits, interpreting as \"0\" for backwards compatibility" },
    { "12q", 12, "Invalid quantity \"12q\": unknown multiplier \"q\", interpreting as \"12\" for backwards compatibility" },
    { "08", 0, "Invalid quantity \"08\": unknown multiplier \"8\", interpreting as \"0\" for backwards compatibility" },
    { "0x", 0, "Invalid quantity \"0x\": no digits after base prefix, interpreting as \"0\" for backwards compatibility" },
    { "0x-5", 0, "Invalid quantity \"0x-5\": no digits after base prefix, interpreting as \"0\" for backwards compatibility" },
    { "0z5", 0, "Invalid prefix \"0z\", interpreting as \"0\" for backwards compatibility" },
    { "-2", 2, "Invalid quantity \"-2\": value is out of range, using overflow result for backwards compatibility" },
    { "1 2", 1, "Invalid quantity \"1 2\": unknown multiplier \"2\", interpreting as \"1 \" for backwards compatibility" },
    { "12kk", 12288, "Invalid quantity \"12kk\", interpreting as \"12k\" for backwards compatibility" },
    { "1.5M", 1u << 20, "Invalid quantity \"1.5M\", interpreting as \"1M\" for backwards compatibility" },
    { "-1M", 1u << 20, "Invalid quantity \"-1M\": value is out of range, using overflow result for backwards compatibility" },
    { "99999999999999999999", SIZE_MAX,
      "Invalid quantity \"99999999999999999999\": value is out of range, using overflow result for backwards compatibility" },
    { "x\ty", 0, "Invalid quantity \"x\\ty\": no valid leading digits, interpreting as \"0\" for backwards compatibility" },
};

TEST(MemoryLimitParse, MatchesPhp)
{
    for (const ParseCase& c : kParseCases) {
        char warning[512];
        size_t value = memory::parse_memory_limit(c.text, std::strlen(c.text), warning, sizeof warning);
        EXPECT_EQ(value, c.value) << "'" << c.text << "'";
        EXPECT_STREQ(warning, c.warning) << "'" << c.text << "'";
    }
}

TEST(MemoryLimitParse, TextNeedNotBeTerminated)
{
    const char text[] = { '2', 'M', '9' };
    EXPECT_EQ(memory::parse_memory_limit(text, 2, nullptr, 0), 2u << 20);
}

class MemoryLimit : public BackendTest {};
MINIPHP_FOR_EACH_BACKEND(MemoryLimit);

TEST_P(MemoryLimit, DefaultIs128M) { EXPECT_EQ(memory::memory_limit(), size_t(128) << 20); }

TEST_P(MemoryLimit, ExhaustionRaisesPhpsFatalErrorAndBailsOut)
{
    record_errors();
    ASSERT_TRUE(memory::set_memory_limit(4u << 20));
    volatile bool caught = false;
    volatile bool after = false;
    MINIPHP_TRY {
        emalloc(8u << 20);
        after = true;
    } MINIPHP_CATCH {
        caught = true;
    } MINIPHP_END_TRY
    EXPECT_TRUE(caught);
    EXPECT_FALSE(after);
    EXPECT_EQ(m_errors.last_type, E_ERROR);
    EXPECT_STREQ(m_errors.last_message, "Allowed memory size of 4194304 bytes exhausted (tried to allocate 8388608 bytes)");
    EXPECT_TRUE(m_context->request_failed);
    EXPECT_EQ(m_context->exit_status, 255);
}

TEST_P(MemoryLimit, ManySmallAllocationsHitTheLimitToo)
{
    record_errors();
    ASSERT_TRUE(memory::set_memory_limit(6u << 20));
    volatile size_t count = 0;
    volatile bool caught = false;
    MINIPHP_TRY {
        for (;;) {
            emalloc(1000);
            count = count + 1;
        }
    } MINIPHP_CATCH {
        caught = true;
    } MINIPHP_END_TRY
    EXPECT_TRUE(caught);
    EXPECT_GT(count, 1000u);
    EXPECT_NE(std::strstr(m_errors.last_message, "Allowed memory size of 6291456 bytes exhausted (tried to allocate "),
              nullptr)
        << m_errors.last_message;
    // The request ends cleanly after the bailout, and the next one has its memory back.
    request_shutdown();
    request_startup("test.php");
    EXPECT_EQ(memory::memory_usage(false), 0u);
    void* block = emalloc(1000);
    efree(block);
}

TEST_P(MemoryLimit, MinusOneMeansNoLimit)
{
    EXPECT_TRUE(memory::change_memory_limit("-1", 2));
    EXPECT_EQ(memory::memory_limit(), SIZE_MAX);
    void* big = emalloc(200u << 20);
    efree(big);
}

TEST_P(MemoryLimit, TheErrorPathMayStillAllocate)
{
    struct Allocating {
        static void hook(void* user, int, const char* message, const char*, uint32_t)
        {
            // An output layer formats into request memory; that must work while the limit is hit.
            char* copy = estrdup(message);
            void* more = emalloc(3u << 20);
            *static_cast<bool*>(user) = copy && more;
            efree(more);
            efree(copy);
        }
    };
    bool allocated = false;
    error::set_error_hook(&Allocating::hook, &allocated);
    ASSERT_TRUE(memory::set_memory_limit(3u << 20));
    MINIPHP_TRY {
        emalloc(4u << 20);
    } MINIPHP_CATCH {
    } MINIPHP_END_TRY
    EXPECT_TRUE(allocated);
    // The limit holds again afterwards.
    volatile bool caught = false;
    MINIPHP_TRY {
        emalloc(4u << 20);
    } MINIPHP_CATCH {
        caught = true;
    } MINIPHP_END_TRY
    EXPECT_TRUE(caught);
}

class MemoryLimitChunks : public RequestTest {};

TEST_F(MemoryLimitChunks, CannotGoBelowCurrentUsage)
{
    use_backend(Backend::Chunks);
    record_errors();
    EXPECT_FALSE(memory::set_memory_limit(1u << 20));
    EXPECT_FALSE(memory::change_memory_limit("1M", 2));
    EXPECT_EQ(m_errors.last_type, E_WARNING);
    EXPECT_STREQ(m_errors.last_message, "Failed to set memory limit to 1048576 bytes (Current memory usage is 2097152 bytes)");
    EXPECT_EQ(memory::memory_limit(), size_t(128) << 20);
    EXPECT_FALSE(m_context->request_failed) << "a warning is not fatal";
}

TEST_F(MemoryLimitChunks, MalformedValueWarnsLikePhp)
{
    use_backend(Backend::Chunks);
    record_errors();
    EXPECT_TRUE(memory::change_memory_limit("200000000q", 10));
    EXPECT_EQ(m_errors.count, 1);
    EXPECT_STREQ(m_errors.last_message,
                 "Invalid \"memory_limit\" setting. Invalid quantity \"200000000q\": unknown multiplier \"q\", "
                 "interpreting as \"200000000\" for backwards compatibility");
    EXPECT_EQ(memory::memory_limit(), 200000000u);
}

TEST_F(MemoryLimitChunks, LimitCountsChunksNotBlocks)
{
    use_backend(Backend::Chunks);
    ASSERT_TRUE(memory::set_memory_limit(4u << 20));
    // Two chunks fit in 4 MiB: the main one and one more, each holding one of these.
    std::vector<void*> blocks;
    for (int index = 0; index < 2; ++index)
        blocks.push_back(emalloc(1u << 20));
    EXPECT_EQ(memory::memory_usage(true), 4u << 20);
    for (void* block : blocks)
        efree(block);
}

}
}

namespace miniphp {
namespace {

class FailNthAllocation : public testing_support::BackendTest {};
MINIPHP_FOR_EACH_BACKEND(FailNthAllocation);

// The debug switch that fails the Nth allocation, for testing every failure point of a caller.
TEST_P(FailNthAllocation, EveryFailurePointIsAFatalErrorNotACrash)
{
#if !MINIPHP_HEAP_DEBUG
    GTEST_SKIP() << "fail_allocation_after is a debug switch";
#else
    record_errors();
    for (uint64_t failing = 1; failing <= 40; ++failing) {
        memory::fail_allocation_after(failing);
        volatile uint64_t done = 0;
        MINIPHP_TRY {
            for (int index = 0; index < 30; ++index) {
                char* text = estrdup("abc");
                text = static_cast<char*>(erealloc(text, 100 + static_cast<size_t>(index) * 200));
                done = done + 1;
                (void)text;
            }
        } MINIPHP_CATCH {
        } MINIPHP_END_TRY
        // Each round makes two allocations (estrdup, then erealloc's new block).
        EXPECT_EQ(done, failing <= 60 ? (failing - 1) / 2 : 30u) << failing;
        EXPECT_TRUE(m_context->request_failed);
        request_shutdown();
        request_startup("test.php");
        EXPECT_EQ(memory::memory_usage(false), 0u);
    }
#endif
}

}
}

namespace miniphp {
namespace {

class LimitPerRequest : public testing_support::BackendTest {};
MINIPHP_FOR_EACH_BACKEND(LimitPerRequest);

TEST_P(LimitPerRequest, EachRequestStartsFromTheDefault)
{
    ASSERT_TRUE(memory::set_memory_limit(SIZE_MAX));
    end_request_silently();
    EXPECT_EQ(memory::memory_limit(), size_t(128) << 20) << "like an ini_set() undone at request end";
    memory::set_default_memory_limit(64u << 20);
    end_request_silently();
    EXPECT_EQ(memory::memory_limit(), 64u << 20);
}

}
}

// Misuse detection in debug builds: each bad free is reported with the sites involved, counted, and
// otherwise ignored, so the process goes on with an intact heap.
#include "memory_test_support.h"

#include <cstdlib>

namespace miniphp {
namespace {

using testing_support::BackendTest;

class Misuse : public BackendTest {
protected:
    void SetUp() override
    {
#if !MINIPHP_HEAP_DEBUG
        GTEST_SKIP() << "misuse detection needs MINIPHP_LEAK_REPORT";
#endif
        BackendTest::SetUp();
    }

    void TearDown() override
    {
        if (m_context) {
            // The heap must still work after any misuse.
            void* probe = emalloc(48);
            efree(probe);
        }
        BackendTest::TearDown();
    }

    static std::string site(int line) { return "misuse_test.cpp(" + std::to_string(line) + ")"; }
};
MINIPHP_FOR_EACH_BACKEND(Misuse);

#define CAPTURE(statement)                                    \
    [&] {                                                     \
        ::testing::internal::CaptureStderr();                 \
        statement;                                            \
        return ::testing::internal::GetCapturedStderr();      \
    }()

TEST_P(Misuse, EfreeOfAPersistentBlock)
{
    int allocated_at = __LINE__ + 1;
    void* persistent = pemalloc(40, 1);
    int freed_at = __LINE__ + 1;
    std::string output = CAPTURE(efree(persistent));
    EXPECT_NE(output.find("efree(0x"), std::string::npos) << output;
    EXPECT_NE(output.find(site(freed_at) + ": the block is persistent (40 bytes, allocated by pemalloc(..., 1) at "),
              std::string::npos)
        << output;
    EXPECT_NE(output.find(site(allocated_at) + "); free it with pefree(ptr, 1)"), std::string::npos) << output;
    EXPECT_EQ(memory::misuse_count(), 1u);
    pefree(persistent, 1); // still a valid persistent block
    EXPECT_EQ(memory::misuse_count(), 1u);
}

TEST_P(Misuse, PefreeOfARequestBlock)
{
    int allocated_at = __LINE__ + 1;
    void* block = emalloc(24);
    std::string output = CAPTURE(pefree(block, 1));
    EXPECT_NE(output.find("pefree(0x"), std::string::npos) << output;
    EXPECT_NE(output.find("the block is request memory (24 bytes, allocated by emalloc at "), std::string::npos) << output;
    EXPECT_NE(output.find(site(allocated_at)), std::string::npos) << output;
    EXPECT_EQ(memory::misuse_count(), 1u);
    efree(block);
}

TEST_P(Misuse, DoubleFree)
{
    int allocated_at = __LINE__ + 1;
    void* block = emalloc(100);
    int first_free = __LINE__ + 1;
    efree(block);
    int second_free = __LINE__ + 1;
    std::string output = CAPTURE(efree(block));
    EXPECT_NE(output.find(site(second_free) + ": the block was already freed (100 bytes, allocated at "),
              std::string::npos)
        << output;
    EXPECT_NE(output.find(site(allocated_at) + ", freed at "), std::string::npos) << output;
    EXPECT_NE(output.find(site(first_free) + ")"), std::string::npos) << output;
    EXPECT_EQ(memory::misuse_count(), 1u);
    EXPECT_EQ(memory::memory_usage(false), 0u) << "the second free must not count twice";
}

TEST_P(Misuse, DoubleFreeOfLargeAndHugeBlocks)
{
    for (size_t size : { size_t(20000), size_t(3u << 20) }) {
        void* block = emalloc(size);
        efree(block);
        std::string output = CAPTURE(efree(block));
        EXPECT_NE(output.find("the block was already freed (" + std::to_string(size) + " bytes"), std::string::npos)
            << output;
    }
    EXPECT_EQ(memory::misuse_count(), 2u);
}

TEST_P(Misuse, ForeignPointers)
{
    int on_stack = 0;
    void* from_malloc = std::malloc(32);
    std::string output = CAPTURE(efree(&on_stack));
    EXPECT_NE(output.find("the pointer was not allocated by this heap (foreign pointer)"), std::string::npos) << output;
    output = CAPTURE(efree(from_malloc));
    EXPECT_NE(output.find("foreign pointer"), std::string::npos) << output;
    std::free(from_malloc);
    EXPECT_EQ(memory::misuse_count(), 2u);
}

TEST_P(Misuse, PointerIntoTheMiddleOfABlock)
{
    auto* block = static_cast<char*>(emalloc(64));
    std::string output = CAPTURE(efree(block + 8));
    if (GetParam() == memory::Backend::Chunks)
        EXPECT_NE(output.find("inside the request heap but not at the start of a live block"), std::string::npos) << output;
    else
        EXPECT_NE(output.find("foreign pointer"), std::string::npos) << output;
    efree(block);
    EXPECT_EQ(memory::misuse_count(), 1u);
}

TEST_P(Misuse, WritePastTheEndFoundOnFree)
{
    int allocated_at = __LINE__ + 1;
    auto* block = static_cast<char*>(emalloc(10));
    block[10] = 'x'; // one byte too far
    int freed_at = __LINE__ + 1;
    std::string output = CAPTURE(efree(block));
    EXPECT_NE(output.find("(10 bytes) allocated at "), std::string::npos) << output;
    EXPECT_NE(output.find(site(allocated_at) + " was written past its end (found by efree at "), std::string::npos)
        << output;
    EXPECT_NE(output.find(site(freed_at)), std::string::npos) << output;
    EXPECT_EQ(memory::misuse_count(), 1u);
}

TEST_P(Misuse, WritePastTheEndFoundAtRequestEnd)
{
    int allocated_at = __LINE__ + 1;
    auto* block = static_cast<char*>(emalloc(5000));
    block[5003] = 'x';
    m_context->request_failed = true; // no leak report, only the overrun
    std::string output = CAPTURE(request_shutdown());
    request_startup("test.php");
    EXPECT_NE(output.find(site(allocated_at) + " was written past its end (found at request end)"), std::string::npos)
        << output;
    EXPECT_EQ(memory::misuse_count(), 1u);
}

TEST_P(Misuse, EreallocOfAFreedBlockGivesAFreshOne)
{
    void* block = emalloc(16);
    efree(block);
    void* fresh = nullptr;
    std::string output = CAPTURE(fresh = erealloc(block, 32));
    EXPECT_NE(output.find("erealloc(0x"), std::string::npos) << output;
    EXPECT_NE(output.find("already freed"), std::string::npos) << output;
    ASSERT_NE(fresh, nullptr);
    std::memset(fresh, 0, 32);
    efree(fresh);
}

TEST_P(Misuse, DoublePefree)
{
    void* block = pemalloc(16, 1);
    pefree(block, 1);
    std::string output = CAPTURE(pefree(block, 1));
    EXPECT_NE(output.find("pefree(0x"), std::string::npos) << output;
    EXPECT_NE(output.find("already freed"), std::string::npos) << output;
}

}
}

namespace miniphp {
namespace {

class MisuseSized : public testing_support::BackendTest {};
MINIPHP_FOR_EACH_BACKEND(MisuseSized);

TEST_P(MisuseSized, EfreeSizeWithTheWrongSize)
{
#if !MINIPHP_HEAP_DEBUG
    GTEST_SKIP() << "needs MINIPHP_LEAK_REPORT";
#else
    void* block = emalloc(100);
    ::testing::internal::CaptureStderr();
    efree_size(block, 200);
    std::string output = ::testing::internal::GetCapturedStderr();
    EXPECT_NE(output.find(", 200) at "), std::string::npos) << output;
    EXPECT_NE(output.find("the block has 100 bytes (allocated at "), std::string::npos) << output;
    EXPECT_EQ(memory::memory_usage(false), 0u) << "freed all the same";
    void* right = emalloc(64);
    efree_size(right, 64);
    EXPECT_EQ(memory::misuse_count(), 1u);
#endif
}

}
}

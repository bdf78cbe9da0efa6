// Choosing the backend: MINIPHP_ALLOC=malloc in the environment (PHP's USE_ZEND_ALLOC=0), or set by the
// program; and the System backend's tracking, which lets request end free what the request left.
#include "memory_test_support.h"

#include <cstdlib>
#include <thread>
#include <vector>

namespace miniphp {
namespace {

using memory::Backend;
using testing_support::RequestTest;

// Restores MINIPHP_ALLOC when a test is done with it.
class EnvironmentGuard {
public:
    EnvironmentGuard()
    {
        const char* value = std::getenv("MINIPHP_ALLOC");
        m_had_value = value != nullptr;
        if (value)
            m_value = value;
    }
    ~EnvironmentGuard()
    {
        if (m_had_value)
            setenv("MINIPHP_ALLOC", m_value.c_str(), 1);
        else
            unsetenv("MINIPHP_ALLOC");
    }

private:
    bool m_had_value = false;
    std::string m_value;
};

TEST(BackendChoice, EnvironmentSelectsTheBackend)
{
    EnvironmentGuard guard;
    setenv("MINIPHP_ALLOC", "malloc", 1);
    EXPECT_EQ(memory::backend_from_environment(), Backend::System);
    setenv("MINIPHP_ALLOC", "chunks", 1);
    EXPECT_EQ(memory::backend_from_environment(), Backend::Chunks);
    unsetenv("MINIPHP_ALLOC");
#if defined(__SANITIZE_ADDRESS__)
    EXPECT_EQ(memory::backend_from_environment(), Backend::System) << "sanitizer builds default to malloc";
#else
    EXPECT_EQ(memory::backend_from_environment(), Backend::Chunks);
#endif
}

TEST(BackendChoice, NewContextsFollowTheEnvironment)
{
    EnvironmentGuard guard;
    setenv("MINIPHP_ALLOC", "malloc", 1);
    {
        ScopedRequest request("test.php");
        EXPECT_EQ(request.context()->heap.backend, Backend::System);
        EXPECT_EQ(memory::memory_usage(true), 0u) << "no chunk is mapped";
    }
    setenv("MINIPHP_ALLOC", "chunks", 1);
    {
        ScopedRequest request("test.php");
        EXPECT_EQ(request.context()->heap.backend, Backend::Chunks);
        EXPECT_EQ(memory::memory_usage(true), memory::kChunkSize);
    }
}

class SystemBackend : public RequestTest {
protected:
    void SetUp() override
    {
        RequestTest::SetUp();
        use_backend(Backend::System);
    }
};

TEST_F(SystemBackend, TracksEveryBlockAndFreesThemAtRequestEnd)
{
    for (int index = 0; index < 1000; ++index)
        emalloc(static_cast<size_t>(index) * 13);
    emalloc(3u << 20);
    EXPECT_NE(m_context->heap.system_blocks, nullptr);
    EXPECT_GT(memory::memory_usage(false), 3u << 20);
    end_request_silently();
    EXPECT_EQ(m_context->heap.system_blocks, nullptr);
    EXPECT_EQ(memory::memory_usage(false), 0u);
    EXPECT_EQ(memory::memory_usage(true), 0u);
}

TEST_F(SystemBackend, UsageCountsWhatWasAskedFor)
{
#if MINIPHP_HEAP_DEBUG
    size_t extra = 8; // the guard bytes
#else
    size_t extra = 0;
#endif
    void* block = emalloc(1000);
    EXPECT_EQ(memory::memory_usage(false), 1000 + extra);
    block = erealloc(block, 3000);
    EXPECT_EQ(memory::memory_usage(false), 3000 + extra);
    efree(block);
    EXPECT_EQ(memory::memory_usage(false), 0u);
}

TEST_F(SystemBackend, SwitchingBackAndForthBetweenRequests)
{
    void* block = emalloc(10);
    (void)block;
    m_context->request_failed = true; // the switch discards the request's blocks silently
    use_backend(Backend::Chunks);
    EXPECT_EQ(memory::memory_usage(true), memory::kChunkSize);
    void* small = emalloc(10);
    efree(small);
    use_backend(Backend::System);
    EXPECT_EQ(memory::memory_usage(true), 0u);
    small = emalloc(10);
    efree(small);
}

}
}

namespace miniphp {
namespace {

// No mutable globals: two threads, each with its own context and heap, allocate at the same time.
TEST(Contexts, OneEnginePerThread)
{
    auto work = [](size_t seed, bool* ok) {
        ScopedRequest request("thread.php");
        std::vector<char*> blocks;
        for (size_t index = 0; index < 20000; ++index) {
            char* block = static_cast<char*>(emalloc(8 + (index * seed) % 700));
            block[0] = static_cast<char>(seed);
            blocks.push_back(block);
        }
        bool same = true;
        for (char* block : blocks) {
            same = same && block[0] == static_cast<char>(seed);
            efree(block);
        }
        *ok = same && memory::memory_usage(false) == 0;
    };
    bool first_ok = false, second_ok = false;
    std::thread first(work, 3, &first_ok);
    std::thread second(work, 7, &second_ok);
    first.join();
    second.join();
    EXPECT_TRUE(first_ok);
    EXPECT_TRUE(second_ok);
    EXPECT_EQ(current_context(), nullptr) << "this thread's pointer is untouched";
}

}
}

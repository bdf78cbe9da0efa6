// The emalloc family, the persistent family, the usage counters and request boundaries, on both
// backends.
#include "memory_test_support.h"

#include <cstdint>
#include <vector>

namespace miniphp {
namespace {

using memory::Backend;
using testing_support::BackendTest;

class Heap : public BackendTest {};
MINIPHP_FOR_EACH_BACKEND(Heap);

constexpr size_t kMiB = size_t(1) << 20;

TEST_P(Heap, EverySmallAndLargeSizeIsUsableAndAligned)
{
    std::vector<unsigned char*> blocks;
    for (size_t size = 0; size <= 5000; size += (size < 600 ? 1 : 37)) {
        auto* block = static_cast<unsigned char*>(emalloc(size));
        ASSERT_NE(block, nullptr);
        EXPECT_EQ(reinterpret_cast<uintptr_t>(block) % 8, 0u) << size;
        std::memset(block, static_cast<int>(size & 0xff), size);
        blocks.push_back(block);
    }
    size_t index = 0;
    for (size_t size = 0; size <= 5000; size += (size < 600 ? 1 : 37), ++index) {
        for (size_t byte = 0; byte < size; ++byte)
            ASSERT_EQ(blocks[index][byte], size & 0xff) << size;
        efree(blocks[index]);
    }
    EXPECT_EQ(memory::memory_usage(false), 0u);
}

TEST_P(Heap, EcallocZeroesEvenReusedMemory)
{
    for (size_t size : { size_t(24), size_t(1000), size_t(20000), 3 * kMiB }) {
        void* dirty = emalloc(size);
        std::memset(dirty, 0xff, size);
        efree(dirty);
        auto* clean = static_cast<unsigned char*>(ecalloc(size / 8, 8));
        for (size_t byte = 0; byte < size; ++byte)
            ASSERT_EQ(clean[byte], 0) << size;
        efree(clean);
    }
}

TEST_P(Heap, EreallocKeepsContentsAcrossSmallLargeAndHuge)
{
    auto* block = static_cast<unsigned char*>(emalloc(10));
    for (int byte = 0; byte < 10; ++byte)
        block[byte] = static_cast<unsigned char>(byte + 1);
    size_t filled = 10;
    for (size_t size : { size_t(100), size_t(3000), size_t(5000), size_t(70000), 3 * kMiB, size_t(50000), size_t(40),
                         size_t(6) }) {
        block = static_cast<unsigned char*>(erealloc(block, size));
        size_t keep = std::min(filled, size);
        for (size_t byte = 0; byte < keep; ++byte)
            ASSERT_EQ(block[byte], static_cast<unsigned char>((byte % 251) + 1)) << "after growing to " << size;
        for (size_t byte = keep; byte < size; ++byte)
            block[byte] = static_cast<unsigned char>((byte % 251) + 1);
        filled = size;
    }
    efree(block);
    EXPECT_EQ(memory::memory_usage(false), 0u);
}

TEST_P(Heap, EreallocOfNullAllocates)
{
    void* block = erealloc(nullptr, 64);
    ASSERT_NE(block, nullptr);
    efree(block);
    efree(nullptr); // a no-op, as in PHP
}

TEST_P(Heap, StringDuplicates)
{
    char* copy = estrdup("hello, world");
    EXPECT_STREQ(copy, "hello, world");
    char* prefix = estrndup("hello, world", 5);
    EXPECT_STREQ(prefix, "hello");
    char* binary = estrndup("a\0b", 3);
    EXPECT_EQ(std::memcmp(binary, "a\0b\0", 4), 0);
    efree(copy);
    efree(prefix);
    efree(binary);
}

TEST_P(Heap, SafeEmallocComputesAndChecksTheSize)
{
    auto* block = static_cast<char*>(safe_emalloc(10, 8, 3));
    std::memset(block, 1, 83);
    efree(block);

    record_errors();
    volatile bool caught = false;
    MINIPHP_TRY {
        safe_emalloc(SIZE_MAX / 2, 4, 1);
    } MINIPHP_CATCH {
        caught = true;
    } MINIPHP_END_TRY
    EXPECT_TRUE(caught);
    EXPECT_EQ(m_errors.last_type, E_ERROR);
    EXPECT_STREQ(m_errors.last_message,
                 "Possible integer overflow in memory allocation (9223372036854775807 * 4 + 1)");
    EXPECT_TRUE(m_context->request_failed);
}

TEST_P(Heap, EcallocOverflowIsTheSameFatalError)
{
    record_errors();
    volatile bool caught = false;
    MINIPHP_TRY {
        ecalloc(SIZE_MAX / 4, 8);
    } MINIPHP_CATCH {
        caught = true;
    } MINIPHP_END_TRY
    EXPECT_TRUE(caught);
    EXPECT_STREQ(m_errors.last_message, "Possible integer overflow in memory allocation (4611686018427387903 * 8 + 0)");
}

TEST_P(Heap, UsageCountersFollowAllocations)
{
    size_t base = memory::memory_usage(false);
    EXPECT_EQ(base, 0u);
    void* small = emalloc(100);
    size_t after_small = memory::memory_usage(false);
    EXPECT_GE(after_small, base + 100);
    void* big = emalloc(2 * kMiB + 10);
    EXPECT_GE(memory::memory_usage(false), after_small + 2 * kMiB + 10);
    EXPECT_GE(memory::memory_usage(true), memory::memory_usage(false));
    size_t peak = memory::memory_peak_usage(false);
    efree(big);
    EXPECT_EQ(memory::memory_usage(false), after_small);
    EXPECT_EQ(memory::memory_peak_usage(false), peak);
    memory::memory_reset_peak_usage();
    EXPECT_EQ(memory::memory_peak_usage(false), after_small);
    efree(small);
    EXPECT_EQ(memory::memory_usage(false), 0u);
}

TEST_P(Heap, ZendNamesMatchTheCounters)
{
    EXPECT_EQ(zend_memory_usage(false), memory::memory_usage(false));
    EXPECT_EQ(zend_memory_peak_usage(true), memory::memory_peak_usage(true));
}

TEST_P(Heap, RequestEndReleasesEverythingLeftBehind)
{
    size_t real_base = memory::memory_usage(true);
    for (int round = 0; round < 3; ++round) {
        for (int index = 0; index < 2000; ++index)
            emalloc(static_cast<size_t>(index % 700) * 7);
        for (int index = 0; index < 50; ++index)
            emalloc(40000);
        emalloc(5 * kMiB);
        EXPECT_GT(memory::memory_usage(true), real_base);
        end_request_silently();
        EXPECT_EQ(memory::memory_usage(false), 0u);
        EXPECT_EQ(memory::memory_usage(true), real_base);
        EXPECT_EQ(memory::memory_peak_usage(false), 0u);
    }
}

TEST_P(Heap, ManyRequestCyclesKeepMemoryFlat)
{
    size_t real_base = memory::memory_usage(true);
    for (int round = 0; round < 2000; ++round) {
        void* keep = emalloc(static_cast<size_t>(round % 3000));
        char* text = estrdup("request");
        efree(text);
        (void)keep;
        end_request_silently();
        ASSERT_EQ(memory::memory_usage(true), real_base);
    }
}

TEST_P(Heap, BlockSizeCoversTheRequest)
{
    for (size_t size : { size_t(1), size_t(17), size_t(3000), size_t(9000), 3 * kMiB }) {
        void* block = emalloc(size);
        EXPECT_GE(zend_mem_block_size(block), size);
        efree(block);
    }
}

TEST_P(Heap, PersistentMemoryOutlivesTheRequest)
{
    auto* kept = static_cast<char*>(pemalloc(64, 1));
    std::strcpy(kept, "persistent");
    char* name = pestrdup("module", 1);
    auto* table = static_cast<int*>(pecalloc(16, sizeof(int), 1));
    table = static_cast<int*>(perealloc(table, 1024 * sizeof(int), 1));
    table[1000] = 7;
    char* part = pestrndup("abcdef", 3, 1);
    void* counted = safe_pemalloc(4, 4, 4, 1);
    size_t usage = memory::memory_usage(false);
    EXPECT_EQ(usage, 0u) << "persistent blocks are not request memory";

    end_request_silently();
    EXPECT_STREQ(kept, "persistent");
    EXPECT_STREQ(name, "module");
    EXPECT_EQ(table[0], 0);
    EXPECT_EQ(table[1000], 7);
    EXPECT_STREQ(part, "abc");
    pefree(kept, 1);
    pefree(name, 1);
    pefree(table, 1);
    pefree(part, 1);
    pefree(counted, 1);
}

TEST_P(Heap, NonPersistentVariantsAreRequestMemory)
{
    void* block = pemalloc(100, 0);
    EXPECT_GT(memory::memory_usage(false), 0u);
    block = perealloc(block, 200, 0);
    char* text = pestrdup("x", 0);
    pefree(text, 0);
    pefree(block, 0);
    EXPECT_EQ(memory::memory_usage(false), 0u);
}

// Backend-specific facts of the chunk allocator.
class ChunkHeap : public testing_support::RequestTest {
protected:
    void SetUp() override
    {
        RequestTest::SetUp();
        use_backend(Backend::Chunks);
    }
};

TEST_F(ChunkHeap, StartsWithOneChunk)
{
    EXPECT_EQ(memory::memory_usage(true), memory::kChunkSize);
}

TEST_F(ChunkHeap, FreedBlocksAreReusedFirst)
{
#if MINIPHP_HEAP_DEBUG
    GTEST_SKIP() << "debug builds add guard bytes and move blocks on realloc";
#else
    void* first = emalloc(40);
    efree(first);
    void* second = emalloc(33); // same size class (40)
    EXPECT_EQ(first, second);
    efree(second);
#endif
}

TEST_F(ChunkHeap, SmallUsageCountsSizeClasses)
{
#if MINIPHP_HEAP_DEBUG
    GTEST_SKIP() << "debug builds add guard bytes";
#else
    void* block = emalloc(33);
    EXPECT_EQ(memory::memory_usage(false), 40u);
    efree(block);
    block = emalloc(5000);
    EXPECT_EQ(memory::memory_usage(false), 8192u);
    efree(block);
#endif
}

TEST_F(ChunkHeap, HugeBlocksAreMappedOnTheirOwn)
{
    void* huge = emalloc(3 * kMiB);
#if MINIPHP_HEAP_DEBUG
    EXPECT_EQ(memory::memory_usage(true), memory::kChunkSize + 3 * kMiB + memory::kPageSize) << "guard bytes";
#else
    EXPECT_EQ(memory::memory_usage(true), memory::kChunkSize + 3 * kMiB);
#endif
#if !MINIPHP_HEAP_DEBUG
    EXPECT_EQ(reinterpret_cast<uintptr_t>(huge) % memory::kChunkSize, 0u);
#endif
    efree(huge);
    EXPECT_EQ(memory::memory_usage(true), memory::kChunkSize);
}

TEST_F(ChunkHeap, ExtraChunksComeAndGo)
{
    std::vector<void*> blocks;
    for (int index = 0; index < 40; ++index)
        blocks.push_back(emalloc(500000)); // about four per chunk
    EXPECT_GT(memory::memory_usage(true), 5 * memory::kChunkSize);
    for (void* block : blocks)
        efree(block);
    EXPECT_EQ(memory::memory_usage(true), memory::kChunkSize);
    EXPECT_GT(memory::memory_peak_usage(true), 5 * memory::kChunkSize);
}

// A huge block that grows keeps its contents and never needs the old and the new size at once: a
// 12 MB string grown 6 bytes at a time under a 20 MB limit (PHP manages it; copying would not).
TEST_F(ChunkHeap, HugeBlocksGrowWithoutACopyUnderTheLimit)
{
#if MINIPHP_HEAP_DEBUG
    GTEST_SKIP() << "debug builds always move on realloc";
#else
    memory::set_memory_limit(size_t(20) << 20);
    size_t size = size_t(3) << 20;
    auto* block = static_cast<unsigned char*>(emalloc(size));
    for (size_t i = 0; i < size; ++i)
        block[i] = static_cast<unsigned char>(i * 7);
    while (size < (size_t(12) << 20)) {
        size += 4096 * 16 + 6;
        block = static_cast<unsigned char*>(erealloc(block, size));
        block[size - 1] = 0xab;
    }
    for (size_t i = 0; i < (size_t(3) << 20); ++i)
        ASSERT_EQ(block[i], static_cast<unsigned char>(i * 7)) << i;
    EXPECT_EQ(block[size - 1], 0xab);
    EXPECT_GE(memory::memory_usage(false), size);
    efree(block);
    EXPECT_EQ(memory::memory_usage(false), 0u);
#endif
}

TEST_F(ChunkHeap, LargeBlocksGrowInPlaceWhenTheNextPagesAreFree)
{
#if MINIPHP_HEAP_DEBUG
    GTEST_SKIP() << "debug builds always move on realloc";
#else
    void* block = emalloc(10000);
    void* grown = erealloc(block, 30000);
    EXPECT_EQ(block, grown);
    void* shrunk = erealloc(grown, 9000);
    EXPECT_EQ(block, shrunk);
    efree(shrunk);
#endif
}

}
}

namespace miniphp {
namespace {

class SizedFree : public testing_support::BackendTest {};
MINIPHP_FOR_EACH_BACKEND(SizedFree);

TEST_P(SizedFree, EfreeSizeReturnsBlocksOfEveryKind)
{
    for (size_t size : { size_t(1), size_t(64), size_t(3072), size_t(3073), size_t(100000), size_t(3u << 20) }) {
        void* block = emalloc(size);
        std::memset(block, 0x5a, size);
        efree_size(block, size);
        EXPECT_EQ(memory::memory_usage(false), 0u) << size;
    }
    void* persistent = pemalloc(10, 1);
    pefree_size(persistent, 10, 1);
    efree_size(nullptr, 8);
}

}
}

namespace miniphp {
namespace {

#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer the Chunks backend poisons what is not in a live block, so ASan sees inside
// chunks too (the System backend, the default there, gets this from ASan itself).
TEST(ChunkHeapSanitizerDeathTest, UseAfterFreeInsideAChunkIsCaught)
{
    EXPECT_DEATH(
        {
            ScopedRequest request("test.php");
            memory::heap_set_backend(&request.context()->heap, memory::Backend::Chunks);
            auto* block = static_cast<volatile char*>(emalloc(64));
            efree(const_cast<char*>(block));
            block[32] = 1;
        },
        "use-after-poison");
}

TEST(ChunkHeapSanitizerDeathTest, ReadingPastALargeBlockIsCaught)
{
    EXPECT_DEATH(
        {
            ScopedRequest request("test.php");
            memory::heap_set_backend(&request.context()->heap, memory::Backend::Chunks);
            void* first = emalloc(8192);
            auto* block = static_cast<volatile char*>(emalloc(5000));
            efree(first);
            (void)block[-100]; // in the pages of the freed block before it
        },
        "use-after-poison");
}
#endif

}
}

// A randomised test: millions of emalloc / efree / erealloc calls of random sizes (small, large and the
// occasional huge block), checked against a simple model of what each live block must contain.
//
// Every live block is filled with a pattern derived from a per-block seed. Before a block is freed or
// reallocated its contents are verified (fully for small and large blocks, sampled for huge ones), so a
// block handed out twice, or overlapping another, or losing its contents in a move, shows up as a
// pattern mismatch. Every few hundred thousand operations the request ends with blocks still live,
// and the counters must be back at their baseline.
#include "memory_test_support.h"

#include <cstdint>
#include <random>
#include <vector>

namespace miniphp {
namespace {

using testing_support::BackendTest;

class RandomHeap : public BackendTest {};
MINIPHP_FOR_EACH_BACKEND(RandomHeap);

struct LiveBlock {
    unsigned char* pointer;
    size_t size;
    uint32_t seed;
};

unsigned char pattern_byte(uint32_t seed, size_t index)
{
    return static_cast<unsigned char>((seed ^ (index * 0x9e37u)) + (index >> 8));
}

// Blocks up to 4 KiB are checked byte by byte; bigger ones are sampled (every 61st byte, every 4 KiB for
// huge blocks) plus their last 64 bytes, to keep millions of operations fast in debug builds.
size_t step_for(size_t size) { return size > 256 * 1024 ? 4096 : size > 4096 ? 61 : 1; }

void fill(const LiveBlock& block)
{
    size_t step = step_for(block.size);
    for (size_t index = 0; index < block.size; index += step)
        block.pointer[index] = pattern_byte(block.seed, index);
    for (size_t index = block.size > 64 ? block.size - 64 : 0; index < block.size; ++index)
        block.pointer[index] = pattern_byte(block.seed, index);
}

// Checks the first `length` bytes of a block that `fill` filled when it had `block.size` bytes.
::testing::AssertionResult intact(const LiveBlock& block, size_t length)
{
    size_t step = step_for(block.size);
    size_t tail = block.size > 64 ? block.size - 64 : 0;
    for (size_t index = 0; index < length; index += (index >= tail ? 1 : step)) {
        if (index % step != 0 && index < tail)
            index = (index / step + 1) * step; // back onto the sampled grid
        if (index >= length)
            break;
        if (block.pointer[index] != pattern_byte(block.seed, index))
            return ::testing::AssertionFailure() << "byte " << index << " of a " << block.size << "-byte block";
    }
    return ::testing::AssertionSuccess();
}

size_t random_size(std::mt19937_64& random)
{
    unsigned kind = static_cast<unsigned>(random() % 1000);
    if (kind < 900)
        return random() % 512;                 // most blocks are small and short
    if (kind < 985)
        return 512 + random() % 3000;          // the bigger size classes
    if (kind < 999)
        return 3073 + random() % 200000;       // large: page runs
    return (2u << 20) + random() % (3u << 20); // huge: mapped on their own
}

TEST_P(RandomHeap, MillionsOfOperationsAgainstAModel)
{
    constexpr uint64_t kOperations = 3'000'000;
    constexpr size_t kMaxLive = 20'000;
    constexpr uint64_t kOperationsPerRequest = 400'000;

    std::mt19937_64 random(20261123);
    std::vector<LiveBlock> live;
    live.reserve(kMaxLive);
    uint32_t next_seed = 1;
    size_t real_baseline = memory::memory_usage(true);
    ASSERT_TRUE(memory::set_memory_limit(SIZE_MAX)); // about 100 MiB stay live at times

    for (uint64_t operation = 1; operation <= kOperations; ++operation) {
        unsigned action = static_cast<unsigned>(random() % 100);
        if (live.empty() || (action < 48 && live.size() < kMaxLive)) {
            size_t size = random_size(random);
            LiveBlock block { static_cast<unsigned char*>(emalloc(size)), size, next_seed++ };
            ASSERT_NE(block.pointer, nullptr);
            ASSERT_GE(zend_mem_block_size(block.pointer), size);
            fill(block);
            live.push_back(block);
        } else if (action < 88) {
            size_t victim = random() % live.size();
            ASSERT_TRUE(intact(live[victim], live[victim].size)) << "operation " << operation;
            efree(live[victim].pointer);
            live[victim] = live.back();
            live.pop_back();
        } else {
            size_t victim = random() % live.size();
            LiveBlock& block = live[victim];
            ASSERT_TRUE(intact(block, block.size)) << "operation " << operation;
            size_t size = random_size(random);
            block.pointer = static_cast<unsigned char*>(erealloc(block.pointer, size));
            ASSERT_TRUE(intact(block, std::min(size, block.size))) << "realloc at operation " << operation;
            block.size = size;
            block.seed = next_seed++;
            fill(block);
        }

        if (operation % kOperationsPerRequest == 0) {
            // Free half, leave the rest to the request end.
            for (size_t index = 0; index < live.size(); index += 2) {
                ASSERT_TRUE(intact(live[index], live[index].size));
                efree(live[index].pointer);
            }
            live.clear();
            end_request_silently();
            ASSERT_TRUE(memory::set_memory_limit(SIZE_MAX));
            ASSERT_EQ(memory::memory_usage(false), 0u);
            ASSERT_EQ(memory::memory_usage(true), real_baseline);
        }
    }

    for (const LiveBlock& block : live) {
        ASSERT_TRUE(intact(block, block.size));
        efree(block.pointer);
    }
    EXPECT_EQ(memory::memory_usage(false), 0u);
}

}
}

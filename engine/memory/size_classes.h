// The size classes ("bins") of the request heap's small blocks.
//
// A small request (up to kMaxSmallSize bytes) is rounded up to one of kBinCount sizes: multiples of 8 up
// to 64, then four classes per doubling (80, 96, 112, 128, 160, ...) up to 3072. The rounding wastes at
// most a quarter of a block while keeping the number of free lists small. All bin sizes are multiples
// of 8, so every block is 8-byte aligned.
//
// Each bin carves its blocks out of a run of whole pages. The run length is chosen here, at compile
// time, as the number of pages (1 to 8) that leaves the smallest share of the run unused, preferring
// shorter runs when the waste is equal.
//
// Finding the bin of a size is one load from a table indexed by (size + 7) / 8, which is what lets the
// inline fast path of `emalloc` stay a handful of instructions.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace miniphp::memory {

inline constexpr size_t kPageSize = 4096;
inline constexpr size_t kMaxSmallSize = 3072;

inline constexpr std::array<uint32_t, 30> kBinSizes = {
    8, 16, 24, 32, 40, 48, 56, 64,            // step 8
    80, 96, 112, 128,                         // step 16
    160, 192, 224, 256,                       // step 32
    320, 384, 448, 512,                       // step 64
    640, 768, 896, 1024,                      // step 128
    1280, 1536, 1792, 2048,                   // step 256
    2560, 3072,                               // step 512
};
inline constexpr unsigned kBinCount = kBinSizes.size();
static_assert(kBinSizes[kBinCount - 1] == kMaxSmallSize);

namespace detail {

constexpr uint32_t best_run_pages(uint32_t block_size)
{
    uint32_t best_pages = 1;
    // Compare waste fractions without division: waste_a / pages_a < waste_b / pages_b.
    uint64_t best_waste = (kPageSize * 1) % block_size;
    for (uint32_t pages = 2; pages <= 8; ++pages) {
        uint64_t waste = (kPageSize * pages) % block_size;
        if (waste * best_pages < best_waste * pages)
            best_pages = pages, best_waste = waste;
    }
    return best_pages;
}

constexpr std::array<uint8_t, kMaxSmallSize / 8 + 1> make_bin_lookup()
{
    std::array<uint8_t, kMaxSmallSize / 8 + 1> table {};
    unsigned bin = 0;
    for (size_t index = 0; index < table.size(); ++index) {
        size_t size = index * 8;
        while (kBinSizes[bin] < size)
            ++bin;
        table[index] = static_cast<uint8_t>(bin);
    }
    return table;
}

constexpr std::array<uint8_t, kBinCount> make_run_pages()
{
    std::array<uint8_t, kBinCount> pages {};
    for (unsigned bin = 0; bin < kBinCount; ++bin)
        pages[bin] = static_cast<uint8_t>(best_run_pages(kBinSizes[bin]));
    return pages;
}

}

// Pages per run, and blocks per run, of each bin.
inline constexpr std::array<uint8_t, kBinCount> kBinRunPages = detail::make_run_pages();
inline constexpr auto kBinLookup = detail::make_bin_lookup();

constexpr uint32_t bin_blocks_per_run(unsigned bin)
{
    return static_cast<uint32_t>(kBinRunPages[bin] * kPageSize / kBinSizes[bin]);
}

// The bin of a small size (0 <= size <= kMaxSmallSize). Size 0 gets the smallest bin, as in PHP.
constexpr unsigned bin_for_size(size_t size) { return kBinLookup[(size + 7) >> 3]; }

static_assert(bin_for_size(0) == 0 && bin_for_size(8) == 0 && bin_for_size(9) == 1);
static_assert(bin_for_size(65) == 8 && bin_for_size(3072) == kBinCount - 1);

}

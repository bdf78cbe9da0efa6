// The layout of a request-heap chunk: 2 MiB of address space, aligned to 2 MiB, cut into 512 pages.
//
// Page 0 holds this header; pages 1 to 511 hold blocks. Because a chunk is aligned to its own size, the
// chunk (and so the page and its bookkeeping) of any block is found by masking the block's address,
// without a per-block header. A block whose address is itself a multiple of 2 MiB cannot be in a chunk
// (page 0 is the header), so the heap uses such addresses for huge blocks, mapped on their own.
//
// Each page has one 32-bit word in `page_info` saying what it holds:
//   0                          the page is free;
//   kPageSmall | bin | index   page `index` (0-based) of a run of small blocks of bin `bin`;
//   kPageLarge | pages         the first page of a large block spanning `pages` pages;
//   kPageLargeTail             any later page of a large block.
// `used_map` has one bit per page (set: in use) so free runs are found with bit scans. Page 0's bit is
// always set. `free_pages` counts the zero bits.
//
// The inline fast path of `efree` reads `heap` and `page_info`, which is why this header is public.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/memory/size_classes.h"

namespace miniphp::memory {

struct Heap;

inline constexpr size_t kChunkSize = size_t(2) << 20;
inline constexpr uint32_t kPagesPerChunk = kChunkSize / kPageSize;
inline constexpr uint32_t kFirstUsablePage = 1;
// The largest block served from pages; anything bigger is a huge block with its own mapping.
inline constexpr size_t kMaxLargeSize = (kPagesPerChunk - kFirstUsablePage) * kPageSize;

inline constexpr uint32_t kPageSmall = 0x80000000u;
inline constexpr uint32_t kPageLarge = 0x40000000u;
inline constexpr uint32_t kPageLargeTail = 0x20000000u;
inline constexpr uint32_t kPageBinMask = 0x1fu;
inline constexpr uint32_t kPageRunIndexShift = 8;
inline constexpr uint32_t kPageCountMask = 0x3ffu;

struct Chunk {
    Heap* heap;          // the heap that owns this chunk: a block of another heap is caught on free
    Chunk* next;         // the heap's chunks form a circular list starting at its main chunk
    Chunk* previous;
    uint32_t free_pages;
    uint32_t reserved;
    uint64_t used_map[kPagesPerChunk / 64];
    uint32_t page_info[kPagesPerChunk];
};
static_assert(sizeof(Chunk) <= kPageSize * kFirstUsablePage, "the chunk header must fit in page 0");

inline Chunk* chunk_of(const void* address)
{
    return reinterpret_cast<Chunk*>(reinterpret_cast<uintptr_t>(address) & ~(kChunkSize - 1));
}

inline size_t offset_in_chunk(const void* address)
{
    return reinterpret_cast<uintptr_t>(address) & (kChunkSize - 1);
}

}

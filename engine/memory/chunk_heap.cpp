// The Chunks backend: 2 MiB chunks, 4 KiB pages, size-class runs, and huge blocks mapped on their own.
//
// This file is written bottom-up: page bitmaps, then chunks, then page runs, then small, large and huge
// blocks, then the entry points heap_internal.h declares.
//
// Invariants.
//   - `heap->main_chunk` is never null and never released before the heap is destroyed; the heap's
//     chunks form a circular list through `next`/`previous` starting there.
//   - A bin hands out freed blocks (its free list) first, then carves its newest run front to back;
//     each block of a run is live, on the free list, or not yet carved (at or after carve_next[bin]).
//     Carving instead of threading a new run onto the free list keeps short requests from touching
//     blocks they never use.
//   - A chunk other than the main one is released (to the cache, or unmapped) as soon as none of its
//     pages is in use. Runs of small blocks are not given back during a request: their blocks stay on
//     the bin's free list until request end resets everything.
//   - `heap->size` counts small blocks at their bin size, large blocks at whole pages, huge blocks at
//     their mapped size, and the bookkeeping of huge blocks (small blocks themselves). `real_size`
//     counts chunks in use (cached ones excluded) and huge mappings.
//   - Under AddressSanitizer every byte of a chunk that is not in a live block is poisoned (except the
//     link word at the start of a free small block), so ASan catches use after free and overruns
//     inside chunks too. The inline fast paths are off in such builds (heap.h), so all of it is here.
//   - Before anything that may bail out (a new chunk or mapping under the limit) the heap is
//     consistent, and any system mapping already made is on a list that request end walks.
#include <algorithm>
#include <bit>
#include <cstring>

#include "engine/memory/heap_internal.h"
#include "engine/memory/os_pages.h"

#include <sys/mman.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define MINIPHP_POISON(address, size) ASAN_POISON_MEMORY_REGION((address), (size))
#define MINIPHP_UNPOISON(address, size) ASAN_UNPOISON_MEMORY_REGION((address), (size))
#else
#define MINIPHP_POISON(address, size) ((void)(address), (void)(size))
#define MINIPHP_UNPOISON(address, size) ((void)(address), (void)(size))
#endif

namespace miniphp::memory {

// Chunks kept for reuse during a request, and across requests (besides the main chunk).
static constexpr uint32_t kMaxCachedChunks = 4;
static constexpr uint32_t kCachedChunksAcrossRequests = 1;

// --- Page bitmaps ---------------------------------------------------------------------------------

static void set_pages_used(Chunk* chunk, uint32_t first, uint32_t count, bool used)
{
    for (uint32_t page = first; page < first + count;) {
        uint32_t word = page / 64, bit = page % 64;
        uint32_t span = std::min(count - (page - first), 64 - bit);
        uint64_t mask = (span == 64 ? ~uint64_t(0) : ((uint64_t(1) << span) - 1)) << bit;
        if (used)
            chunk->used_map[word] |= mask;
        else
            chunk->used_map[word] &= ~mask;
        page += span;
    }
}

// The first page at or after `from` whose used bit equals `used`, or kPagesPerChunk.
static uint32_t next_page_with_state(const Chunk* chunk, uint32_t from, bool used)
{
    while (from < kPagesPerChunk) {
        uint32_t word = from / 64, bit = from % 64;
        uint64_t bits = used ? chunk->used_map[word] : ~chunk->used_map[word];
        bits &= ~uint64_t(0) << bit;
        if (bits)
            return word * 64 + static_cast<uint32_t>(std::countr_zero(bits));
        from = (word + 1) * 64;
    }
    return kPagesPerChunk;
}

// The best-fitting free run of `count` pages (the shortest run that fits, the first of equals), or 0.
static uint32_t find_free_run(const Chunk* chunk, uint32_t count)
{
    uint32_t best = 0, best_length = UINT32_MAX;
    uint32_t page = kFirstUsablePage;
    while (page < kPagesPerChunk) {
        page = next_page_with_state(chunk, page, false);
        if (page >= kPagesPerChunk)
            break;
        uint32_t end = next_page_with_state(chunk, page, true);
        uint32_t length = end - page;
        if (length >= count && length < best_length) {
            best = page, best_length = length;
            if (length == count)
                break;
        }
        page = end;
    }
    return best;
}

// --- Chunks -----------------------------------------------------------------------------------------

static void chunk_reset(Chunk* chunk, Heap* heap)
{
    MINIPHP_POISON(reinterpret_cast<char*>(chunk) + kFirstUsablePage * kPageSize,
                   kChunkSize - kFirstUsablePage * kPageSize);
    chunk->heap = heap;
    chunk->free_pages = kPagesPerChunk - kFirstUsablePage;
    std::memset(chunk->used_map, 0, sizeof chunk->used_map);
    set_pages_used(chunk, 0, kFirstUsablePage, true);
    std::memset(chunk->page_info, 0, sizeof chunk->page_info);
}

static char* page_address(Chunk* chunk, uint32_t page) { return reinterpret_cast<char*>(chunk) + page * kPageSize; }

// Adds a chunk (cached or newly mapped) to the heap, or raises the limit / out-of-memory error.
static Chunk* acquire_chunk(Heap* heap, size_t tried)
{
    if (exceeds_limit(heap, kChunkSize))
        memory_limit_error(heap, tried);
    Chunk* chunk = heap->cached_chunks;
    if (chunk) {
        heap->cached_chunks = chunk->next;
        --heap->cached_chunk_count;
    } else {
        chunk = static_cast<Chunk*>(map_aligned(kChunkSize, kChunkSize));
        if (!chunk)
            out_of_memory_error(heap, tried);
    }
    chunk_reset(chunk, heap);
    Chunk* main = heap->main_chunk;
    chunk->next = main;
    chunk->previous = main->previous;
    main->previous->next = chunk;
    main->previous = chunk;
    count_mapped(heap, kChunkSize);
    return chunk;
}

static void cache_or_unmap_chunk(Heap* heap, Chunk* chunk, uint32_t cache_limit)
{
    if (heap->cached_chunk_count < cache_limit) {
        chunk->next = heap->cached_chunks;
        heap->cached_chunks = chunk;
        ++heap->cached_chunk_count;
    } else {
        MINIPHP_UNPOISON(chunk, kChunkSize);
        unmap(chunk, kChunkSize);
    }
}

static void release_chunk(Heap* heap, Chunk* chunk)
{
    chunk->previous->next = chunk->next;
    chunk->next->previous = chunk->previous;
    heap->real_size -= kChunkSize;
    cache_or_unmap_chunk(heap, chunk, kMaxCachedChunks);
}

// --- Page runs --------------------------------------------------------------------------------------

struct PageRun {
    Chunk* chunk;
    uint32_t first;
};

static PageRun allocate_pages(Heap* heap, uint32_t count)
{
    Chunk* chunk = heap->main_chunk;
    do {
        if (chunk->free_pages >= count) {
            if (uint32_t first = find_free_run(chunk, count))
                return { chunk, first };
        }
        chunk = chunk->next;
    } while (chunk != heap->main_chunk);
    chunk = acquire_chunk(heap, count * kPageSize);
    return { chunk, kFirstUsablePage };
}

static void take_pages(PageRun run, uint32_t count)
{
    set_pages_used(run.chunk, run.first, count, true);
    run.chunk->free_pages -= count;
}

static void give_back_pages(Heap* heap, Chunk* chunk, uint32_t first, uint32_t count)
{
    set_pages_used(chunk, first, count, false);
    std::memset(&chunk->page_info[first], 0, count * sizeof chunk->page_info[0]);
    chunk->free_pages += count;
    if (chunk->free_pages == kPagesPerChunk - kFirstUsablePage && chunk != heap->main_chunk)
        release_chunk(heap, chunk);
}

// --- Small blocks -----------------------------------------------------------------------------------

// Takes a new run for `bin`, returns its first block and leaves the rest to be carved.
static void* refill_bin(Heap* heap, unsigned bin)
{
    uint32_t pages = kBinRunPages[bin];
    PageRun run = allocate_pages(heap, pages);
    take_pages(run, pages);
    for (uint32_t index = 0; index < pages; ++index)
        run.chunk->page_info[run.first + index] = kPageSmall | bin | (index << kPageRunIndexShift);

    char* start = page_address(run.chunk, run.first);
    uint32_t block = kBinSizes[bin];
    heap->carve_next[bin] = start + block;
    heap->carve_end[bin] = start + bin_blocks_per_run(bin) * block;
    count_allocated(heap, block);
    MINIPHP_UNPOISON(start, block);
    return start;
}

static void* allocate_small(Heap* heap, size_t size)
{
    unsigned bin = bin_for_size(size);
    if (FreeSlot* slot = heap->free_slots[bin]) {
        heap->free_slots[bin] = slot->next;
        count_allocated(heap, kBinSizes[bin]);
        MINIPHP_UNPOISON(slot, kBinSizes[bin]);
        return slot;
    }
    if (char* next = heap->carve_next[bin]; next != heap->carve_end[bin]) {
        heap->carve_next[bin] = next + kBinSizes[bin];
        count_allocated(heap, kBinSizes[bin]);
        MINIPHP_UNPOISON(next, kBinSizes[bin]);
        return next;
    }
    return refill_bin(heap, bin);
}

// --- Large blocks -----------------------------------------------------------------------------------

static uint32_t pages_for(size_t size) { return static_cast<uint32_t>((size + kPageSize - 1) / kPageSize); }

static void* allocate_large(Heap* heap, size_t size)
{
    uint32_t count = pages_for(size);
    PageRun run = allocate_pages(heap, count);
    take_pages(run, count);
    run.chunk->page_info[run.first] = kPageLarge | count;
    for (uint32_t page = run.first + 1; page < run.first + count; ++page)
        run.chunk->page_info[page] = kPageLargeTail;
    count_allocated(heap, count * kPageSize);
    MINIPHP_UNPOISON(page_address(run.chunk, run.first), count * kPageSize);
    return page_address(run.chunk, run.first);
}

static void release_large(Heap* heap, Chunk* chunk, uint32_t page)
{
    uint32_t count = chunk->page_info[page] & kPageCountMask;
    heap->size -= count * kPageSize;
    give_back_pages(heap, chunk, page, count);
}

// Grows or shrinks a large block where it is, when the pages after it allow. Returns false otherwise.
static bool resize_large_in_place(Heap* heap, Chunk* chunk, uint32_t page, size_t size)
{
    uint32_t old_count = chunk->page_info[page] & kPageCountMask;
    uint32_t new_count = pages_for(size);
    if (new_count == old_count)
        return true;
    if (new_count < old_count) {
        uint32_t freed = old_count - new_count;
        chunk->page_info[page] = kPageLarge | new_count;
        heap->size -= freed * kPageSize;
        MINIPHP_POISON(page_address(chunk, page + new_count), freed * kPageSize);
        give_back_pages(heap, chunk, page + new_count, freed);
        return true;
    }
    uint32_t extra = new_count - old_count;
    uint32_t tail = page + old_count;
    if (tail + extra > kPagesPerChunk || next_page_with_state(chunk, tail, true) < tail + extra)
        return false;
    set_pages_used(chunk, tail, extra, true);
    chunk->free_pages -= extra;
    chunk->page_info[page] = kPageLarge | new_count;
    for (uint32_t index = tail; index < tail + extra; ++index)
        chunk->page_info[index] = kPageLargeTail;
    count_allocated(heap, extra * kPageSize);
    MINIPHP_UNPOISON(page_address(chunk, tail), extra * kPageSize);
    return true;
}

// --- Huge blocks ------------------------------------------------------------------------------------

static void* allocate_huge(Heap* heap, size_t size)
{
    size_t mapped = (size + kPageSize - 1) & ~(kPageSize - 1);
    if (mapped < size)
        allocation_overflow_error(1, size, kPageSize);
    // The bookkeeping first: if it bails out, nothing is mapped yet.
    auto* entry = static_cast<HugeBlock*>(allocate_small(heap, sizeof(HugeBlock)));
    if (exceeds_limit(heap, mapped)) {
        chunks_release(heap, entry);
        memory_limit_error(heap, size - heap->hidden_bytes);
    }
    void* address = map_aligned(mapped, kChunkSize);
    if (!address) {
        chunks_release(heap, entry);
        out_of_memory_error(heap, size - heap->hidden_bytes);
    }
    entry->address = address;
    entry->size = mapped;
    entry->next = heap->huge_blocks;
    heap->huge_blocks = entry;
    count_mapped(heap, mapped);
    count_allocated(heap, mapped);
    return address;
}

static HugeBlock* find_huge(const Heap* heap, const void* address)
{
    for (HugeBlock* entry = heap->huge_blocks; entry; entry = entry->next) {
        if (entry->address == address)
            return entry;
    }
    return nullptr;
}

// Grows a huge block without copying it: the kernel moves its pages into a fresh chunk-aligned
// range (a string appended to in a loop would otherwise be copied on every growth, O(n^2) bytes,
// with old and new copies alive at once). Null when that is not possible; the caller then copies.
static void* resize_huge(Heap* heap, void* address, size_t size)
{
#ifdef MREMAP_FIXED
    HugeBlock* entry = find_huge(heap, address);
    size_t mapped = (size + kPageSize - 1) & ~(kPageSize - 1);
    if (!entry || mapped < size || mapped <= entry->size || exceeds_limit(heap, mapped - entry->size))
        return nullptr;
    void* target = map_aligned(mapped, kChunkSize);
    if (!target)
        return nullptr;
    void* moved = mremap(address, entry->size, mapped, MREMAP_MAYMOVE | MREMAP_FIXED, target);
    if (moved == MAP_FAILED) {
        unmap(target, mapped);
        return nullptr;
    }
    size_t grown = mapped - entry->size;
    entry->address = moved;
    entry->size = mapped;
    count_mapped(heap, grown);
    count_allocated(heap, grown);
    return moved;
#else
    (void)heap;
    (void)address;
    (void)size;
    return nullptr;
#endif
}

static void release_huge(Heap* heap, void* address)
{
    HugeBlock** link = &heap->huge_blocks;
    while (*link && (*link)->address != address)
        link = &(*link)->next;
    HugeBlock* entry = *link;
    if (!entry)
        return; // not ours: the debug layer reports such frees before they get here
    *link = entry->next;
    unmap(address, entry->size);
    heap->real_size -= entry->size;
    heap->size -= entry->size;
    chunks_release(heap, entry);
}

// --- Entry points -----------------------------------------------------------------------------------

bool chunks_create(Heap* heap)
{
    auto* chunk = static_cast<Chunk*>(map_aligned(kChunkSize, kChunkSize));
    if (!chunk)
        return false;
    chunk_reset(chunk, heap);
    chunk->next = chunk->previous = chunk;
    heap->main_chunk = chunk;
    heap->real_size = heap->real_peak = kChunkSize;
    return true;
}

void chunks_destroy(Heap* heap)
{
    if (!heap->main_chunk)
        return;
    chunks_request_end(heap);
    while (Chunk* cached = heap->cached_chunks) {
        heap->cached_chunks = cached->next;
        MINIPHP_UNPOISON(cached, kChunkSize);
        unmap(cached, kChunkSize);
    }
    heap->cached_chunk_count = 0;
    MINIPHP_UNPOISON(heap->main_chunk, kChunkSize);
    unmap(heap->main_chunk, kChunkSize);
    heap->main_chunk = nullptr;
    heap->real_size = heap->real_peak = 0;
}

void* chunks_allocate(Heap* heap, size_t size)
{
    if (size <= kMaxSmallSize)
        return allocate_small(heap, size);
    if (size <= kMaxLargeSize)
        return allocate_large(heap, size);
    return allocate_huge(heap, size);
}

void chunks_release(Heap* heap, void* pointer)
{
    size_t offset = offset_in_chunk(pointer);
    if (offset == 0) {
        release_huge(heap, pointer);
        return;
    }
    Chunk* chunk = chunk_of(pointer);
    uint32_t page = static_cast<uint32_t>(offset / kPageSize);
    uint32_t info = chunk->page_info[page];
    if (info & kPageSmall) {
        unsigned bin = info & kPageBinMask;
        auto* slot = static_cast<FreeSlot*>(pointer);
        slot->next = heap->free_slots[bin];
        heap->free_slots[bin] = slot;
        heap->size -= kBinSizes[bin];
        MINIPHP_POISON(static_cast<char*>(pointer) + sizeof(FreeSlot), kBinSizes[bin] - sizeof(FreeSlot));
    } else if (info & kPageLarge) {
        MINIPHP_POISON(pointer, (info & kPageCountMask) * kPageSize);
        release_large(heap, chunk, page);
    }
}

size_t chunks_block_size(const Heap* heap, const void* pointer)
{
    size_t offset = offset_in_chunk(pointer);
    if (offset == 0) {
        const HugeBlock* entry = find_huge(heap, pointer);
        return entry ? entry->size : 0;
    }
    uint32_t info = chunk_of(pointer)->page_info[offset / kPageSize];
    if (info & kPageSmall)
        return kBinSizes[info & kPageBinMask];
    if (info & kPageLarge)
        return (info & kPageCountMask) * kPageSize;
    return 0;
}

void* chunks_reallocate(Heap* heap, void* pointer, size_t size)
{
    size_t offset = offset_in_chunk(pointer);
    size_t old_size;
    if (offset != 0) {
        Chunk* chunk = chunk_of(pointer);
        uint32_t page = static_cast<uint32_t>(offset / kPageSize);
        uint32_t info = chunk->page_info[page];
        if (info & kPageSmall) {
            unsigned bin = info & kPageBinMask;
            old_size = kBinSizes[bin];
            // Keep the block when the new size falls in the same bin. Shrinking a little stays in
            // place as well; shrinking to a much smaller bin moves, so the memory is reused.
            if (size <= old_size && (size > kMaxSmallSize / 2 || bin_for_size(size) + 4 > bin))
                return pointer;
        } else {
            old_size = (info & kPageCountMask) * kPageSize;
            if (size > kMaxSmallSize && size <= kMaxLargeSize && resize_large_in_place(heap, chunk, page, size))
                return pointer;
        }
    } else {
        const HugeBlock* entry = find_huge(heap, pointer);
        old_size = entry ? entry->size : 0;
        if (size > kMaxLargeSize && size <= old_size && size > old_size / 2)
            return pointer;
    }
    if (offset == 0 && size > kMaxLargeSize && old_size) {
        if (void* moved = resize_huge(heap, pointer, size))
            return moved;
    }
    void* fresh = chunks_allocate(heap, size);
    std::memcpy(fresh, pointer, std::min(old_size, size));
    chunks_release(heap, pointer);
    return fresh;
}

bool chunks_contain(const Heap* heap, const void* pointer)
{
    if (!heap->main_chunk)
        return false;
    const Chunk* candidate = chunk_of(pointer);
    const Chunk* chunk = heap->main_chunk;
    do {
        if (chunk == candidate)
            return true;
        chunk = chunk->next;
    } while (chunk != heap->main_chunk);
    uintptr_t address = reinterpret_cast<uintptr_t>(pointer);
    for (const HugeBlock* entry = heap->huge_blocks; entry; entry = entry->next) {
        uintptr_t start = reinterpret_cast<uintptr_t>(entry->address);
        if (address >= start && address < start + entry->size)
            return true;
    }
    return false;
}

void chunks_request_end(Heap* heap)
{
    // Huge blocks: unmap each. Their bookkeeping lives in chunks and goes with them.
    for (HugeBlock* entry = heap->huge_blocks; entry; entry = entry->next)
        unmap(entry->address, entry->size);
    heap->huge_blocks = nullptr;

    // Chunks: keep the main one, cache a few of the rest, unmap the others.
    Chunk* main = heap->main_chunk;
    for (Chunk* chunk = main->next; chunk != main;) {
        Chunk* next = chunk->next;
        cache_or_unmap_chunk(heap, chunk, kCachedChunksAcrossRequests);
        chunk = next;
    }
    while (heap->cached_chunk_count > kCachedChunksAcrossRequests) {
        Chunk* cached = heap->cached_chunks;
        heap->cached_chunks = cached->next;
        --heap->cached_chunk_count;
        MINIPHP_UNPOISON(cached, kChunkSize);
        unmap(cached, kChunkSize);
    }
    chunk_reset(main, heap);
    main->next = main->previous = main;

    std::memset(heap->free_slots, 0, sizeof heap->free_slots);
    std::memset(heap->carve_next, 0, sizeof heap->carve_next);
    std::memset(heap->carve_end, 0, sizeof heap->carve_end);
    heap->size = heap->peak = 0;
    heap->real_size = heap->real_peak = kChunkSize;
}

}

// The System backend: request blocks from the C library (MINIPHP_ALLOC=malloc, PHP's USE_ZEND_ALLOC=0).
//
// Each block is malloc'd with a 32-byte header in front that links it into the heap's list of live
// blocks, so request end can still free every block the request left behind, and valgrind or
// AddressSanitizer see each block as its own allocation. The counters keep their meaning as far as
// they can: `size` counts bytes asked for, `real_size` the bytes asked of the C library (headers
// included), and the memory limit applies to `real_size`.
//
// DIVERGENCE: PHP with USE_ZEND_ALLOC=0 reports no usage and enforces no limit; miniphp does both, so
// that tests of the limit mean the same under either backend.
#include <cstdlib>
#include <cstring>

#include "engine/memory/heap_internal.h"

namespace miniphp::memory {

static BlockHeader* header_of(const void* pointer)
{
    return reinterpret_cast<BlockHeader*>(const_cast<char*>(static_cast<const char*>(pointer)) - sizeof(BlockHeader));
}

static void link_block(Heap* heap, BlockHeader* header)
{
    header->previous = nullptr;
    header->next = heap->system_blocks;
    if (header->next)
        header->next->previous = header;
    heap->system_blocks = header;
}

static void unlink_block(Heap* heap, BlockHeader* header)
{
    if (header->previous)
        header->previous->next = header->next;
    else
        heap->system_blocks = header->next;
    if (header->next)
        header->next->previous = header->previous;
}

void* system_allocate(Heap* heap, size_t size)
{
    size_t total = size + sizeof(BlockHeader);
    if (total < size)
        allocation_overflow_error(1, size, sizeof(BlockHeader));
    if (exceeds_limit(heap, total))
        memory_limit_error(heap, size - heap->hidden_bytes);
    auto* header = static_cast<BlockHeader*>(std::malloc(total));
    if (!header)
        out_of_memory_error(heap, size - heap->hidden_bytes);
    header->size = size;
    header->reserved = 0;
    link_block(heap, header);
    count_mapped(heap, total);
    count_allocated(heap, size);
    return header + 1;
}

void system_release(Heap* heap, void* pointer)
{
    BlockHeader* header = header_of(pointer);
    unlink_block(heap, header);
    heap->size -= header->size;
    heap->real_size -= header->size + sizeof(BlockHeader);
    std::free(header);
}

void* system_reallocate(Heap* heap, void* pointer, size_t size)
{
    BlockHeader* header = header_of(pointer);
    size_t old_size = header->size;
    size_t total = size + sizeof(BlockHeader);
    if (total < size)
        allocation_overflow_error(1, size, sizeof(BlockHeader));
    if (size > old_size && exceeds_limit(heap, size - old_size))
        memory_limit_error(heap, size - heap->hidden_bytes);
    unlink_block(heap, header);
    auto* moved = static_cast<BlockHeader*>(std::realloc(header, total));
    if (!moved) {
        link_block(heap, header);
        out_of_memory_error(heap, size - heap->hidden_bytes);
    }
    moved->size = size;
    link_block(heap, moved);
    heap->size = heap->size - old_size;
    heap->real_size -= old_size;
    count_allocated(heap, size);
    count_mapped(heap, size);
    return moved + 1;
}

size_t system_block_size(const void* pointer) { return header_of(pointer)->size; }

void system_request_end(Heap* heap)
{
    for (BlockHeader* header = heap->system_blocks; header;) {
        BlockHeader* next = header->next;
        std::free(header);
        header = next;
    }
    heap->system_blocks = nullptr;
    std::memset(heap->free_slots, 0, sizeof heap->free_slots);
    heap->size = heap->peak = 0;
    heap->real_size = heap->real_peak = 0;
}

}

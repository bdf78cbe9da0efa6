// The request heap's internal interface: what heap.cpp (the public entry points), the two backends
// (chunk_heap.cpp, system_heap.cpp) and the debug layer (debug_heap.cpp) say to each other.
//
// Layering. The public functions of heap.h decide *what* to do (debug checks, zeroing, copying); the
// backends decide *where* bytes come from. A backend's functions take sizes as asked for, keep the
// heap's counters (`size`, `peak`, `real_size`, `real_peak`) right, and raise the memory-limit error
// themselves, always leaving the heap consistent first (a bailout may follow any allocation).
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/memory/heap.h"

namespace miniphp::memory {

// A huge block's bookkeeping, itself a small block of the same heap.
struct HugeBlock {
    void* address;
    size_t size; // mapped bytes (the request rounded up to whole pages)
    HugeBlock* next;
};

// The header in front of each System-backend block. 32 bytes keep the block 16-byte aligned.
struct BlockHeader {
    BlockHeader* previous;
    BlockHeader* next;
    size_t size; // as asked for
    size_t reserved;
};

// --- The Chunks backend (chunk_heap.cpp) ---
bool chunks_create(Heap* heap);   // maps the main chunk; false when the system refuses
void chunks_destroy(Heap* heap);  // unmaps everything, cached chunks included
void* chunks_allocate(Heap* heap, size_t size);
void chunks_release(Heap* heap, void* pointer);
void* chunks_reallocate(Heap* heap, void* pointer, size_t size);
size_t chunks_block_size(const Heap* heap, const void* pointer);
void chunks_request_end(Heap* heap);
// Whether `pointer` lies inside memory this heap got from the system (a chunk or a huge block).
bool chunks_contain(const Heap* heap, const void* pointer);

// --- The System backend (system_heap.cpp) ---
void* system_allocate(Heap* heap, size_t size);
void system_release(Heap* heap, void* pointer);
void* system_reallocate(Heap* heap, void* pointer, size_t size);
size_t system_block_size(const void* pointer);
void system_request_end(Heap* heap);

inline void* backend_allocate(Heap* heap, size_t size)
{
    return heap->backend == Backend::System ? system_allocate(heap, size) : chunks_allocate(heap, size);
}

inline void backend_release(Heap* heap, void* pointer)
{
    if (heap->backend == Backend::System)
        system_release(heap, pointer);
    else
        chunks_release(heap, pointer);
}

inline size_t backend_block_size(const Heap* heap, const void* pointer)
{
    return heap->backend == Backend::System ? system_block_size(pointer) : chunks_block_size(heap, pointer);
}

// --- Counters, the limit and the fatal errors (heap.cpp) ---
inline void count_allocated(Heap* heap, size_t bytes)
{
    heap->size += bytes;
    if (heap->size > heap->peak)
        heap->peak = heap->size;
}

inline void count_mapped(Heap* heap, size_t bytes)
{
    heap->real_size += bytes;
    if (heap->real_size > heap->real_peak)
        heap->real_peak = heap->real_size;
}

// Whether mapping `extra` more bytes would pass the limit. While the limit error itself is being raised
// (`overflow`), nothing passes it, so the error path can still allocate.
inline bool exceeds_limit(const Heap* heap, size_t extra)
{
    return !heap->overflow && (extra > heap->limit || heap->real_size > heap->limit - extra);
}

[[noreturn]] void memory_limit_error(Heap* heap, size_t tried);
[[noreturn]] void out_of_memory_error(Heap* heap, size_t tried);
[[noreturn]] void allocation_overflow_error(size_t count, size_t size, size_t offset);

// --- The debug layer (debug_heap.cpp), MINIPHP_LEAK_REPORT builds only ---
void debug_heap_create(Heap* heap);
void debug_heap_destroy(Heap* heap);
// Checks guards, prints the leak report (unless silent) and forgets every request block.
void debug_request_end(Heap* heap, bool silent, const char* script_path);

}

// The state of one request heap, kept inside the engine Context (engine/context.h).
//
// The heap lives by value at the very start of the Context, so the inline fast paths of emalloc and
// efree reach it from the thread's context pointer without a further load. The fields the fast paths
// touch come first. Everything else about the heap (what the fields mean, who changes them) is in
// heap.h and heap.cpp; this header only exists so that context.h can hold a Heap without pulling in
// the whole allocator interface.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/memory/size_classes.h"

namespace miniphp::memory {

struct Chunk;
struct HugeBlock;
struct BlockHeader;
class BlockTable;

// Where request blocks come from.
enum class Backend : uint8_t {
    Chunks, // the heap's own chunks, pages and size classes
    System, // the C library (MINIPHP_ALLOC=malloc), each block tracked
};

struct FreeSlot {
    FreeSlot* next;
};

// The heap of one context. The first fields are the ones the inline fast paths touch.
struct Heap {
    FreeSlot* free_slots[kBinCount] = {};
    size_t size = 0;       // bytes in live blocks (as rounded by the heap): memory_get_usage()
    size_t peak = 0;       // highest `size` this request: memory_get_peak_usage()
    Backend backend = Backend::Chunks;
    bool overflow = false; // the limit error is being raised: allow the error path to allocate

    size_t real_size = 0;  // bytes mapped from the system: memory_get_usage(true)
    size_t real_peak = 0;
    size_t limit = size_t(128) << 20;         // this request's memory_limit
    size_t default_limit = size_t(128) << 20; // what each request starts with (PHP's default, 128M)

    // Each bin's newest run is handed out front to back (carved) before its blocks ever reach the free
    // list, so a short request touches only the blocks it uses. Equal pointers: nothing left to carve.
    char* carve_next[kBinCount] = {};
    char* carve_end[kBinCount] = {};

    Chunk* main_chunk = nullptr;   // always present in the Chunks backend; head of the circular list
    Chunk* cached_chunks = nullptr; // emptied chunks kept for reuse, linked through `next`
    uint32_t cached_chunk_count = 0;
    HugeBlock* huge_blocks = nullptr;

    // The System backend's live blocks, most recent first, doubly linked through their headers.
    BlockHeader* system_blocks = nullptr;

    // Debug builds (MINIPHP_LEAK_REPORT): what is known about each request block and each persistent
    // block, by address: its size, allocation site, and whether it is live or was freed (and where).
    BlockTable* debug_blocks = nullptr;
    BlockTable* persistent_blocks = nullptr;
    uint64_t misuse_count = 0; // misuse reports printed since the heap was created
    uint64_t fail_after = 0;   // testing (debug builds): fail the Nth allocation from now (0: never)
    uint32_t hidden_bytes = 0; // bytes the debug layer adds to each request; not shown in error messages
};

}

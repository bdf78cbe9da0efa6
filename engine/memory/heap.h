// The request heap: PHP's `emalloc` family, the memory limit and the usage counters.
//
// Everything a request allocates comes from here and is released wholesale when the request ends
// (engine/context.h, `request_shutdown`), so a request that bails out of a fatal error, or exits early,
// leaks nothing. Persistent memory (`pemalloc(size, 1)`) is the C library's and lives until it is freed
// with `pefree(ptr, 1)`, normally in an extension's MSHUTDOWN.
//
// How the heap is built (engine/memory/heap.cpp has the details):
//   - small blocks (up to 3072 bytes) are rounded to one of 30 size classes and served from a free list
//     per class; a block carries no header, its class is found from its page (engine/memory/chunk.h);
//   - large blocks (up to 2 MiB - 4 KiB) are runs of whole 4 KiB pages inside a 2 MiB chunk;
//   - huge blocks are mapped from the system on their own, aligned to 2 MiB;
//   - chunks come from mmap, 2 MiB aligned; at request end the heap keeps its first chunk (reset) and
//     caches one more, and returns the rest.
// In release builds the common cases of `emalloc` and `efree` are inline below: a table lookup for the
// size class and a free-list pop or push.
//
// Debug builds (MINIPHP_LEAK_REPORT) give each block a header recording the file and line that
// allocated it and guard bytes after it; request end reports every block still allocated in PHP's
// format, and freeing something that is not a live request block (a persistent block, a foreign
// pointer, a block freed twice, a block written past its end) prints a message naming the allocation
// site instead of corrupting the heap.
//
// MINIPHP_ALLOC=malloc in the environment (PHP's USE_ZEND_ALLOC=0) sends every request block to the C
// library instead, still tracked so that request end frees them; valgrind and AddressSanitizer then
// see each block. Sanitizer builds use that backend by default.
//
// Bailout: any allocation can raise the memory-limit fatal error, which longjmps to the innermost try
// point (engine/error/bailout.h). The heap is always consistent when that happens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "engine/context.h"
#include "engine/memory/chunk.h"
#include "engine/memory/heap_state.h"
#include "engine/memory/size_classes.h"

// --- Allocation sites ------------------------------------------------------------------------------
// With MINIPHP_LEAK_REPORT each allocation function takes the file and line of its caller. A helper
// that allocates on its caller's behalf declares MINIPHP_FILE_LINE_DC, receives MINIPHP_FILE_LINE_CC
// from its callers, and passes MINIPHP_FILE_LINE_RELAY_CC on, so the report names the real site.
#if defined(MINIPHP_LEAK_REPORT) && MINIPHP_LEAK_REPORT
#define MINIPHP_HEAP_DEBUG 1
#define MINIPHP_FILE_LINE_D const char *alloc_file, uint32_t alloc_line
#define MINIPHP_FILE_LINE_DC , MINIPHP_FILE_LINE_D
#define MINIPHP_FILE_LINE_C __FILE__, __LINE__
#define MINIPHP_FILE_LINE_CC , MINIPHP_FILE_LINE_C
#define MINIPHP_FILE_LINE_RELAY_C alloc_file, alloc_line
#define MINIPHP_FILE_LINE_RELAY_CC , MINIPHP_FILE_LINE_RELAY_C
#else
#define MINIPHP_HEAP_DEBUG 0
#define MINIPHP_FILE_LINE_D
#define MINIPHP_FILE_LINE_DC
#define MINIPHP_FILE_LINE_C
#define MINIPHP_FILE_LINE_CC
#define MINIPHP_FILE_LINE_RELAY_C
#define MINIPHP_FILE_LINE_RELAY_CC
#endif

// The inline fast paths below are used in release builds without AddressSanitizer (which needs every
// block poisoned and unpoisoned by the out-of-line code).
#if !MINIPHP_HEAP_DEBUG && !defined(__SANITIZE_ADDRESS__)
#define MINIPHP_HEAP_INLINE 1
#else
#define MINIPHP_HEAP_INLINE 0
#endif

// PHP's spellings, for extension code that relays sites.
#define ZEND_FILE_LINE_D MINIPHP_FILE_LINE_D
#define ZEND_FILE_LINE_DC MINIPHP_FILE_LINE_DC
#define ZEND_FILE_LINE_C MINIPHP_FILE_LINE_C
#define ZEND_FILE_LINE_CC MINIPHP_FILE_LINE_CC
#define ZEND_FILE_LINE_RELAY_C MINIPHP_FILE_LINE_RELAY_C
#define ZEND_FILE_LINE_RELAY_CC MINIPHP_FILE_LINE_RELAY_CC

namespace miniphp::memory {

// --- Heap lifetime (engine/context.cpp calls these) --------------------------------------------------
// The backend the environment asks for: MINIPHP_ALLOC=malloc chooses System, anything else Chunks;
// sanitizer builds default to System (MINIPHP_ALLOC=chunks forces Chunks there).
Backend backend_from_environment();
// Prepares a heap (the one inside a Context) for use; false when the system refuses the first chunk.
bool heap_startup(Heap* heap, Backend backend);
// Releases every block and chunk of the heap; it is not usable afterwards.
void heap_shutdown(Heap* heap);
// Switches the backend (tests, hosts), between requests: any request blocks still live are discarded
// silently first. Returns false when the system refuses the first chunk.
bool heap_set_backend(Heap* heap, Backend backend);
void heap_request_start(Heap* heap);
// Ends a request: checks guards, reports leaks unless `silent` (naming `script_path`, null printing
// "-"), and releases every request block.
void heap_request_end(Heap* heap, bool silent, const char* script_path);

// --- Usage and the limit (memory_get_usage, memory_get_peak_usage, memory_limit) --------------------
size_t memory_usage(bool real);
size_t memory_peak_usage(bool real);
void memory_reset_peak_usage();
// Sets this request's limit in bytes (SIZE_MAX: none). Fails, changing nothing, when the heap already
// uses more. Each request starts again from the default limit, as PHP resets its ini entries.
bool set_memory_limit(size_t limit);
size_t memory_limit();
// The limit each request of the current context starts with (the ini file's value; PHP's is 128M).
void set_default_memory_limit(size_t limit);
// Parses an ini quantity as PHP's memory_limit does ("128M", "1g", "-1", "0x10K", ...). When the text
// is malformed PHP warns and still uses a value; the warning's text (after `Invalid "memory_limit"
// setting. `) is written to `warning` (empty when none).
size_t parse_memory_limit(const char* text, size_t length, char* warning, size_t warning_size);
// What setting the memory_limit ini entry does: parse (raising PHP's E_WARNING for malformed text) and
// apply (raising PHP's E_WARNING and returning false when the heap already uses more).
bool change_memory_limit(const char* text, size_t length);
// Testing, debug builds: the Nth allocation from now fails with the memory-limit error (0: off).
void fail_allocation_after(uint64_t count);
// Debug builds: how many misuse reports (bad free, overflow) the current heap has printed.
uint64_t misuse_count();

// --- Out-of-line paths -------------------------------------------------------------------------------
void* allocate_slow(Heap* heap, size_t size MINIPHP_FILE_LINE_DC);
void release_slow(Heap* heap, void* pointer MINIPHP_FILE_LINE_DC);

// --- The request allocation functions behind emalloc and friends -----------------------------------
#if !MINIPHP_HEAP_INLINE
void* allocate(size_t size MINIPHP_FILE_LINE_DC);
void release(void* pointer MINIPHP_FILE_LINE_DC);
void release_sized(void* pointer, size_t size MINIPHP_FILE_LINE_DC);
#else
inline void* allocate(size_t size)
{
    Heap* heap = &current_context()->heap;
    if (size <= kMaxSmallSize) [[likely]] {
        unsigned bin = bin_for_size(size);
        FreeSlot* slot = heap->free_slots[bin];
        if (slot) [[likely]] {
            heap->free_slots[bin] = slot->next;
            size_t new_size = heap->size + kBinSizes[bin];
            heap->size = new_size;
            if (new_size > heap->peak)
                heap->peak = new_size;
            return slot;
        }
    }
    return allocate_slow(heap, size);
}

inline void release(void* pointer)
{
    Heap* heap = &current_context()->heap;
    size_t offset = offset_in_chunk(pointer);
    if (offset != 0 && heap->backend == Backend::Chunks) [[likely]] {
        Chunk* chunk = chunk_of(pointer);
        uint32_t info = chunk->page_info[offset / kPageSize];
        if ((info & kPageSmall) && chunk->heap == heap) [[likely]] {
            unsigned bin = info & kPageBinMask;
            auto* slot = static_cast<FreeSlot*>(pointer);
            slot->next = heap->free_slots[bin];
            heap->free_slots[bin] = slot;
            heap->size -= kBinSizes[bin];
            return;
        }
    }
    release_slow(heap, pointer);
}

// The caller vouches for the size (what it passed to emalloc), so a small block goes straight back to its
// bin without a look at its page. Debug builds check the claim.
inline void release_sized(void* pointer, size_t size)
{
    Heap* heap = &current_context()->heap;
    if (size <= kMaxSmallSize && pointer && heap->backend == Backend::Chunks) [[likely]] {
        unsigned bin = bin_for_size(size);
        auto* slot = static_cast<FreeSlot*>(pointer);
        slot->next = heap->free_slots[bin];
        heap->free_slots[bin] = slot;
        heap->size -= kBinSizes[bin];
        return;
    }
    release(pointer);
}
#endif

void* allocate_zeroed(size_t count, size_t size MINIPHP_FILE_LINE_DC);
void* reallocate(void* pointer, size_t size MINIPHP_FILE_LINE_DC);
// count * size + offset, or the fatal "Possible integer overflow in memory allocation" error.
void* allocate_checked(size_t count, size_t size, size_t offset MINIPHP_FILE_LINE_DC);
void* reallocate_checked(void* pointer, size_t count, size_t size, size_t offset MINIPHP_FILE_LINE_DC);
char* duplicate_string(const char* text MINIPHP_FILE_LINE_DC);
char* duplicate_string_n(const char* text, size_t length MINIPHP_FILE_LINE_DC);
// The usable size of a live request block (at least what was asked for).
size_t block_size(const void* pointer);

// --- Persistent memory (pemalloc(size, 1)): the C library, with "Out of memory" as a fatal error ----
void* persistent_allocate(size_t size MINIPHP_FILE_LINE_DC);
void* persistent_allocate_zeroed(size_t count, size_t size MINIPHP_FILE_LINE_DC);
void* persistent_reallocate(void* pointer, size_t size MINIPHP_FILE_LINE_DC);
void persistent_release(void* pointer MINIPHP_FILE_LINE_DC);
char* persistent_duplicate_string(const char* text MINIPHP_FILE_LINE_DC);
char* persistent_duplicate_string_n(const char* text, size_t length MINIPHP_FILE_LINE_DC);
void* persistent_allocate_checked(size_t count, size_t size, size_t offset MINIPHP_FILE_LINE_DC);

}

// --- The extension-facing names, as PHP spells them -----------------------------------------------------
#define emalloc(size) ::miniphp::memory::allocate((size) MINIPHP_FILE_LINE_CC)
#define efree(pointer) ::miniphp::memory::release((pointer) MINIPHP_FILE_LINE_CC)
#define efree_size(pointer, size) ::miniphp::memory::release_sized((pointer), (size) MINIPHP_FILE_LINE_CC)
#define ecalloc(count, size) ::miniphp::memory::allocate_zeroed((count), (size) MINIPHP_FILE_LINE_CC)
#define erealloc(pointer, size) ::miniphp::memory::reallocate((pointer), (size) MINIPHP_FILE_LINE_CC)
#define safe_emalloc(count, size, offset) \
    ::miniphp::memory::allocate_checked((count), (size), (offset) MINIPHP_FILE_LINE_CC)
#define safe_erealloc(pointer, count, size, offset) \
    ::miniphp::memory::reallocate_checked((pointer), (count), (size), (offset) MINIPHP_FILE_LINE_CC)
#define estrdup(text) ::miniphp::memory::duplicate_string((text) MINIPHP_FILE_LINE_CC)
#define estrndup(text, length) ::miniphp::memory::duplicate_string_n((text), (length) MINIPHP_FILE_LINE_CC)
#define zend_mem_block_size(pointer) ::miniphp::memory::block_size(pointer)

#define pemalloc(size, persistent) \
    ((persistent) ? ::miniphp::memory::persistent_allocate((size) MINIPHP_FILE_LINE_CC) : emalloc(size))
#define pefree(pointer, persistent) \
    ((persistent) ? ::miniphp::memory::persistent_release((pointer) MINIPHP_FILE_LINE_CC) : efree(pointer))
#define pefree_size(pointer, size, persistent) \
    ((persistent) ? ::miniphp::memory::persistent_release((pointer) MINIPHP_FILE_LINE_CC) : efree_size((pointer), (size)))
#define pecalloc(count, size, persistent)                                                              \
    ((persistent) ? ::miniphp::memory::persistent_allocate_zeroed((count), (size) MINIPHP_FILE_LINE_CC) \
                  : ecalloc((count), (size)))
#define perealloc(pointer, size, persistent)                                                         \
    ((persistent) ? ::miniphp::memory::persistent_reallocate((pointer), (size) MINIPHP_FILE_LINE_CC) \
                  : erealloc((pointer), (size)))
#define pestrdup(text, persistent) \
    ((persistent) ? ::miniphp::memory::persistent_duplicate_string((text) MINIPHP_FILE_LINE_CC) : estrdup(text))
#define pestrndup(text, length, persistent)                                                                  \
    ((persistent) ? ::miniphp::memory::persistent_duplicate_string_n((text), (length) MINIPHP_FILE_LINE_CC) \
                  : estrndup((text), (length)))
#define safe_pemalloc(count, size, offset, persistent)                                                        \
    ((persistent) ? ::miniphp::memory::persistent_allocate_checked((count), (size), (offset) MINIPHP_FILE_LINE_CC) \
                  : safe_emalloc((count), (size), (offset)))

// PHP's C names for the counters and the limit.
#define zend_memory_usage(real) ::miniphp::memory::memory_usage(real)
#define zend_memory_peak_usage(real) ::miniphp::memory::memory_peak_usage(real)
#define zend_memory_reset_peak_usage() ::miniphp::memory::memory_reset_peak_usage()

// The request heap's public entry points: heap lifetime, the emalloc family's slow and composite paths,
// the usage counters, the limit, and the fatal errors the heap raises.
//
// The fast paths of emalloc and efree are inline in heap.h (release builds); the backends live in
// chunk_heap.cpp and system_heap.cpp; debug builds replace allocate/release/reallocate/block_size with
// the checked versions in debug_heap.cpp.
#include <cstdlib>
#include <cstring>

#include "engine/error/bailout.h"
#include "engine/error/error.h"
#include "engine/error/messages.h"
#include "engine/memory/heap_internal.h"

namespace miniphp::memory {

static Heap* current_heap() { return &current_context()->heap; }

// --- Fatal errors -------------------------------------------------------------------------------------

// Raises the message with the limit lifted (`overflow`), so whatever handles the error may still
// allocate, then puts the limit back and bails out.
[[noreturn]] static void raise_heap_error(Heap* heap, const char* format, size_t first, size_t second)
{
    heap->overflow = true;
    MINIPHP_TRY {
        zend_error_noreturn(E_ERROR, format, first, second);
    } MINIPHP_CATCH {
    } MINIPHP_END_TRY
    heap->overflow = false;
    error::bailout();
}

void memory_limit_error(Heap* heap, size_t tried)
{
    raise_heap_error(heap, error::messages::kMemoryExhausted, heap->limit, tried);
}

void out_of_memory_error(Heap* heap, size_t tried)
{
    raise_heap_error(heap, error::messages::kOutOfMemory, heap->real_size, tried);
}

void allocation_overflow_error(size_t count, size_t size, size_t offset)
{
    zend_error_noreturn(E_ERROR, error::messages::kAllocationOverflow, count, size, offset);
}

static size_t checked_size(size_t count, size_t size, size_t offset)
{
    size_t product, total;
    if (__builtin_mul_overflow(count, size, &product) || __builtin_add_overflow(product, offset, &total))
        allocation_overflow_error(count, size, offset);
    return total;
}

// --- Heap lifetime ------------------------------------------------------------------------------------

Backend backend_from_environment()
{
    const char* choice = std::getenv("MINIPHP_ALLOC");
    if (choice && std::strcmp(choice, "malloc") == 0)
        return Backend::System;
    if (choice && std::strcmp(choice, "chunks") == 0)
        return Backend::Chunks;
#if defined(__SANITIZE_ADDRESS__)
    return Backend::System; // so AddressSanitizer and LeakSanitizer see every block
#else
    return Backend::Chunks;
#endif
}

bool heap_startup(Heap* heap, Backend backend)
{
    *heap = Heap {};
    heap->backend = backend;
    if (backend == Backend::Chunks && !chunks_create(heap))
        return false;
#if MINIPHP_HEAP_DEBUG
    debug_heap_create(heap);
#endif
    return true;
}

void heap_shutdown(Heap* heap)
{
    heap_request_end(heap, true, nullptr);
    chunks_destroy(heap);
#if MINIPHP_HEAP_DEBUG
    debug_heap_destroy(heap);
#endif
}

bool heap_set_backend(Heap* heap, Backend backend)
{
    heap_request_end(heap, true, nullptr);
    if (backend == heap->backend)
        return true;
    if (backend == Backend::Chunks) {
        if (!chunks_create(heap))
            return false;
    } else {
        chunks_destroy(heap);
    }
    heap->backend = backend;
    return true;
}

void heap_request_start(Heap* heap)
{
    heap->overflow = false;
    heap->limit = heap->default_limit;
}

void heap_request_end(Heap* heap, bool silent, const char* script_path)
{
#if MINIPHP_HEAP_DEBUG
    debug_request_end(heap, silent, script_path);
#endif
    if (heap->backend == Backend::System)
        system_request_end(heap);
    else
        chunks_request_end(heap);
    heap->overflow = false;
    heap->fail_after = 0;
}

// --- Slow paths -------------------------------------------------------------------------------------

void* allocate_slow(Heap* heap, size_t size MINIPHP_FILE_LINE_DC)
{
    return backend_allocate(heap, size);
}

void release_slow(Heap* heap, void* pointer MINIPHP_FILE_LINE_DC)
{
    if (!pointer)
        return;
    if (heap->backend == Backend::System) {
        system_release(heap, pointer);
        return;
    }
    // Release builds trust the pointer as far as its chunk's owner. A block of another heap is left
    // alone rather than threaded onto this heap's lists.
    if (offset_in_chunk(pointer) != 0 && chunk_of(pointer)->heap != heap)
        return;
    chunks_release(heap, pointer);
}

#if !MINIPHP_HEAP_DEBUG && !MINIPHP_HEAP_INLINE
// Sanitizer release builds: the fast paths, out of line, through the poisoning backend.
void* allocate(size_t size) { return allocate_slow(&current_context()->heap, size); }
void release(void* pointer) { release_slow(&current_context()->heap, pointer); }
void release_sized(void* pointer, size_t) { release(pointer); }
#endif

#if !MINIPHP_HEAP_DEBUG
void* reallocate(void* pointer, size_t size)
{
    if (!pointer)
        return allocate(size);
    Heap* heap = current_heap();
    if (heap->backend == Backend::System)
        return system_reallocate(heap, pointer, size);
    return chunks_reallocate(heap, pointer, size);
}

size_t block_size(const void* pointer)
{
    return backend_block_size(current_heap(), pointer);
}
#endif

// --- Composite functions --------------------------------------------------------------------------------

void* allocate_zeroed(size_t count, size_t size MINIPHP_FILE_LINE_DC)
{
    size_t total = checked_size(count, size, 0);
    void* pointer = allocate(total MINIPHP_FILE_LINE_RELAY_CC);
    std::memset(pointer, 0, total);
    return pointer;
}

void* allocate_checked(size_t count, size_t size, size_t offset MINIPHP_FILE_LINE_DC)
{
    return allocate(checked_size(count, size, offset) MINIPHP_FILE_LINE_RELAY_CC);
}

void* reallocate_checked(void* pointer, size_t count, size_t size, size_t offset MINIPHP_FILE_LINE_DC)
{
    return reallocate(pointer, checked_size(count, size, offset) MINIPHP_FILE_LINE_RELAY_CC);
}

char* duplicate_string(const char* text MINIPHP_FILE_LINE_DC)
{
    size_t length = std::strlen(text);
    auto* copy = static_cast<char*>(allocate(length + 1 MINIPHP_FILE_LINE_RELAY_CC));
    std::memcpy(copy, text, length + 1);
    return copy;
}

char* duplicate_string_n(const char* text, size_t length MINIPHP_FILE_LINE_DC)
{
    if (length == SIZE_MAX)
        zend_error_noreturn(E_ERROR, error::messages::kStringOverflow, length);
    auto* copy = static_cast<char*>(allocate(length + 1 MINIPHP_FILE_LINE_RELAY_CC));
    std::memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

// --- Usage and the limit ----------------------------------------------------------------------------

size_t memory_usage(bool real)
{
    Heap* heap = current_heap();
    return real ? heap->real_size : heap->size;
}

size_t memory_peak_usage(bool real)
{
    Heap* heap = current_heap();
    return real ? heap->real_peak : heap->peak;
}

void memory_reset_peak_usage()
{
    Heap* heap = current_heap();
    heap->peak = heap->size;
    heap->real_peak = heap->real_size;
}

bool set_memory_limit(size_t limit)
{
    Heap* heap = current_heap();
    if (limit < heap->real_size)
        return false;
    heap->limit = limit;
    return true;
}

size_t memory_limit() { return current_heap()->limit; }

void set_default_memory_limit(size_t limit) { current_heap()->default_limit = limit; }

void fail_allocation_after(uint64_t count) { current_heap()->fail_after = count; }

uint64_t misuse_count() { return current_heap()->misuse_count; }

}

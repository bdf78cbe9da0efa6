// Persistent memory: pemalloc(size, 1) and friends, from the C library.
//
// Persistent blocks live from engine start-up to shutdown and never pass through the request heap, so
// request end never touches them. The C library's failure is PHP's fatal "Out of memory".
//
// Debug builds record each persistent block in the current heap's `persistent_blocks` table (when a
// context is installed), which lets efree() recognise a persistent block and pefree(ptr, 1) recognise a
// request block, and name where the block came from. Blocks allocated with no context installed are not
// recorded; freeing them is trusted.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "engine/error/error.h"
#include "engine/error/messages.h"
#include "engine/memory/block_table.h"
#include "engine/memory/heap_internal.h"

namespace miniphp::memory {

[[noreturn]] static void persistent_out_of_memory()
{
    zend_error_noreturn(E_ERROR, "%s", error::messages::kOutOfMemoryPersistent);
}

#if MINIPHP_HEAP_DEBUG
static Heap* recording_heap()
{
    Context* context = current_context();
    return context ? &context->heap : nullptr;
}

static void record_persistent(void* pointer, size_t size, const char* file, uint32_t line)
{
    Heap* heap = recording_heap();
    if (!heap)
        return;
    // An old record of a freed request block at this address (System backend) is no longer true.
    if (BlockRecord* stale = heap->debug_blocks->find(pointer); stale && !stale->live)
        heap->debug_blocks->remove(pointer);
    if (BlockRecord* record = heap->persistent_blocks->insert(pointer))
        *record = BlockRecord { .file = file, .freed_file = nullptr, .size = size, .line = line, .freed_line = 0, .live = true };
}

// Decides whether `pointer` may be given to the C library's free/realloc. Reports misuse and returns
// false when it is a request block, or a persistent block freed before.
static bool check_persistent(void* pointer, const char* function, const char* file, uint32_t line)
{
    Heap* heap = recording_heap();
    if (!heap)
        return true;
    uintptr_t address = reinterpret_cast<uintptr_t>(pointer);
    const BlockRecord* request = heap->debug_blocks->find(pointer);
    bool inside_chunks = heap->backend == Backend::Chunks && chunks_contain(heap, pointer);
    if ((request && request->live) || inside_chunks) {
        ++heap->misuse_count;
        if (request && request->live)
            std::fprintf(stderr, messages::kFreeRequestAsPersistent, function, address, file, line, request->size,
                         request->file ? request->file : "[unknown]", request->line);
        else
            std::fprintf(stderr, messages::kFreeInterior, function, address, file, line);
        std::fflush(stderr);
        return false;
    }
    BlockRecord* record = heap->persistent_blocks->find(pointer);
    if (record && !record->live) {
        ++heap->misuse_count;
        std::fprintf(stderr, messages::kDoubleFree, function, address, file, line, record->size,
                     record->file ? record->file : "[unknown]", record->line,
                     record->freed_file ? record->freed_file : "[unknown]", record->freed_line);
        std::fflush(stderr);
        return false;
    }
    if (record) {
        record->live = false;
        record->freed_file = file;
        record->freed_line = line;
    }
    return true;
}
#endif

void* persistent_allocate(size_t size MINIPHP_FILE_LINE_DC)
{
    void* pointer = std::malloc(size ? size : 1);
    if (!pointer)
        persistent_out_of_memory();
#if MINIPHP_HEAP_DEBUG
    record_persistent(pointer, size, alloc_file, alloc_line);
#endif
    return pointer;
}

void* persistent_allocate_checked(size_t count, size_t size, size_t offset MINIPHP_FILE_LINE_DC)
{
    size_t product, total;
    if (__builtin_mul_overflow(count, size, &product) || __builtin_add_overflow(product, offset, &total))
        allocation_overflow_error(count, size, offset);
    return persistent_allocate(total MINIPHP_FILE_LINE_RELAY_CC);
}

void* persistent_allocate_zeroed(size_t count, size_t size MINIPHP_FILE_LINE_DC)
{
    void* pointer = persistent_allocate_checked(count, size, 0 MINIPHP_FILE_LINE_RELAY_CC);
    std::memset(pointer, 0, count * size);
    return pointer;
}

void* persistent_reallocate(void* pointer, size_t size MINIPHP_FILE_LINE_DC)
{
    if (!pointer)
        return persistent_allocate(size MINIPHP_FILE_LINE_RELAY_CC);
#if MINIPHP_HEAP_DEBUG
    if (!check_persistent(pointer, "perealloc", alloc_file, alloc_line))
        return persistent_allocate(size, alloc_file, alloc_line);
#endif
    void* moved = std::realloc(pointer, size ? size : 1);
    if (!moved)
        persistent_out_of_memory();
#if MINIPHP_HEAP_DEBUG
    record_persistent(moved, size, alloc_file, alloc_line);
#endif
    return moved;
}

void persistent_release(void* pointer MINIPHP_FILE_LINE_DC)
{
    if (!pointer)
        return;
#if MINIPHP_HEAP_DEBUG
    if (!check_persistent(pointer, "pefree", alloc_file, alloc_line))
        return;
#endif
    std::free(pointer);
}

char* persistent_duplicate_string(const char* text MINIPHP_FILE_LINE_DC)
{
    size_t length = std::strlen(text);
    auto* copy = static_cast<char*>(persistent_allocate(length + 1 MINIPHP_FILE_LINE_RELAY_CC));
    std::memcpy(copy, text, length + 1);
    return copy;
}

char* persistent_duplicate_string_n(const char* text, size_t length MINIPHP_FILE_LINE_DC)
{
    if (length == SIZE_MAX)
        zend_error_noreturn(E_ERROR, error::messages::kStringOverflow, length);
    auto* copy = static_cast<char*>(persistent_allocate(length + 1 MINIPHP_FILE_LINE_RELAY_CC));
    std::memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

}

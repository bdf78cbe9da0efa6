// The debug layer of the request heap (MINIPHP_LEAK_REPORT builds): allocation sites, guard bytes,
// misuse detection and the leak report.
//
// Each request block is allocated from the backend with kGuardSize extra bytes, filled with a pattern,
// after the caller's bytes. Its address, size and site go into `heap->debug_blocks`. A free looks the
// address up before touching anything: a live block is checked for an intact guard and released; any
// other pointer (freed before, persistent, inside a block, foreign) is reported, counted in
// `heap->misuse_count`, and otherwise left alone, so the misuse costs a message and a leak rather than
// a corrupted heap.
//
// At request end the remaining live blocks are checked and, unless the request bailed out, reported in
// PHP's format in address order: one line per leak, later leaks from the same site folded into
// "Last leak repeated N times", then the total.
#include "engine/memory/heap.h"

#if MINIPHP_HEAP_DEBUG

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <vector>

#include "engine/error/error_types.h"
#include "engine/error/messages.h"
#include "engine/memory/block_table.h"
#include "engine/memory/heap_internal.h"

namespace miniphp::memory {

static constexpr size_t kGuardSize = 8;
static constexpr unsigned char kGuardByte = 0xdb;

static Heap* current_heap() { return &current_context()->heap; }

static uintptr_t address_of(const void* pointer) { return reinterpret_cast<uintptr_t>(pointer); }
static const char* or_unknown(const char* file) { return file ? file : "[unknown]"; }

static void write_guard(void* pointer, size_t size)
{
    std::memset(static_cast<char*>(pointer) + size, kGuardByte, kGuardSize);
}

static bool guard_intact(const void* pointer, size_t size)
{
    const auto* guard = static_cast<const unsigned char*>(pointer) + size;
    for (size_t index = 0; index < kGuardSize; ++index) {
        if (guard[index] != kGuardByte)
            return false;
    }
    return true;
}

__attribute__((format(printf, 2, 3))) static void report_misuse(Heap* heap, const char* format, ...)
{
    ++heap->misuse_count;
    va_list arguments;
    va_start(arguments, format);
    std::vfprintf(stderr, format, arguments);
    va_end(arguments);
    std::fflush(stderr);
}

static void check_guard_on_free(Heap* heap, const void* pointer, const BlockRecord& record, const char* function,
                                const char* file, uint32_t line)
{
    if (!guard_intact(pointer, record.size))
        report_misuse(heap, messages::kOverrunOnFree, address_of(pointer), record.size, or_unknown(record.file),
                      record.line, function, or_unknown(file), line);
}

// Reports a free (or realloc) of something that is not a live request block.
static void report_bad_request_free(Heap* heap, const char* function, void* pointer, const char* file,
                                    uint32_t line)
{
    const BlockRecord* persistent = heap->persistent_blocks->find(pointer);
    if (persistent && persistent->live) {
        report_misuse(heap, messages::kFreePersistent, function, address_of(pointer), or_unknown(file), line,
                      persistent->size, or_unknown(persistent->file), persistent->line);
        return;
    }
    const BlockRecord* record = heap->debug_blocks->find(pointer);
    if (record) {
        report_misuse(heap, messages::kDoubleFree, function, address_of(pointer), or_unknown(file), line,
                      record->size, or_unknown(record->file), record->line, or_unknown(record->freed_file),
                      record->freed_line);
        return;
    }
    if (heap->backend == Backend::Chunks && chunks_contain(heap, pointer)) {
        report_misuse(heap, messages::kFreeInterior, function, address_of(pointer), or_unknown(file), line);
        return;
    }
    report_misuse(heap, messages::kFreeForeign, function, address_of(pointer), or_unknown(file), line);
}

// --- Lifetime -------------------------------------------------------------------------------------------

void debug_heap_create(Heap* heap)
{
    heap->debug_blocks = new BlockTable;
    heap->persistent_blocks = new BlockTable;
    heap->hidden_bytes = kGuardSize;
}

void debug_heap_destroy(Heap* heap)
{
    delete heap->debug_blocks;
    delete heap->persistent_blocks;
    heap->debug_blocks = heap->persistent_blocks = nullptr;
}

// --- The checked emalloc family -------------------------------------------------------------------------

void* allocate(size_t size, const char* file, uint32_t line)
{
    Heap* heap = current_heap();
    if (heap->fail_after && --heap->fail_after == 0)
        memory_limit_error(heap, size);
    if (size > SIZE_MAX - kGuardSize)
        allocation_overflow_error(1, size, kGuardSize);
    void* pointer = backend_allocate(heap, size + kGuardSize);
    write_guard(pointer, size);
    if (BlockRecord* record = heap->debug_blocks->insert(pointer))
        *record = BlockRecord { .file = file, .freed_file = nullptr, .size = size, .line = line, .freed_line = 0, .live = true };
    return pointer;
}

void release(void* pointer, const char* file, uint32_t line)
{
    if (!pointer)
        return;
    Heap* heap = current_heap();
    BlockRecord* record = heap->debug_blocks->find(pointer);
    if (!record || !record->live) {
        report_bad_request_free(heap, "efree", pointer, file, line);
        return;
    }
    check_guard_on_free(heap, pointer, *record, "efree", file, line);
    record->live = false;
    record->freed_file = file;
    record->freed_line = line;
    backend_release(heap, pointer);
}

void release_sized(void* pointer, size_t size, const char* file, uint32_t line)
{
    if (pointer) {
        Heap* heap = current_heap();
        const BlockRecord* record = heap->debug_blocks->find(pointer);
        if (record && record->live && record->size != size) {
            // Release builds would put the block in the wrong bin: report, then free it correctly.
            report_misuse(heap, messages::kWrongSize, address_of(pointer), size, or_unknown(file), line,
                          record->size, or_unknown(record->file), record->line);
        }
    }
    release(pointer, file, line);
}

void* reallocate(void* pointer, size_t size, const char* file, uint32_t line)
{
    if (!pointer)
        return allocate(size, file, line);
    Heap* heap = current_heap();
    BlockRecord* record = heap->debug_blocks->find(pointer);
    if (!record || !record->live) {
        report_bad_request_free(heap, "erealloc", pointer, file, line);
        return allocate(size, file, line);
    }
    check_guard_on_free(heap, pointer, *record, "erealloc", file, line);
    size_t old_size = record->size;
    // Always move: a block that keeps its address hides stale pointers to it.
    void* fresh = allocate(size, file, line);
    std::memcpy(fresh, pointer, std::min(old_size, size));
    release(pointer, file, line);
    return fresh;
}

size_t block_size(const void* pointer)
{
    const BlockRecord* record = current_heap()->debug_blocks->find(pointer);
    return record && record->live ? record->size : 0;
}

// --- Request end: guards and the leak report -------------------------------------------------------------

namespace {

struct Leak {
    void* address;
    BlockRecord record;
    uint32_t site; // index of the site group
};

bool same_site(const BlockRecord& a, const BlockRecord& b)
{
    if (a.line != b.line)
        return false;
    if (a.file == b.file)
        return true;
    return a.file && b.file && std::strcmp(a.file, b.file) == 0;
}

bool site_less(const Leak& a, const Leak& b)
{
    int order = std::strcmp(or_unknown(a.record.file), or_unknown(b.record.file));
    if (order != 0)
        return order < 0;
    if (a.record.line != b.record.line)
        return a.record.line < b.record.line;
    return a.address < b.address;
}

void print_leak_report(std::vector<Leak>& leaks, const char* script_path)
{
    const char* script = script_path ? script_path : "-";

    // Group the leaks by site, then report in address order, each site once.
    std::sort(leaks.begin(), leaks.end(), site_less);
    std::vector<uint32_t> site_sizes;
    for (size_t index = 0; index < leaks.size(); ++index) {
        if (index == 0 || !same_site(leaks[index - 1].record, leaks[index].record))
            site_sizes.push_back(0);
        leaks[index].site = static_cast<uint32_t>(site_sizes.size() - 1);
        ++site_sizes.back();
    }
    std::sort(leaks.begin(), leaks.end(), [](const Leak& a, const Leak& b) { return a.address < b.address; });

    char date[64];
    std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    if (!std::strftime(date, sizeof date, "%a %b %e %H:%M:%S %Y", &local))
        std::strcpy(date, "null");

    std::vector<bool> reported(site_sizes.size(), false);
    for (const Leak& leak : leaks) {
        if (reported[leak.site])
            continue;
        reported[leak.site] = true;
        std::fprintf(stderr, messages::kLeakScriptLine, date, script);
        std::fprintf(stderr, messages::kLeakLine, or_unknown(leak.record.file), leak.record.line,
                     address_of(leak.address), leak.record.size, script);
        unsigned long repeated = site_sizes[leak.site] - 1;
        if (repeated)
            std::fprintf(stderr, messages::kLeakRepeated, repeated, repeated > 1 ? "s" : "");
    }
    std::fprintf(stderr, messages::kLeakTotal, static_cast<unsigned>(leaks.size()));
    std::fflush(stderr);
}

}

void debug_request_end(Heap* heap, bool silent, const char* script_path)
{
    BlockTable* table = heap->debug_blocks;
    std::vector<Leak> leaks;
    table->for_each([&](void* address, const BlockRecord& record) {
        if (record.live)
            leaks.push_back(Leak { address, record, 0 });
    });
    std::sort(leaks.begin(), leaks.end(), [](const Leak& a, const Leak& b) { return a.address < b.address; });
    for (const Leak& leak : leaks) {
        if (!guard_intact(leak.address, leak.record.size))
            report_misuse(heap, messages::kOverrunAtRequestEnd, address_of(leak.address), leak.record.size,
                          or_unknown(leak.record.file), leak.record.line);
    }

    // PHP reports leaks only when E_WARNING is reported.
    Context* context = current_context();
    bool warnings_on = !context || &context->heap != heap || (context->error_reporting & E_WARNING);
    if (!silent && warnings_on && !leaks.empty())
        print_leak_report(leaks, script_path);
    table->clear();
}

}

#endif

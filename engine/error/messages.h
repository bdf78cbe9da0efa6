// The message texts the engine's lower layers raise, in one list, so they can be checked against PHP's.
// Each is a printf format; the comment names where PHP raises the same text.
#pragma once

namespace miniphp::error::messages {

// Zend/zend_alloc.c, when an allocation would pass memory_limit.
inline constexpr const char kMemoryExhausted[] = "Allowed memory size of %zu bytes exhausted (tried to allocate %zu bytes)";
// Zend/zend_alloc.c, when the system refuses memory.
inline constexpr const char kOutOfMemory[] = "Out of memory (allocated %zu bytes) (tried to allocate %zu bytes)";
inline constexpr const char kOutOfMemoryPersistent[] = "Out of memory";
// Zend/zend_multiply.h, safe_emalloc and friends.
inline constexpr const char kAllocationOverflow[] = "Possible integer overflow in memory allocation (%zu * %zu + %zu)";
// Zend/zend_alloc.c, estrndup and friends with a length of SIZE_MAX.
inline constexpr const char kStringOverflow[] = "Possible integer overflow in memory allocation (1 * %zu + 1)";
// main/main.c, when memory_limit is lowered below the current usage.
inline constexpr const char kMemoryLimitTooLow[] = "Failed to set memory limit to %zd bytes (Current memory usage is %zd bytes)";
// miniphp's own: bailout() without any try point (PHP prints its own variant and exits).
inline constexpr const char kBailoutWithoutTryPoint[] = "miniphp: bailout without a try point (%s:%u); exiting\n";

}

namespace miniphp::value::messages {

// Zend/zend_hash.c and Zend/zend_operators.c, comparing arrays that contain themselves.
inline constexpr const char kNestingTooDeep[] = "Nesting level too deep - recursive dependency?";
// Zend/zend_list.c, a resource whose type was never registered.
inline constexpr const char kUnknownListEntryType[] = "Unknown list entry type (%d)";
// Zend/zend_list.c, when resource handles run out.
inline constexpr const char kResourceIdOverflow[] = "Resource ID space overflow";

}

namespace miniphp::memory::messages {

// Debug builds (MINIPHP_LEAK_REPORT): the leak report, in PHP's debug-build format (main/main.c).
inline constexpr const char kLeakScriptLine[] = "[%s]  Script:  '%s'\n";
inline constexpr const char kLeakLine[] = "%s(%u) :  Freeing 0x%016zx (%zu bytes), script=%s\n";
inline constexpr const char kLeakRepeated[] = "Last leak repeated %lu time%s\n";
inline constexpr const char kLeakTotal[] = "=== Total %u memory leaks detected ===\n";

// Debug builds: misuse of the heap, miniphp's own texts. Each starts with the call and its site.
// The arguments are: function, address, site file, site line, then as the text says.
inline constexpr const char kDoubleFree[] =
    "miniphp: %s(0x%016zx) at %s(%u): the block was already freed (%zu bytes, allocated at %s(%u), freed at %s(%u))\n";
inline constexpr const char kFreePersistent[] =
    "miniphp: %s(0x%016zx) at %s(%u): the block is persistent (%zu bytes, allocated by pemalloc(..., 1) at %s(%u)); "
    "free it with pefree(ptr, 1)\n";
inline constexpr const char kFreeRequestAsPersistent[] =
    "miniphp: %s(0x%016zx) at %s(%u): the block is request memory (%zu bytes, allocated by emalloc at %s(%u)); "
    "free it with efree(ptr)\n";
inline constexpr const char kFreeInterior[] =
    "miniphp: %s(0x%016zx) at %s(%u): the pointer is inside the request heap but not at the start of a live block\n";
inline constexpr const char kFreeForeign[] =
    "miniphp: %s(0x%016zx) at %s(%u): the pointer was not allocated by this heap (foreign pointer)\n";
inline constexpr const char kWrongSize[] =
    "miniphp: efree_size(0x%016zx, %zu) at %s(%u): the block has %zu bytes (allocated at %s(%u))\n";
inline constexpr const char kOverrunOnFree[] =
    "miniphp: block 0x%016zx (%zu bytes) allocated at %s(%u) was written past its end (found by %s at %s(%u))\n";
inline constexpr const char kOverrunAtRequestEnd[] =
    "miniphp: block 0x%016zx (%zu bytes) allocated at %s(%u) was written past its end (found at request end)\n";

}

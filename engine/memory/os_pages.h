// Address space from the operating system: the only place the heap calls mmap and munmap.
//
// `map_aligned` returns `size` bytes (a multiple of the page size) aligned to `alignment` (a power of two,
// at least the page size), or null when the system refuses. It maps size + alignment bytes and unmaps
// the unaligned head and the tail, so no address space is wasted after the call.
#pragma once

#include <cstddef>

namespace miniphp::memory {

void* map_aligned(size_t size, size_t alignment);
void unmap(void* address, size_t size);

}

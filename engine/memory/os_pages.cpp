// mmap and munmap for the request heap (see os_pages.h).
#include "engine/memory/os_pages.h"

#include <cstdint>
#include <sys/mman.h>

namespace miniphp::memory {

static void* map_plain(size_t size)
{
    void* address = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return address == MAP_FAILED ? nullptr : address;
}

void* map_aligned(size_t size, size_t alignment)
{
    // Try the exact size first: the kernel often places a new mapping next to the last one, and
    // chunk-sized mappings made one after another then stay aligned without trimming.
    void* address = map_plain(size);
    if (!address)
        return nullptr;
    if ((reinterpret_cast<uintptr_t>(address) & (alignment - 1)) == 0)
        return address;
    munmap(address, size);

    if (size + alignment < size)
        return nullptr;
    char* wide = static_cast<char*>(map_plain(size + alignment));
    if (!wide)
        return nullptr;
    uintptr_t start = reinterpret_cast<uintptr_t>(wide);
    uintptr_t aligned = (start + alignment - 1) & ~(uintptr_t(alignment) - 1);
    size_t head = aligned - start;
    size_t tail = alignment - head;
    if (head)
        munmap(wide, head);
    if (tail)
        munmap(reinterpret_cast<char*>(aligned) + size, tail);
    return reinterpret_cast<void*>(aligned);
}

void unmap(void* address, size_t size) { munmap(address, size); }

}

// BlockTable: what debug builds know about each block, by address.
//
// An open-addressing hash table from a block's address to a `BlockRecord`: the size asked for, the
// file and line that allocated it, and, once freed, where it was freed. Freed blocks stay in the table
// as tombstones until their address is handed out again (or the request ends), which is what lets a
// double free name both sites.
//
// The table's own storage comes from the C library, never from the heap it describes, so it can grow
// while the heap is in any state. It is only used by the debug layer, which is never inside a bailout:
// it raises no errors and keeps no pointers into itself across calls that may change it.
//
// Probing is linear; removal shifts the following entries back, so there are no deleted markers and a
// lookup stops at the first empty slot. Address 0 marks an empty slot.
#pragma once

#include <cstddef>
#include <cstdint>

namespace miniphp::memory {

struct BlockRecord {
    const char* file = nullptr;       // the allocation site
    const char* freed_file = nullptr; // the site of the free, once freed
    size_t size = 0;                  // as asked for
    uint32_t line = 0;
    uint32_t freed_line = 0;
    bool live = false;
};

class BlockTable {
public:
    BlockTable() = default;
    ~BlockTable();
    BlockTable(const BlockTable&) = delete;
    BlockTable& operator=(const BlockTable&) = delete;

    // The record of `address`, or null. The pointer is valid until the table next changes.
    BlockRecord* find(const void* address);
    // The record of `address`, created empty if missing. Null only when the C library is out of memory.
    BlockRecord* insert(const void* address);
    void remove(const void* address);
    void clear();

    size_t count() const { return m_count; }

    // Calls `visit(address, record)` for each entry, in no particular order. `visit` must not change
    // the table.
    template<typename Visit>
    void for_each(Visit&& visit)
    {
        for (size_t index = 0; index < m_capacity; ++index) {
            if (m_slots[index].address)
                visit(reinterpret_cast<void*>(m_slots[index].address), m_slots[index].record);
        }
    }

private:
    struct Slot {
        uintptr_t address;
        BlockRecord record;
    };

    size_t home_of(uintptr_t address) const;
    bool grow();

    Slot* m_slots = nullptr;
    size_t m_capacity = 0; // a power of two, or 0
    size_t m_count = 0;
};

}

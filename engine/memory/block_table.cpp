// BlockTable (see block_table.h): open addressing, linear probing, backward-shift removal.
#include "engine/memory/block_table.h"

#include <cstdlib>
#include <cstring>

namespace miniphp::memory {

BlockTable::~BlockTable() { std::free(m_slots); }

size_t BlockTable::home_of(uintptr_t address) const
{
    // Blocks are at least 8-byte aligned; mix the bits so neighbouring blocks spread out.
    uint64_t hash = (address >> 3) * 0x9e3779b97f4a7c15ull;
    return static_cast<size_t>(hash >> 20) & (m_capacity - 1);
}

bool BlockTable::grow()
{
    size_t capacity = m_capacity ? m_capacity * 2 : 1024;
    auto* slots = static_cast<Slot*>(std::calloc(capacity, sizeof(Slot)));
    if (!slots)
        return false;
    Slot* old_slots = m_slots;
    size_t old_capacity = m_capacity;
    m_slots = slots;
    m_capacity = capacity;
    for (size_t index = 0; index < old_capacity; ++index) {
        if (!old_slots[index].address)
            continue;
        size_t slot = home_of(old_slots[index].address);
        while (m_slots[slot].address)
            slot = (slot + 1) & (m_capacity - 1);
        m_slots[slot] = old_slots[index];
    }
    std::free(old_slots);
    return true;
}

BlockRecord* BlockTable::find(const void* pointer)
{
    if (!m_count)
        return nullptr;
    uintptr_t address = reinterpret_cast<uintptr_t>(pointer);
    for (size_t slot = home_of(address);; slot = (slot + 1) & (m_capacity - 1)) {
        if (m_slots[slot].address == address)
            return &m_slots[slot].record;
        if (!m_slots[slot].address)
            return nullptr;
    }
}

BlockRecord* BlockTable::insert(const void* pointer)
{
    if (BlockRecord* existing = find(pointer))
        return existing;
    if ((m_count + 1) * 4 > m_capacity * 3 && !grow())
        return nullptr;
    uintptr_t address = reinterpret_cast<uintptr_t>(pointer);
    size_t slot = home_of(address);
    while (m_slots[slot].address)
        slot = (slot + 1) & (m_capacity - 1);
    m_slots[slot].address = address;
    m_slots[slot].record = BlockRecord {};
    ++m_count;
    return &m_slots[slot].record;
}

void BlockTable::remove(const void* pointer)
{
    if (!m_count)
        return;
    uintptr_t address = reinterpret_cast<uintptr_t>(pointer);
    size_t mask = m_capacity - 1;
    size_t hole = home_of(address);
    while (m_slots[hole].address != address) {
        if (!m_slots[hole].address)
            return;
        hole = (hole + 1) & mask;
    }
    // Shift back every following entry that may move into the hole without passing its home slot.
    for (size_t next = (hole + 1) & mask; m_slots[next].address; next = (next + 1) & mask) {
        size_t home = home_of(m_slots[next].address);
        bool movable = ((next - home) & mask) >= ((next - hole) & mask);
        if (movable) {
            m_slots[hole] = m_slots[next];
            hole = next;
        }
    }
    m_slots[hole].address = 0;
    --m_count;
}

void BlockTable::clear()
{
    // A table grown by one big request gives its memory back rather than being wiped every request.
    if (m_capacity > (size_t(1) << 16)) {
        std::free(m_slots);
        m_slots = nullptr;
        m_capacity = 0;
    } else if (m_slots && m_count) {
        std::memset(static_cast<void*>(m_slots), 0, m_capacity * sizeof(Slot));
    }
    m_count = 0;
}

}

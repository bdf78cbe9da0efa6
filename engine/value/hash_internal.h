// Helpers shared by the hash table's source files (hash_table.cpp, hash_lifecycle.cpp,
// hash_iterator.cpp); not part of the extension API.
//
// The storage of an initialized table is one block: the hash index (`slot_count` 32-bit slots) followed
// by the elements. `arData`/`arPacked` point at the elements, so the block starts `slot_count * 4` bytes
// before them. The slot count is the negated `nTableMask`: 2 for packed tables, twice the table size for
// mixed ones.
#pragma once

#include <cstring>

#include "engine/value/hash_table.h"

namespace miniphp::hash_detail {

inline uint32_t slot_count(uint32_t mask) { return static_cast<uint32_t>(-static_cast<int32_t>(mask)); }

inline bool is_persistent(const HashTable* ht) { return (GC_FLAGS(ht) & IS_ARRAY_PERSISTENT) != 0; }

inline size_t mixed_bytes(uint32_t size) { return size_t(size) * 2 * sizeof(uint32_t) + size_t(size) * sizeof(Bucket); }
inline size_t packed_bytes(uint32_t size) { return 2 * sizeof(uint32_t) + size_t(size) * sizeof(zval); }

inline void* block_start(const HashTable* ht)
{
    return reinterpret_cast<char*>(ht->arData) - size_t(slot_count(ht->nTableMask)) * sizeof(uint32_t);
}

inline void clear_index(HashTable* ht)
{
    std::memset(block_start(ht), 0xff, size_t(slot_count(ht->nTableMask)) * sizeof(uint32_t));
}

// Put bucket `idx` at the head of its chain.
inline void link_bucket(HashTable* ht, uint32_t idx)
{
    Bucket* p = ht->arData + idx;
    uint32_t& slot = ht_hash_slot(ht, static_cast<uint32_t>(p->h) | ht->nTableMask);
    Z_NEXT(p->val) = slot;
    slot = idx;
}

// The shared two-slot empty index that uninitialized tables point into.
uint32_t* uninitialized_index_end();

// Round a requested size up to a power of two within [HT_MIN_SIZE, HT_MAX_SIZE].
uint32_t checked_table_size(uint32_t size);

// Delete the element at position `idx` (not a hole), whatever the layout (hash_table.cpp).
void delete_position(HashTable* ht, uint32_t idx);

// Move iterators past the end back to `used`.
void clamp_iterators(const HashTable* ht, uint32_t used);
// Detach every iterator that points into `ht` (the table is going away).
void remove_iterators(const HashTable* ht);

} // namespace miniphp::hash_detail

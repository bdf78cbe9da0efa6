// External iterators: positions in a hash table that stay valid while the table changes.
//
// `foreach ($array as &$value)` must see elements added during the loop and must not trip over
// elements deleted or moved by compaction, so its position cannot live in the VM alone. It is
// registered here, in the request's iterator table, and the table code calls back when it deletes the
// element an iterator points at (the iterator moves to the next element) or compacts (the iterator
// follows its element). A table counts its iterators in `nIteratorsCount` so tables without any (almost
// all) skip the search; the count saturates at 255, after which it is never decremented and the table
// simply always searches.
//
// The iterator also records which table it walks. When the array is separated (copy on write) under
// it, the VM passes the array it now holds to `zend_hash_iterator_pos`, and the iterator moves over to
// that table at the table's internal pointer, as PHP 8.2 does. A table that is destroyed poisons its
// iterators, so a later look-up never touches freed memory.
#include "engine/value/hash_internal.h"
#include "engine/value/refcount.h"
#include "engine/value/value_state.h"

using miniphp::HashTableIterator;
using miniphp::value_request;

namespace {

inline void count_up(HashTable* ht)
{
    if (ht->u.v.nIteratorsCount != HT_ITERATORS_OVERFLOW && !(GC_FLAGS(ht) & GC_IMMUTABLE))
        ht->u.v.nIteratorsCount++;
}

inline void count_down(HashTable* ht)
{
    if (ht && ht != miniphp::poisoned_table() && ht->u.v.nIteratorsCount != HT_ITERATORS_OVERFLOW
        && ht->u.v.nIteratorsCount > 0)
        ht->u.v.nIteratorsCount--;
}

} // namespace

uint32_t zend_hash_iterator_add(HashTable* ht, HashPosition pos)
{
    miniphp::ValueRequestState* state = value_request();
    uint32_t idx = 0;
    while (idx < state->iterators_used && state->iterators[idx].ht)
        ++idx;
    if (idx == state->iterators_used) {
        if (state->iterators_used == state->iterators_capacity) {
            const uint32_t capacity = state->iterators_capacity * 2;
            auto* grown = static_cast<HashTableIterator*>(emalloc(sizeof(HashTableIterator) * capacity));
            std::memcpy(grown, state->iterators, sizeof(HashTableIterator) * state->iterators_used);
            if (state->iterators != state->iterators_inline)
                efree(state->iterators);
            state->iterators = grown;
            state->iterators_capacity = capacity;
        }
        state->iterators_used++;
    }
    state->iterators[idx] = { ht, pos };
    count_up(ht);
    return idx;
}

HashPosition zend_hash_iterator_pos(uint32_t idx, HashTable* ht)
{
    HashTableIterator* iter = &value_request()->iterators[idx];
    if (iter->ht != ht) {
        count_down(iter->ht);
        count_up(ht);
        iter->ht = ht;
        iter->pos = zend_hash_get_current_pos(ht);
    }
    return iter->pos;
}

HashPosition zend_hash_iterator_pos_ex(uint32_t idx, zval* array)
{
    HashTableIterator* iter = &value_request()->iterators[idx];
    if (iter->ht != Z_ARRVAL_P(array)) {
        // The array changed under the loop; the loop is about to write through it, so separate now.
        SEPARATE_ARRAY(array);
    }
    return zend_hash_iterator_pos(idx, Z_ARRVAL_P(array));
}

void zend_hash_iterator_set_pos(uint32_t idx, HashPosition pos) { value_request()->iterators[idx].pos = pos; }

void zend_hash_iterator_del(uint32_t idx)
{
    miniphp::ValueRequestState* state = value_request();
    HashTableIterator* iter = &state->iterators[idx];
    count_down(iter->ht);
    iter->ht = nullptr;
    while (state->iterators_used > 0 && !state->iterators[state->iterators_used - 1].ht)
        state->iterators_used--;
}

HashPosition zend_hash_iterators_lower_pos(const HashTable* ht, HashPosition start)
{
    miniphp::ValueRequestState* state = value_request();
    HashPosition lowest = HT_INVALID_IDX;
    for (uint32_t i = 0; i < state->iterators_used; ++i) {
        const HashTableIterator& iter = state->iterators[i];
        if (iter.ht == ht && iter.pos >= start && iter.pos < lowest)
            lowest = iter.pos;
    }
    return lowest;
}

void _zend_hash_iterators_update(const HashTable* ht, HashPosition from, HashPosition to)
{
    miniphp::ValueRequestState* state = value_request();
    for (uint32_t i = 0; i < state->iterators_used; ++i) {
        HashTableIterator& iter = state->iterators[i];
        if (iter.ht == ht && iter.pos == from)
            iter.pos = to;
    }
}

void zend_hash_iterators_advance(const HashTable* ht, HashPosition step)
{
    miniphp::ValueRequestState* state = value_request();
    for (uint32_t i = 0; i < state->iterators_used; ++i) {
        HashTableIterator& iter = state->iterators[i];
        if (iter.ht == ht)
            iter.pos += step;
    }
}

namespace miniphp::hash_detail {

void clamp_iterators(const HashTable* ht, uint32_t used)
{
    ValueRequestState* state = value_request();
    for (uint32_t i = 0; i < state->iterators_used; ++i) {
        HashTableIterator& iter = state->iterators[i];
        if (iter.ht == ht && iter.pos > used)
            iter.pos = used;
    }
}

void remove_iterators(const HashTable* ht)
{
    ValueRequestState* state = value_request();
    for (uint32_t i = 0; i < state->iterators_used; ++i) {
        if (state->iterators[i].ht == ht)
            state->iterators[i].ht = poisoned_table();
    }
}

} // namespace miniphp::hash_detail

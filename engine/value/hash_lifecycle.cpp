// The hash table's life cycle: destroying, emptying and duplicating whole tables.
//
// Duplication is what copy-on-write separation calls, so it is on the hot path of every PHP array
// write after an assignment. A table without holes is copied bucket for bucket together with its hash
// index (positions and chains stay valid, one memcpy for the index); a table with holes is squeezed
// while copying and its index rebuilt. Each copied value gains a count, except that a reference held
// only by the source array is copied as the plain value it refers to: nobody else can observe the
// reference, and this is what makes `$b = $a` after `foreach ($a as &$v)` behave as PHP users expect.
#include "engine/value/hash_internal.h"
#include "engine/value/refcount.h"
#include "engine/value/value_state.h"

using namespace miniphp::hash_detail;

namespace {

void destroy_elements(HashTable* ht)
{
    const uint32_t used = ht->nNumUsed;
    if (HT_IS_PACKED(ht)) {
        if (ht->pDestructor) {
            for (uint32_t i = 0; i < used; ++i) {
                if (!Z_ISUNDEF(ht->arPacked[i]))
                    ht->pDestructor(&ht->arPacked[i]);
            }
        }
        return;
    }
    const bool release_keys = !(HT_FLAGS(ht) & HASH_FLAG_STATIC_KEYS);
    for (uint32_t i = 0; i < used; ++i) {
        Bucket* p = ht->arData + i;
        if (Z_ISUNDEF(p->val))
            continue;
        if (ht->pDestructor)
            ht->pDestructor(&p->val);
        if (release_keys && p->key)
            zend_string_release(p->key);
    }
}

void free_storage(HashTable* ht)
{
    if (HT_HAS_ITERATORS(ht))
        remove_iterators(ht);
    if (!HT_IS_UNINITIALIZED(ht))
        pefree(block_start(ht), is_persistent(ht));
}

// Copy one value out of `source` with a count (see the file comment for the reference rule).
inline void copy_element(zval* dst, const zval* src, const HashTable* source)
{
    if (Z_ISREF_P(src) && Z_REFCOUNT_P(src) == 1) {
        const zval* inner = Z_REFVAL_P(src);
        if (!(Z_TYPE_P(inner) == IS_ARRAY && Z_ARR_P(inner) == source))
            src = inner;
    }
    ZVAL_COPY(dst, src);
}

} // namespace

void zend_hash_destroy(HashTable* ht)
{
    if (!HT_IS_UNINITIALIZED(ht))
        destroy_elements(ht);
    free_storage(ht);
}

void zend_array_destroy(HashTable* ht)
{
    // Nothing may treat the table as a live array while its elements die (their destructors can run
    // PHP code), so it stops looking like one first.
    GC_TYPE_INFO(ht) = GC_NULL | (GC_TYPE_INFO(ht) & GC_PERSISTENT);
    zend_hash_destroy(ht);
    pefree(ht, (GC_FLAGS(ht) & GC_PERSISTENT) != 0);
}

void zend_hash_clean(HashTable* ht)
{
    if (HT_IS_UNINITIALIZED(ht))
        return;
    destroy_elements(ht);
    ht->nNumUsed = 0;
    ht->nNumOfElements = 0;
    ht->nInternalPointer = 0;
    ht->nNextFreeElement = ZEND_LONG_MIN;
    if (!HT_IS_PACKED(ht))
        clear_index(ht);
    HT_FLAGS(ht) |= HASH_FLAG_STATIC_KEYS;
    if (HT_HAS_ITERATORS(ht))
        clamp_iterators(ht, 0);
}

void zend_hash_graceful_reverse_destroy(HashTable* ht)
{
    uint32_t idx = ht->nNumUsed;
    while (idx > 0) {
        --idx;
        if (idx < ht->nNumUsed && !zend_hash_position_is_hole(ht, idx))
            delete_position(ht, idx);
        // A destructor may have deleted more elements behind us; restart from what is left.
        if (idx > ht->nNumUsed)
            idx = ht->nNumUsed;
    }
    free_storage(ht);
}

uint32_t zend_array_count(HashTable* ht) { return ht->nNumOfElements; }

HashTable* zend_array_dup(HashTable* source)
{
    auto* target = static_cast<HashTable*>(emalloc(sizeof(HashTable)));
    target->gc.refcount = 1;
    target->gc.type_info = GC_ARRAY;
    target->pDestructor = ZVAL_PTR_DTOR;
    target->nNextFreeElement = source->nNextFreeElement;
    target->nTableSize = source->nTableSize;

    if (source->nNumOfElements == 0) {
        HT_FLAGS(target) = HASH_FLAG_UNINITIALIZED;
        target->nTableMask = HT_MIN_MASK;
        target->arHash = uninitialized_index_end();
        target->nNumUsed = 0;
        target->nNumOfElements = 0;
        target->nInternalPointer = 0;
        return target;
    }

    const uint32_t used = source->nNumUsed;
    target->nNumUsed = used;
    target->nNumOfElements = source->nNumOfElements;
    target->nInternalPointer = source->nInternalPointer <= used ? source->nInternalPointer : used;

    if (HT_IS_PACKED(source)) {
        // Holes stay where they are: in a packed table a position is a key.
        HT_FLAGS(target) = HASH_FLAG_PACKED | HASH_FLAG_STATIC_KEYS;
        auto* block = static_cast<uint32_t*>(emalloc(packed_bytes(target->nTableSize)));
        block[0] = HT_INVALID_IDX;
        block[1] = HT_INVALID_IDX;
        target->arPacked = reinterpret_cast<zval*>(block + 2);
        target->nTableMask = HT_MIN_MASK;
        for (uint32_t i = 0; i < used; ++i) {
            const zval* src = &source->arPacked[i];
            if (Z_ISUNDEF_P(src))
                ZVAL_UNDEF(&target->arPacked[i]);
            else
                copy_element(&target->arPacked[i], src, source);
        }
        return target;
    }

    HT_FLAGS(target) = HT_FLAGS(source) & HASH_FLAG_STATIC_KEYS;
    target->nTableMask = source->nTableMask;
    auto* block = static_cast<char*>(emalloc(mixed_bytes(target->nTableSize)));
    target->arData = reinterpret_cast<Bucket*>(block + size_t(slot_count(target->nTableMask)) * sizeof(uint32_t));

    if (used == source->nNumOfElements) {
        // No holes: positions and chains carry over unchanged.
        std::memcpy(block, block_start(source), size_t(slot_count(source->nTableMask)) * sizeof(uint32_t));
        for (uint32_t i = 0; i < used; ++i) {
            const Bucket* p = source->arData + i;
            Bucket* q = target->arData + i;
            copy_element(&q->val, &p->val, source);
            Z_NEXT(q->val) = Z_NEXT(p->val);
            q->h = p->h;
            q->key = p->key;
            if (q->key && !ZSTR_IS_INTERNED(q->key))
                GC_ADDREF(q->key);
        }
        return target;
    }

    clear_index(target);
    uint32_t j = 0;
    uint32_t internal = used;
    for (uint32_t i = 0; i < used; ++i) {
        if (i == source->nInternalPointer)
            internal = j;
        const Bucket* p = source->arData + i;
        if (Z_ISUNDEF(p->val))
            continue;
        Bucket* q = target->arData + j;
        copy_element(&q->val, &p->val, source);
        q->h = p->h;
        q->key = p->key;
        if (q->key && !ZSTR_IS_INTERNED(q->key))
            GC_ADDREF(q->key);
        link_bucket(target, j);
        ++j;
    }
    target->nNumUsed = j;
    target->nInternalPointer = internal < j ? internal : j;
    return target;
}

void zend_hash_copy(HashTable* target, HashTable* source, copy_ctor_func_t copy_constructor)
{
    for (miniphp::HashEntry entry : miniphp::hash_entries(source)) {
        zval value;
        ZVAL_COPY_VALUE(&value, entry.value);
        zval* stored = entry.key ? zend_hash_update(target, entry.key, &value)
                                 : zend_hash_index_update(target, entry.h, &value);
        if (copy_constructor)
            copy_constructor(stored);
    }
}

// Sorting a hash table and comparing two of them.
//
// Sorting works on buckets, so a packed table is first turned into a hash one and holes are squeezed
// out. The sort is a merge sort over the bucket array with a scratch buffer from the request heap: it
// is stable (PHP 8 guarantees stable sorts), it never calls the C++ allocator, and if a user compare
// function bails out the buffer is simply reclaimed with the rest of the request (the bailout rule). Once
// the buckets are in order the hash index is rebuilt (keys kept) or the keys are renumbered and the
// table becomes packed again.
#include "engine/value/hash_internal.h"
#include "engine/error/messages.h"
#include "engine/value/value_state.h"

using namespace miniphp::hash_detail;

namespace {

// Sort buckets[0..count) using scratch[0..count). Bottom-up merge sort: runs of insertion-sorted
// groups of 8, then merges of doubling width, alternating between the two arrays.
void merge_sort(Bucket* buckets, Bucket* scratch, uint32_t count, bucket_compare_func_t compare)
{
    constexpr uint32_t run = 8;
    for (uint32_t start = 0; start < count; start += run) {
        const uint32_t end = start + run < count ? start + run : count;
        for (uint32_t i = start + 1; i < end; ++i) {
            Bucket moving = buckets[i];
            uint32_t j = i;
            // Strictly greater moves: equal elements keep their order.
            while (j > start && compare(&buckets[j - 1], &moving) > 0) {
                buckets[j] = buckets[j - 1];
                --j;
            }
            buckets[j] = moving;
        }
    }
    Bucket* from = buckets;
    Bucket* to = scratch;
    for (uint32_t width = run; width < count; width *= 2) {
        for (uint32_t left = 0; left < count; left += 2 * width) {
            const uint32_t mid = left + width < count ? left + width : count;
            const uint32_t right = left + 2 * width < count ? left + 2 * width : count;
            uint32_t i = left;
            uint32_t j = mid;
            uint32_t k = left;
            while (i < mid && j < right)
                to[k++] = compare(&from[j], &from[i]) < 0 ? from[j++] : from[i++];
            while (i < mid)
                to[k++] = from[i++];
            while (j < right)
                to[k++] = from[j++];
        }
        Bucket* swap = from;
        from = to;
        to = swap;
    }
    if (from != buckets)
        std::memcpy(static_cast<void*>(buckets), from, sizeof(Bucket) * count);
}

} // namespace

void zend_hash_sort_ex(HashTable* ht, sort_func_t, bucket_compare_func_t compare, bool renumber)
{
    if (ht->nNumOfElements <= 1 && !(renumber && ht->nNumOfElements == 1)) {
        ht->nInternalPointer = 0;
        return;
    }
    if (HT_IS_PACKED(ht))
        zend_hash_packed_to_hash(ht); // squeezes holes too
    else if (ht->nNumUsed != ht->nNumOfElements)
        zend_hash_rehash(ht);
    const uint32_t count = ht->nNumUsed;
    auto* scratch = static_cast<Bucket*>(emalloc(sizeof(Bucket) * count));
    merge_sort(ht->arData, scratch, count, compare);
    efree(scratch);
    ht->nInternalPointer = 0;

    if (renumber) {
        for (uint32_t i = 0; i < count; ++i) {
            Bucket* p = ht->arData + i;
            if (p->key) {
                zend_string_release(p->key);
                p->key = nullptr;
            }
            p->h = i;
        }
        ht->nNextFreeElement = count;
        zend_hash_to_packed(ht);
    } else {
        clear_index(ht);
        for (uint32_t i = 0; i < count; ++i)
            link_bucket(ht, i);
    }
}

int zend_hash_compare(HashTable* ht1, HashTable* ht2, compare_func_t compare, bool ordered)
{
    if (ht1 == ht2)
        return 0;
    if (ht1->nNumOfElements != ht2->nNumOfElements)
        return ht1->nNumOfElements > ht2->nNumOfElements ? 1 : -1;
    if (GC_IS_RECURSIVE(ht1)) {
        // FIXME: PHP 8 throws Error("Nesting level too deep - recursive dependency?") here.
        miniphp::value_fatal("%s", miniphp::value::messages::kNestingTooDeep);
    }
    const bool protect = !(GC_FLAGS(ht1) & GC_IMMUTABLE);
    if (protect)
        GC_PROTECT_RECURSION(ht1);
    int result = 0;
    uint32_t pos2 = 0;
    for (uint32_t pos1 = 0; pos1 < ht1->nNumUsed && result == 0; ++pos1) {
        if (zend_hash_position_is_hole(ht1, pos1))
            continue;
        zval* value1 = zend_hash_position_value(ht1, pos1);
        const zend_string* key1 = HT_IS_PACKED(ht1) ? nullptr : ht1->arData[pos1].key;
        const zend_ulong h1 = HT_IS_PACKED(ht1) ? pos1 : ht1->arData[pos1].h;
        zval* value2;
        if (ordered) {
            // Same number of elements, so ht2 has an element at the same rank.
            pos2 = zend_hash_skip_holes(ht2, pos2);
            value2 = zend_hash_position_value(ht2, pos2);
            const zend_string* key2 = HT_IS_PACKED(ht2) ? nullptr : ht2->arData[pos2].key;
            const zend_ulong h2 = HT_IS_PACKED(ht2) ? pos2 : ht2->arData[pos2].h;
            ++pos2;
            if (!key1 && !key2) {
                if (h1 != h2)
                    result = h1 > h2 ? 1 : -1;
            } else if (key1 && key2) {
                if (key1->len != key2->len)
                    result = key1->len > key2->len ? 1 : -1;
                else
                    result = std::memcmp(key1->val, key2->val, key1->len);
            } else {
                result = key1 ? 1 : -1; // a string key counts as larger
            }
            if (result != 0)
                break;
        } else {
            value2 = key1 ? zend_hash_find(ht2, const_cast<zend_string*>(key1)) : zend_hash_index_find(ht2, h1);
            if (!value2) {
                result = 1;
                break;
            }
        }
        if (Z_TYPE_P(value1) == IS_INDIRECT)
            value1 = Z_INDIRECT_P(value1);
        if (Z_TYPE_P(value2) == IS_INDIRECT)
            value2 = Z_INDIRECT_P(value2);
        if (Z_ISUNDEF_P(value1)) {
            if (!Z_ISUNDEF_P(value2))
                result = -1;
        } else if (Z_ISUNDEF_P(value2)) {
            result = 1;
        } else {
            result = compare(value1, value2);
        }
    }
    if (protect)
        GC_UNPROTECT_RECURSION(ht1);
    return result;
}

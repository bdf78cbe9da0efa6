// The hash table's core: PHP's key rule, setting up storage, inserting, deleting, growing and
// compacting. The layout and invariants are described in hash_table.h; destruction and copying are in
// hash_lifecycle.cpp, the internal pointer in hash_position.cpp, external iterators in
// hash_iterator.cpp, sorting in hash_sort.cpp.
//
// Written top-down: storage set-up and layout changes first (they are what the insertion paths call),
// then insertion by string key and by integer key, then deletion.
//
// One rule runs through all of it: a value leaving the table is first unlinked and its slot marked as a
// hole, and only then destroyed. Destroying a value can run PHP code (an object's destructor) that looks
// at or changes this very table, so the table must be consistent before that happens.
#include <bit>

#include "engine/error/messages.h"
#include "engine/value/hash_internal.h"
#include "engine/value/value_state.h"

using namespace miniphp::hash_detail;

namespace {

// Two empty slots: the whole index of a table that has no storage yet, and of the shared empty array.
const uint32_t g_uninitialized_index[2] = { HT_INVALID_IDX, HT_INVALID_IDX };

} // namespace

extern const HashTable zend_empty_array = {
    .gc = { .refcount = 2, .type_info = IS_ARRAY | GC_IMMUTABLE | GC_NOT_COLLECTABLE },
    .u = { .flags = HASH_FLAG_UNINITIALIZED },
    .nTableMask = HT_MIN_MASK,
    .arHash = const_cast<uint32_t*>(g_uninitialized_index + 2),
    .nNumUsed = 0,
    .nNumOfElements = 0,
    .nTableSize = HT_MIN_SIZE,
    .nInternalPointer = 0,
    // PHP 8.2 starts `[]` at 0 but a table made by zend_new_array at ZEND_LONG_MIN, which is why
    // `$a = []; $a[-5] = 1; $a[] = 2;` uses key 0 while `[-5 => 1, 2]` uses key -4.
    .nNextFreeElement = 0,
    .pDestructor = zval_ptr_dtor,
};

namespace miniphp::hash_detail {

uint32_t* uninitialized_index_end() { return const_cast<uint32_t*>(g_uninitialized_index + 2); }

uint32_t checked_table_size(uint32_t size)
{
    if (size <= HT_MIN_SIZE)
        return HT_MIN_SIZE;
    if (size > HT_MAX_SIZE)
        value_fatal(error::messages::kAllocationOverflow, size_t(size), sizeof(Bucket) + 2 * sizeof(uint32_t),
                    size_t(0));
    return std::bit_ceil(size);
}

} // namespace miniphp::hash_detail

// --- key normalisation ---------------------------------------------------------------------------

bool _zend_handle_numeric_str_ex(const char* key, size_t length, zend_ulong* idx)
{
    const char* p = key;
    const char* end = key + length;
    bool negative = false;
    if (p < end && *p == '-') {
        negative = true;
        ++p;
    }
    size_t digits = static_cast<size_t>(end - p);
    // 19 digits is the most a zend_long can spell, and keeps the accumulation below from overflowing.
    if (digits == 0 || digits > MAX_LENGTH_OF_LONG - 1)
        return false;
    if (*p == '0' && (digits > 1 || negative))
        return false; // "01", "-0", "-01" stay strings
    zend_ulong value = 0;
    for (; p < end; ++p) {
        if (*p < '0' || *p > '9')
            return false;
        value = value * 10 + static_cast<zend_ulong>(*p - '0');
    }
    if (negative) {
        if (value > static_cast<zend_ulong>(ZEND_LONG_MAX) + 1)
            return false;
        *idx = 0 - value; // two's complement: the key is the negative number
    } else {
        if (value > static_cast<zend_ulong>(ZEND_LONG_MAX))
            return false;
        *idx = value;
    }
    return true;
}

// --- setting up storage --------------------------------------------------------------------------

void _zend_hash_init(HashTable* ht, uint32_t size, dtor_func_t destructor, bool persistent)
{
    ht->gc.refcount = 1;
    ht->gc.type_info = GC_ARRAY | (persistent ? (GC_PERSISTENT | GC_NOT_COLLECTABLE) : 0u);
    HT_FLAGS(ht) = HASH_FLAG_UNINITIALIZED;
    ht->nTableMask = HT_MIN_MASK;
    ht->arHash = uninitialized_index_end();
    ht->nNumUsed = 0;
    ht->nNumOfElements = 0;
    ht->nTableSize = checked_table_size(size);
    ht->nInternalPointer = 0;
    ht->nNextFreeElement = ZEND_LONG_MIN;
    ht->pDestructor = destructor;
}

HashTable* _zend_new_array(uint32_t size)
{
    auto* ht = static_cast<HashTable*>(emalloc(sizeof(HashTable)));
    _zend_hash_init(ht, size, ZVAL_PTR_DTOR, false);
    return ht;
}

HashTable* _zend_new_array_0() { return _zend_new_array(0); }

void zend_hash_real_init_packed(HashTable* ht)
{
    auto* block = static_cast<uint32_t*>(pemalloc(packed_bytes(ht->nTableSize), is_persistent(ht)));
    block[0] = HT_INVALID_IDX;
    block[1] = HT_INVALID_IDX;
    ht->arPacked = reinterpret_cast<zval*>(block + 2);
    ht->nTableMask = HT_MIN_MASK;
    HT_FLAGS(ht) = (HT_FLAGS(ht) & ~(HASH_FLAG_UNINITIALIZED)) | HASH_FLAG_PACKED | HASH_FLAG_STATIC_KEYS;
}

void zend_hash_real_init_mixed(HashTable* ht)
{
    uint32_t size = ht->nTableSize;
    auto* block = static_cast<char*>(pemalloc(mixed_bytes(size), is_persistent(ht)));
    ht->nTableMask = static_cast<uint32_t>(-static_cast<int32_t>(2 * size));
    ht->arData = reinterpret_cast<Bucket*>(block + size_t(2 * size) * sizeof(uint32_t));
    clear_index(ht);
    HT_FLAGS(ht) = (HT_FLAGS(ht) & ~(HASH_FLAG_UNINITIALIZED | HASH_FLAG_PACKED)) | HASH_FLAG_STATIC_KEYS;
}

void zend_hash_real_init(HashTable* ht, bool packed)
{
    if (!HT_IS_UNINITIALIZED(ht))
        return;
    if (packed)
        zend_hash_real_init_packed(ht);
    else
        zend_hash_real_init_mixed(ht);
}

// Rebuild the index from the buckets, squeezing out holes first if there are any. Squeezing moves
// elements to lower positions, so the internal pointer and external iterators are moved with them: a
// position p becomes the number of elements before p, which is where the element at or after p lands.
void zend_hash_rehash(HashTable* ht)
{
    if (HT_IS_UNINITIALIZED(ht) || HT_IS_PACKED(ht))
        return;
    clear_index(ht);
    if (ht->nNumOfElements == 0) {
        ht->nNumUsed = 0;
        ht->nInternalPointer = 0;
        if (HT_HAS_ITERATORS(ht))
            clamp_iterators(ht, 0);
        return;
    }
    const uint32_t used = ht->nNumUsed;
    if (used == ht->nNumOfElements) {
        for (uint32_t i = 0; i < used; ++i)
            link_bucket(ht, i);
        return;
    }
    const bool has_iterators = HT_HAS_ITERATORS(ht);
    uint32_t next_iterator = has_iterators ? zend_hash_iterators_lower_pos(ht, 0) : HT_INVALID_IDX;
    uint32_t internal = ht->nInternalPointer;
    uint32_t j = 0;
    for (uint32_t i = 0; i < used; ++i) {
        if (i == ht->nInternalPointer)
            internal = j;
        if (i == next_iterator) {
            _zend_hash_iterators_update(ht, i, j);
            next_iterator = zend_hash_iterators_lower_pos(ht, i + 1);
        }
        Bucket* p = ht->arData + i;
        if (Z_ISUNDEF(p->val))
            continue;
        if (i != j)
            ht->arData[j] = *p;
        link_bucket(ht, j);
        ++j;
    }
    ht->nNumUsed = j;
    if (ht->nInternalPointer >= used)
        internal = j;
    ht->nInternalPointer = internal;
    if (has_iterators)
        clamp_iterators(ht, j);
}

void zend_hash_packed_to_hash(HashTable* ht)
{
    zval* old_values = ht->arPacked;
    void* old_block = block_start(ht);
    const uint32_t used = ht->nNumUsed;
    const uint32_t size = ht->nTableSize;
    auto* block = static_cast<char*>(pemalloc(mixed_bytes(size), is_persistent(ht)));
    ht->nTableMask = static_cast<uint32_t>(-static_cast<int32_t>(2 * size));
    ht->arData = reinterpret_cast<Bucket*>(block + size_t(2 * size) * sizeof(uint32_t));
    HT_FLAGS(ht) &= ~HASH_FLAG_PACKED;
    for (uint32_t i = 0; i < used; ++i) {
        Bucket* p = ht->arData + i;
        ZVAL_COPY_VALUE(&p->val, &old_values[i]);
        p->h = i;
        p->key = nullptr;
    }
    pefree(old_block, is_persistent(ht));
    zend_hash_rehash(ht);
}

void zend_hash_to_packed(HashTable* ht)
{
    if (HT_IS_PACKED(ht) || HT_IS_UNINITIALIZED(ht))
        return;
    const uint32_t used = ht->nNumUsed;
    Bucket* old_buckets = ht->arData;
    void* old_block = block_start(ht);
    auto* block = static_cast<uint32_t*>(pemalloc(packed_bytes(ht->nTableSize), is_persistent(ht)));
    block[0] = HT_INVALID_IDX;
    block[1] = HT_INVALID_IDX;
    zval* values = reinterpret_cast<zval*>(block + 2);
    for (uint32_t i = 0; i < used; ++i) {
        // The caller promises that every element's key is its position (keys 0..n-1 in order).
        ZVAL_COPY_VALUE(&values[i], &old_buckets[i].val);
    }
    pefree(old_block, is_persistent(ht));
    ht->arPacked = values;
    ht->nTableMask = HT_MIN_MASK;
    HT_FLAGS(ht) |= HASH_FLAG_PACKED | HASH_FLAG_STATIC_KEYS;
}

static void grow_packed(HashTable* ht, uint32_t new_size)
{
    if (new_size > HT_MAX_SIZE)
        miniphp::value_fatal(miniphp::error::messages::kAllocationOverflow, size_t(new_size), sizeof(zval),
                             sizeof(uint32_t) * 2);
    auto* block = static_cast<uint32_t*>(perealloc(block_start(ht), packed_bytes(new_size), is_persistent(ht)));
    ht->arPacked = reinterpret_cast<zval*>(block + 2);
    ht->nTableSize = new_size;
}

// Moves a mixed table's buckets into storage for `new_size` of them (at least nNumUsed) and rebuilds the hash
// index, which depends on the table size.
static void resize_mixed(HashTable* ht, uint32_t new_size)
{
    void* old_block = block_start(ht);
    Bucket* old_buckets = ht->arData;
    auto* block = static_cast<char*>(pemalloc(mixed_bytes(new_size), is_persistent(ht)));
    ht->nTableSize = new_size;
    ht->nTableMask = static_cast<uint32_t>(-static_cast<int32_t>(2 * new_size));
    ht->arData = reinterpret_cast<Bucket*>(block + size_t(2 * new_size) * sizeof(uint32_t));
    std::memcpy(static_cast<void*>(ht->arData), old_buckets, sizeof(Bucket) * ht->nNumUsed);
    pefree(old_block, is_persistent(ht));
    zend_hash_rehash(ht);
}

// Make room for one more bucket in a full mixed table: squeeze out holes when that frees enough, else
// double the storage.
static void make_room(HashTable* ht)
{
    if (ht->nNumUsed > ht->nNumOfElements + (ht->nNumOfElements >> 5)) {
        zend_hash_rehash(ht);
        return;
    }
    const uint32_t new_size = ht->nTableSize * 2;
    if (ht->nTableSize >= HT_MAX_SIZE)
        miniphp::value_fatal(miniphp::error::messages::kAllocationOverflow, size_t(new_size),
                             sizeof(Bucket) + 2 * sizeof(uint32_t), size_t(0));
    resize_mixed(ht, new_size);
}

void zend_hash_extend(HashTable* ht, uint32_t size, bool packed)
{
    if (size == 0)
        return;
    if (HT_IS_UNINITIALIZED(ht)) {
        if (size > ht->nTableSize)
            ht->nTableSize = checked_table_size(size);
        zend_hash_real_init(ht, packed);
        return;
    }
    if (HT_IS_PACKED(ht)) {
        if (size > ht->nTableSize)
            grow_packed(ht, checked_table_size(size));
        return;
    }
    if (size <= ht->nTableSize)
        return;
    const uint32_t new_size = checked_table_size(size);
    resize_mixed(ht, new_size);
}

// --- insertion -----------------------------------------------------------------------------------

namespace {

enum class Mode { Add, Update, AddNew, Lookup };

// Overwrite a stored value, destroying the old one only once the new one is in place.
zval* replace_value(HashTable* ht, zval* slot, zval* data)
{
    zval old;
    ZVAL_COPY_VALUE(&old, slot);
    ZVAL_COPY_VALUE(slot, data);
    if (ht->pDestructor)
        ht->pDestructor(&old);
    return slot;
}

void store_new_value(zval* slot, zval* data, Mode mode)
{
    if (mode == Mode::Lookup)
        ZVAL_NULL(slot);
    else
        ZVAL_COPY_VALUE(slot, data);
}

// Append a bucket with string key `key` (whose reference the table takes as given) to a mixed table.
zval* append_string_bucket(HashTable* ht, zend_string* key, zend_ulong h, zval* data, Mode mode)
{
    if (ht->nNumUsed >= ht->nTableSize)
        make_room(ht);
    const uint32_t idx = ht->nNumUsed++;
    ht->nNumOfElements++;
    Bucket* p = ht->arData + idx;
    p->key = key;
    p->h = h;
    store_new_value(&p->val, data, mode);
    link_bucket(ht, idx);
    return &p->val;
}

void ensure_mixed(HashTable* ht)
{
    if (HT_IS_UNINITIALIZED(ht))
        zend_hash_real_init_mixed(ht);
    else if (HT_IS_PACKED(ht))
        zend_hash_packed_to_hash(ht);
}

zval* add_or_update(HashTable* ht, zend_string* key, zval* data, Mode mode)
{
    const zend_ulong h = ZSTR_HASH(key);
    if (HT_FLAGS(ht) & (HASH_FLAG_UNINITIALIZED | HASH_FLAG_PACKED)) {
        ensure_mixed(ht); // a table without string keys cannot hold this one
    } else if (mode != Mode::AddNew) {
        if (Bucket* p = zend_hash_find_bucket(ht, key, h)) {
            if (mode == Mode::Add)
                return nullptr;
            if (mode == Mode::Lookup)
                return &p->val;
            return replace_value(ht, &p->val, data);
        }
    }
    if (!ZSTR_IS_INTERNED(key)) {
        GC_ADDREF(key);
        HT_FLAGS(ht) &= ~HASH_FLAG_STATIC_KEYS;
    }
    return append_string_bucket(ht, key, h, data, mode);
}

zval* str_add_or_update(HashTable* ht, const char* str, size_t len, zval* data, Mode mode)
{
    const zend_ulong h = zend_inline_hash_func(str, len);
    if (HT_FLAGS(ht) & (HASH_FLAG_UNINITIALIZED | HASH_FLAG_PACKED)) {
        ensure_mixed(ht);
    } else if (mode != Mode::AddNew) {
        if (Bucket* p = zend_hash_str_find_bucket(ht, str, len, h)) {
            if (mode == Mode::Add)
                return nullptr;
            if (mode == Mode::Lookup)
                return &p->val;
            return replace_value(ht, &p->val, data);
        }
    }
    zend_string* key = zend_string_init(str, len, is_persistent(ht));
    key->h = h;
    HT_FLAGS(ht) &= ~HASH_FLAG_STATIC_KEYS;
    return append_string_bucket(ht, key, h, data, mode);
}

void note_integer_key(HashTable* ht, zend_ulong h)
{
    if (static_cast<zend_long>(h) >= ht->nNextFreeElement)
        ht->nNextFreeElement = static_cast<zend_long>(h) < ZEND_LONG_MAX ? static_cast<zend_long>(h) + 1 : ZEND_LONG_MAX;
}

zval* index_add_or_update(HashTable* ht, zend_ulong h, zval* data, Mode mode, bool next)
{
    if (next && h == static_cast<zend_ulong>(ZEND_LONG_MIN))
        h = 0; // no integer key yet: `$a[] = x` starts at 0

    if (HT_IS_PACKED(ht)) {
        if (h < ht->nNumUsed) {
            zval* slot = ht->arPacked + h;
            if (!Z_ISUNDEF_P(slot)) {
                if (mode == Mode::Lookup)
                    return slot;
                if (mode != Mode::Update)
                    return nullptr;
                return replace_value(ht, slot, data);
            }
            // Filling a hole would put the element before later ones: only a hash keeps that order.
            zend_hash_packed_to_hash(ht);
        } else if (h < ht->nTableSize) {
            goto add_to_packed;
        } else if ((h >> 1) < ht->nTableSize && (ht->nTableSize >> 1) < ht->nNumOfElements) {
            // Dense enough to stay a list: double it.
            grow_packed(ht, ht->nTableSize * 2);
            goto add_to_packed;
        } else {
            if (ht->nNumUsed >= ht->nTableSize)
                ht->nTableSize = checked_table_size(ht->nTableSize * 2);
            zend_hash_packed_to_hash(ht);
        }
    } else if (HT_IS_UNINITIALIZED(ht)) {
        if (h < ht->nTableSize) {
            zend_hash_real_init_packed(ht);
            goto add_to_packed;
        }
        zend_hash_real_init_mixed(ht);
    } else {
        if (mode != Mode::AddNew) {
            if (Bucket* p = zend_hash_index_find_bucket(ht, h)) {
                if (mode == Mode::Lookup)
                    return &p->val;
                if (mode != Mode::Update)
                    return nullptr;
                return replace_value(ht, &p->val, data);
            }
        }
    }

    {
        if (ht->nNumUsed >= ht->nTableSize)
            make_room(ht);
        const uint32_t idx = ht->nNumUsed++;
        ht->nNumOfElements++;
        Bucket* p = ht->arData + idx;
        p->key = nullptr;
        p->h = h;
        store_new_value(&p->val, data, mode);
        link_bucket(ht, idx);
        note_integer_key(ht, h);
        return &p->val;
    }

add_to_packed: {
    zval* slot = ht->arPacked + h;
    for (zval* hole = ht->arPacked + ht->nNumUsed; hole < slot; ++hole)
        ZVAL_UNDEF(hole);
    ht->nNumUsed = static_cast<uint32_t>(h) + 1;
    // PHP 8.2 sets the next free key to h + 1 here even if it was higher (keys deleted from the end),
    // so `$a = range(0, 9); unset($a[3..9]); $a[5] = 1; $a[] = 2;` puts 2 at key 6. We match it.
    ht->nNextFreeElement = static_cast<zend_long>(h) + 1;
    ht->nNumOfElements++;
    store_new_value(slot, data, mode);
    return slot;
}
}

} // namespace

zval* zend_hash_add(HashTable* ht, zend_string* key, zval* data) { return add_or_update(ht, key, data, Mode::Add); }
zval* zend_hash_update(HashTable* ht, zend_string* key, zval* data) { return add_or_update(ht, key, data, Mode::Update); }
zval* zend_hash_add_new(HashTable* ht, zend_string* key, zval* data) { return add_or_update(ht, key, data, Mode::AddNew); }
zval* zend_hash_lookup(HashTable* ht, zend_string* key) { return add_or_update(ht, key, nullptr, Mode::Lookup); }

zval* zend_hash_str_add(HashTable* ht, const char* str, size_t len, zval* data)
{
    return str_add_or_update(ht, str, len, data, Mode::Add);
}
zval* zend_hash_str_update(HashTable* ht, const char* str, size_t len, zval* data)
{
    return str_add_or_update(ht, str, len, data, Mode::Update);
}
zval* zend_hash_str_add_new(HashTable* ht, const char* str, size_t len, zval* data)
{
    return str_add_or_update(ht, str, len, data, Mode::AddNew);
}

zval* zend_hash_index_add(HashTable* ht, zend_ulong h, zval* data) { return index_add_or_update(ht, h, data, Mode::Add, false); }
zval* zend_hash_index_update(HashTable* ht, zend_ulong h, zval* data)
{
    return index_add_or_update(ht, h, data, Mode::Update, false);
}
zval* zend_hash_index_add_new(HashTable* ht, zend_ulong h, zval* data)
{
    return index_add_or_update(ht, h, data, Mode::AddNew, false);
}
zval* zend_hash_index_lookup(HashTable* ht, zend_ulong h) { return index_add_or_update(ht, h, nullptr, Mode::Lookup, false); }

zval* zend_hash_next_index_insert(HashTable* ht, zval* data)
{
    return index_add_or_update(ht, static_cast<zend_ulong>(ht->nNextFreeElement), data, Mode::Add, true);
}
zval* zend_hash_next_index_insert_new(HashTable* ht, zval* data)
{
    // "new" only promises the key is free; ZEND_LONG_MAX may still be taken, so check like add.
    return index_add_or_update(ht, static_cast<zend_ulong>(ht->nNextFreeElement), data, Mode::Add, true);
}

zval* zend_hash_add_empty_element(HashTable* ht, zend_string* key)
{
    zval null_value;
    ZVAL_NULL(&null_value);
    return zend_hash_add(ht, key, &null_value);
}

zval* zend_hash_index_add_empty_element(HashTable* ht, zend_ulong h)
{
    zval null_value;
    ZVAL_NULL(&null_value);
    return zend_hash_index_add(ht, h, &null_value);
}

// --- deletion ------------------------------------------------------------------------------------

namespace {

// Bookkeeping after position `idx` became a hole: counts, the internal pointer, iterators, and trimming
// trailing holes so nNumUsed - 1 is never a hole.
void forget_position(HashTable* ht, uint32_t idx)
{
    ht->nNumOfElements--;
    if (ht->nInternalPointer == idx || HT_HAS_ITERATORS(ht)) {
        const uint32_t new_idx = zend_hash_skip_holes(ht, idx + 1);
        if (ht->nInternalPointer == idx)
            ht->nInternalPointer = new_idx;
        zend_hash_iterators_update(ht, idx, new_idx);
    }
    if (ht->nNumUsed - 1 == idx) {
        do {
            ht->nNumUsed--;
        } while (ht->nNumUsed > 0 && zend_hash_position_is_hole(ht, ht->nNumUsed - 1));
        if (ht->nInternalPointer > ht->nNumUsed)
            ht->nInternalPointer = ht->nNumUsed;
        if (HT_HAS_ITERATORS(ht))
            clamp_iterators(ht, ht->nNumUsed);
    }
}

void delete_packed(HashTable* ht, uint32_t idx)
{
    zval old;
    ZVAL_COPY_VALUE(&old, &ht->arPacked[idx]);
    ZVAL_UNDEF(&ht->arPacked[idx]);
    forget_position(ht, idx);
    if (ht->pDestructor)
        ht->pDestructor(&old);
}

void delete_bucket(HashTable* ht, uint32_t idx, Bucket* prev)
{
    Bucket* p = ht->arData + idx;
    if (prev)
        Z_NEXT(prev->val) = Z_NEXT(p->val);
    else
        ht_hash_slot(ht, static_cast<uint32_t>(p->h) | ht->nTableMask) = Z_NEXT(p->val);
    zend_string* key = p->key;
    p->key = nullptr;
    zval old;
    ZVAL_COPY_VALUE(&old, &p->val);
    ZVAL_UNDEF(&p->val);
    forget_position(ht, idx);
    if (key)
        zend_string_release(key);
    if (ht->pDestructor)
        ht->pDestructor(&old);
}

} // namespace

zend_result zend_hash_del(HashTable* ht, zend_string* key)
{
    if (HT_FLAGS(ht) & (HASH_FLAG_UNINITIALIZED | HASH_FLAG_PACKED))
        return FAILURE;
    const zend_ulong h = ZSTR_HASH(key);
    Bucket* prev = nullptr;
    uint32_t idx = ht_hash_slot(ht, static_cast<uint32_t>(h) | ht->nTableMask);
    while (idx != HT_INVALID_IDX) {
        Bucket* p = ht->arData + idx;
        if (p->key == key || (p->h == h && p->key && zend_string_equal_content(p->key, key))) {
            delete_bucket(ht, idx, prev);
            return SUCCESS;
        }
        prev = p;
        idx = Z_NEXT(p->val);
    }
    return FAILURE;
}

zend_result zend_hash_str_del(HashTable* ht, const char* str, size_t len)
{
    if (HT_FLAGS(ht) & (HASH_FLAG_UNINITIALIZED | HASH_FLAG_PACKED))
        return FAILURE;
    const zend_ulong h = zend_inline_hash_func(str, len);
    Bucket* prev = nullptr;
    uint32_t idx = ht_hash_slot(ht, static_cast<uint32_t>(h) | ht->nTableMask);
    while (idx != HT_INVALID_IDX) {
        Bucket* p = ht->arData + idx;
        if (p->h == h && p->key && zend_string_equals_cstr(p->key, str, len)) {
            delete_bucket(ht, idx, prev);
            return SUCCESS;
        }
        prev = p;
        idx = Z_NEXT(p->val);
    }
    return FAILURE;
}

zend_result zend_hash_index_del(HashTable* ht, zend_ulong h)
{
    if (HT_IS_PACKED(ht)) {
        if (h < ht->nNumUsed && !Z_ISUNDEF(ht->arPacked[h])) {
            delete_packed(ht, static_cast<uint32_t>(h));
            return SUCCESS;
        }
        return FAILURE;
    }
    if (HT_IS_UNINITIALIZED(ht))
        return FAILURE;
    Bucket* prev = nullptr;
    uint32_t idx = ht_hash_slot(ht, static_cast<uint32_t>(h) | ht->nTableMask);
    while (idx != HT_INVALID_IDX) {
        Bucket* p = ht->arData + idx;
        if (p->h == h && !p->key) {
            delete_bucket(ht, idx, prev);
            return SUCCESS;
        }
        prev = p;
        idx = Z_NEXT(p->val);
    }
    return FAILURE;
}

void zend_hash_del_bucket(HashTable* ht, Bucket* target)
{
    const uint32_t target_idx = static_cast<uint32_t>(target - ht->arData);
    Bucket* prev = nullptr;
    uint32_t idx = ht_hash_slot(ht, static_cast<uint32_t>(target->h) | ht->nTableMask);
    while (idx != target_idx) {
        prev = ht->arData + idx;
        idx = Z_NEXT(prev->val);
    }
    delete_bucket(ht, target_idx, prev);
}

namespace miniphp::hash_detail {

// Used by hash_lifecycle.cpp to empty a table back to front.
void delete_position(HashTable* ht, uint32_t idx)
{
    if (HT_IS_PACKED(ht)) {
        delete_packed(ht, idx);
    } else {
        zend_hash_del_bucket(ht, ht->arData + idx);
    }
}

} // namespace miniphp::hash_detail

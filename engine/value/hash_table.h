// HashTable (zend_array): PHP's ordered hash table, the storage behind every PHP array, symbol table
// and engine registry.
//
// Elements live in one array in insertion order; iteration walks it front to back, and a position is
// just an index into it. Two layouts share the struct:
//   - packed: the keys are 0, 1, 2, ... in insertion order (a list), so the key is the position and
//     only the values are stored, 16 bytes per element (`arPacked`, an array of zvals);
//   - mixed (hash): each element is a 32-byte Bucket (value, integer key or string-key hash, string
//     key pointer) and lookups go through a hash index stored in the same allocation, just *before*
//     the buckets. The index has twice as many 32-bit slots as there are buckets; a slot holds the
//     position of the first bucket of its chain, and the chain continues through the spare `u2.next`
//     word of each bucket's zval.
// `nTableMask` is the negated slot count, so `(uint32_t)(hash | nTableMask)` read as a signed number
// is a negative offset from `arData` into the index: one OR picks the slot. A packed table and a table
// not allocated yet keep a two-slot index of empty slots, so a string lookup on them finds nothing
// without first asking which layout it is looking at.
//
// Deleting an element leaves a hole (an UNDEF value) so positions stay put; holes are squeezed out
// when the table would otherwise grow. External iterators (foreach by reference, array functions that
// keep a position across calls) are registered in the request's iterator table and are moved along
// when the element they point at is deleted or the table is compacted (hash_iterator.cpp).
//
// Invariants:
//   - nNumOfElements <= nNumUsed <= nTableSize; positions >= nNumUsed are never read;
//   - the element at nNumUsed - 1, if any, is not a hole (deleting at the end trims nNumUsed);
//   - in a packed table every element's key equals its position;
//   - nNextFreeElement is ZEND_LONG_MIN until the first integer key goes in ("no key yet"), then one
//     past the largest integer key ever inserted (PHP 8.2 rules, see zend_hash_next_index_insert);
//   - a table with HASH_FLAG_STATIC_KEYS has only integer or interned keys, so destroying it needs no
//     key releases.
// Tables are not thread-safe and never shared between engines.
#pragma once

#include "engine/value/zstring.h"
#include "engine/value/zval.h"

struct Bucket {
    zval val;
    zend_ulong h; // integer key, or the string key's hash
    zend_string* key; // nullptr for integer keys
};
static_assert(sizeof(Bucket) == 32, "a hash bucket is a zval, a hash and a key pointer");

using dtor_func_t = void (*)(zval*);
using copy_ctor_func_t = void (*)(zval*);
using HashPosition = uint32_t;

struct zend_array {
    zend_refcounted_h gc;
    union {
        struct {
            zend_uchar flags;
            zend_uchar unused1;
            zend_uchar nIteratorsCount; // saturates at HT_ITERATORS_OVERFLOW
            zend_uchar unused2;
        } v;
        uint32_t flags;
    } u;
    uint32_t nTableMask;
    union {
        uint32_t* arHash;
        Bucket* arData;
        zval* arPacked;
    };
    uint32_t nNumUsed;
    uint32_t nNumOfElements;
    uint32_t nTableSize;
    uint32_t nInternalPointer;
    zend_long nNextFreeElement;
    dtor_func_t pDestructor;
};
static_assert(sizeof(zend_array) == 56);

#define HASH_FLAG_PACKED (1 << 2)
#define HASH_FLAG_UNINITIALIZED (1 << 3)
#define HASH_FLAG_STATIC_KEYS (1 << 4)
#define HT_FLAGS(ht) (ht)->u.flags
#define HT_IS_PACKED(ht) ((HT_FLAGS(ht) & HASH_FLAG_PACKED) != 0)
#define HT_IS_UNINITIALIZED(ht) ((HT_FLAGS(ht) & HASH_FLAG_UNINITIALIZED) != 0)

#define HT_INVALID_IDX UINT32_MAX
#define HT_MIN_MASK (static_cast<uint32_t>(-2))
#define HT_MIN_SIZE 8u
#define HT_MAX_SIZE 0x40000000u
#define HT_ITERATORS_OVERFLOW 0xff
#define HT_HAS_ITERATORS(ht) ((ht)->u.v.nIteratorsCount != 0)

// The index slot a (hash | nTableMask) value selects.
inline uint32_t& ht_hash_slot(const HashTable* ht, uint32_t masked)
{
    return ht->arHash[static_cast<int32_t>(masked)];
}

#define zend_hash_num_elements(ht) (ht)->nNumOfElements

enum : int { HASH_KEY_IS_STRING = 1, HASH_KEY_IS_LONG = 2, HASH_KEY_NON_EXISTENT = 3 };

// The shared, immutable empty array that `[]` evaluates to. Writing to it separates first.
extern const HashTable zend_empty_array;
#define ZVAL_EMPTY_ARRAY(zv) zval_set_ptr((zv), const_cast<HashTable*>(&zend_empty_array), IS_ARRAY)

void zval_ptr_dtor(zval* zv);
#define ZVAL_PTR_DTOR zval_ptr_dtor

// --- PHP's key rule: a string that spells a canonical decimal integer is that integer -----------

// True (and *idx set) when `key` is a decimal integer in canonical form that fits in zend_long: an
// optional '-', no leading zeros (but "0" itself), no '+', no spaces; "-0" stays a string.
bool _zend_handle_numeric_str_ex(const char* key, size_t length, zend_ulong* idx);

inline bool _zend_handle_numeric_str(const char* key, size_t length, zend_ulong* idx)
{
    // Almost every key fails on the first byte, so check that before calling out.
    const char c = key[0];
    if (c > '9' || (c < '0' && (c != '-' || key[1] > '9' || key[1] < '0')))
        return false;
    return _zend_handle_numeric_str_ex(key, length, idx);
}
#define ZEND_HANDLE_NUMERIC_STR(key, length, idx) _zend_handle_numeric_str((key), (length), &(idx))

// --- creating and destroying ---------------------------------------------------------------------

HashTable* _zend_new_array(uint32_t size); // a request array, refcount 1, values destroyed by zval_ptr_dtor
HashTable* _zend_new_array_0();
#define zend_new_array(size) _zend_new_array(size)

// Set up a table the caller owns (embedded in a struct or allocated by hand). `hash_function` is
// accepted for PHP compatibility and ignored.
void _zend_hash_init(HashTable* ht, uint32_t size, dtor_func_t destructor, bool persistent);
#define zend_hash_init(ht, size, hash_function, destructor, persistent) \
    _zend_hash_init((ht), (size), (destructor), (persistent))

void zend_hash_real_init(HashTable* ht, bool packed);
void zend_hash_real_init_packed(HashTable* ht);
void zend_hash_real_init_mixed(HashTable* ht);
void zend_hash_packed_to_hash(HashTable* ht);
// Packed again, for a table whose keys are 0..n-1 in order with no holes (after renumbering).
void zend_hash_to_packed(HashTable* ht);
void zend_hash_extend(HashTable* ht, uint32_t size, bool packed);
void zend_hash_rehash(HashTable* ht);

void zend_hash_destroy(HashTable* ht); // elements and storage, not the struct
void zend_hash_clean(HashTable* ht); // elements only; the table stays usable
void zend_hash_graceful_reverse_destroy(HashTable* ht); // last element first, each unlinked before dying
void zend_array_destroy(HashTable* ht); // a refcounted array whose count reached zero

// A new refcount-1 request array with the same elements in the same order (each value gains a count;
// references held only by `source` are copied as plain values, as PHP does).
HashTable* zend_array_dup(HashTable* source);
void zend_hash_copy(HashTable* target, HashTable* source, copy_ctor_func_t copy_constructor);
uint32_t zend_array_count(HashTable* ht);

// --- lookup --------------------------------------------------------------------------------------

inline Bucket* zend_hash_find_bucket(const HashTable* ht, zend_string* key, zend_ulong h)
{
    uint32_t idx = ht_hash_slot(ht, static_cast<uint32_t>(h) | ht->nTableMask);
    Bucket* data = ht->arData;
    while (idx != HT_INVALID_IDX) {
        Bucket* p = data + idx;
        if (p->key == key)
            return p;
        if (p->h == h && p->key && zend_string_equal_content(p->key, key))
            return p;
        idx = Z_NEXT(p->val);
    }
    return nullptr;
}

inline Bucket* zend_hash_str_find_bucket(const HashTable* ht, const char* str, size_t len, zend_ulong h)
{
    uint32_t idx = ht_hash_slot(ht, static_cast<uint32_t>(h) | ht->nTableMask);
    Bucket* data = ht->arData;
    while (idx != HT_INVALID_IDX) {
        Bucket* p = data + idx;
        if (p->h == h && p->key && zend_string_equals_cstr(p->key, str, len))
            return p;
        idx = Z_NEXT(p->val);
    }
    return nullptr;
}

// Only for mixed tables (and uninitialized ones, which find nothing).
inline Bucket* zend_hash_index_find_bucket(const HashTable* ht, zend_ulong h)
{
    uint32_t idx = ht_hash_slot(ht, static_cast<uint32_t>(h) | ht->nTableMask);
    Bucket* data = ht->arData;
    while (idx != HT_INVALID_IDX) {
        Bucket* p = data + idx;
        if (p->h == h && !p->key)
            return p;
        idx = Z_NEXT(p->val);
    }
    return nullptr;
}

inline zval* zend_hash_find_known_hash(const HashTable* ht, zend_string* key)
{
    Bucket* p = zend_hash_find_bucket(ht, key, ZSTR_H(key));
    return p ? &p->val : nullptr;
}

inline zval* zend_hash_find(const HashTable* ht, zend_string* key)
{
    Bucket* p = zend_hash_find_bucket(ht, key, ZSTR_HASH(key));
    return p ? &p->val : nullptr;
}

inline zval* zend_hash_str_find(const HashTable* ht, const char* str, size_t len)
{
    Bucket* p = zend_hash_str_find_bucket(ht, str, len, zend_inline_hash_func(str, len));
    return p ? &p->val : nullptr;
}

inline zval* zend_hash_index_find(const HashTable* ht, zend_ulong h)
{
    if (HT_IS_PACKED(ht)) {
        if (h < ht->nNumUsed && !Z_ISUNDEF(ht->arPacked[h]))
            return &ht->arPacked[h];
        return nullptr;
    }
    Bucket* p = zend_hash_index_find_bucket(ht, h);
    return p ? &p->val : nullptr;
}

inline bool zend_hash_exists(const HashTable* ht, zend_string* key) { return zend_hash_find(ht, key) != nullptr; }
inline bool zend_hash_str_exists(const HashTable* ht, const char* str, size_t len)
{
    return zend_hash_str_find(ht, str, len) != nullptr;
}
inline bool zend_hash_index_exists(const HashTable* ht, zend_ulong h) { return zend_hash_index_find(ht, h) != nullptr; }

// --- insertion -----------------------------------------------------------------------------------
// All of these take over the caller's reference in *data (they copy the value without counting it).
// `add` fails (returns nullptr, *data untouched) when the key exists; `update` replaces and destroys
// the old value; `add_new` is for callers who know the key is absent; `lookup` finds or inserts NULL.
// String keys gain a count (unless interned); the caller keeps its own.

zval* zend_hash_add(HashTable* ht, zend_string* key, zval* data);
zval* zend_hash_update(HashTable* ht, zend_string* key, zval* data);
zval* zend_hash_add_new(HashTable* ht, zend_string* key, zval* data);
zval* zend_hash_lookup(HashTable* ht, zend_string* key);
zval* zend_hash_str_add(HashTable* ht, const char* str, size_t len, zval* data);
zval* zend_hash_str_update(HashTable* ht, const char* str, size_t len, zval* data);
zval* zend_hash_str_add_new(HashTable* ht, const char* str, size_t len, zval* data);

zval* zend_hash_index_add(HashTable* ht, zend_ulong h, zval* data);
zval* zend_hash_index_update(HashTable* ht, zend_ulong h, zval* data);
zval* zend_hash_index_add_new(HashTable* ht, zend_ulong h, zval* data);
zval* zend_hash_index_lookup(HashTable* ht, zend_ulong h);
// `$array[] = value`: nullptr when the next key (ZEND_LONG_MAX) is already taken.
zval* zend_hash_next_index_insert(HashTable* ht, zval* data);
zval* zend_hash_next_index_insert_new(HashTable* ht, zval* data);

zval* zend_hash_add_empty_element(HashTable* ht, zend_string* key);
zval* zend_hash_index_add_empty_element(HashTable* ht, zend_ulong h);

// --- deletion ------------------------------------------------------------------------------------

zend_result zend_hash_del(HashTable* ht, zend_string* key);
zend_result zend_hash_str_del(HashTable* ht, const char* str, size_t len);
zend_result zend_hash_index_del(HashTable* ht, zend_ulong h);
void zend_hash_del_bucket(HashTable* ht, Bucket* p); // mixed tables only

// --- "symtable" functions: string keys go through PHP's numeric-key rule first --------------------

inline zval* zend_symtable_update(HashTable* ht, zend_string* key, zval* data)
{
    zend_ulong idx;
    if (ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(key), ZSTR_LEN(key), idx))
        return zend_hash_index_update(ht, idx, data);
    return zend_hash_update(ht, key, data);
}
inline zval* zend_symtable_add_new(HashTable* ht, zend_string* key, zval* data)
{
    zend_ulong idx;
    if (ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(key), ZSTR_LEN(key), idx))
        return zend_hash_index_add_new(ht, idx, data);
    return zend_hash_add_new(ht, key, data);
}
inline zval* zend_symtable_find(const HashTable* ht, zend_string* key)
{
    zend_ulong idx;
    if (ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(key), ZSTR_LEN(key), idx))
        return zend_hash_index_find(ht, idx);
    return zend_hash_find(ht, key);
}
inline zend_result zend_symtable_del(HashTable* ht, zend_string* key)
{
    zend_ulong idx;
    if (ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(key), ZSTR_LEN(key), idx))
        return zend_hash_index_del(ht, idx);
    return zend_hash_del(ht, key);
}
inline bool zend_symtable_exists(const HashTable* ht, zend_string* key) { return zend_symtable_find(ht, key) != nullptr; }
inline zval* zend_symtable_str_update(HashTable* ht, const char* str, size_t len, zval* data)
{
    zend_ulong idx;
    if (ZEND_HANDLE_NUMERIC_STR(str, len, idx))
        return zend_hash_index_update(ht, idx, data);
    return zend_hash_str_update(ht, str, len, data);
}
inline zval* zend_symtable_str_find(const HashTable* ht, const char* str, size_t len)
{
    zend_ulong idx;
    if (ZEND_HANDLE_NUMERIC_STR(str, len, idx))
        return zend_hash_index_find(ht, idx);
    return zend_hash_str_find(ht, str, len);
}
inline zend_result zend_symtable_str_del(HashTable* ht, const char* str, size_t len)
{
    zend_ulong idx;
    if (ZEND_HANDLE_NUMERIC_STR(str, len, idx))
        return zend_hash_index_del(ht, idx);
    return zend_hash_str_del(ht, str, len);
}

// --- positions and the internal pointer (current()/next()/reset()) -------------------------------

inline bool zend_hash_position_is_hole(const HashTable* ht, uint32_t pos)
{
    return HT_IS_PACKED(ht) ? Z_ISUNDEF(ht->arPacked[pos]) : Z_ISUNDEF(ht->arData[pos].val);
}
inline zval* zend_hash_position_value(const HashTable* ht, uint32_t pos)
{
    return HT_IS_PACKED(ht) ? &ht->arPacked[pos] : &ht->arData[pos].val;
}
// The first element at or after `pos` (nNumUsed when there is none).
inline uint32_t zend_hash_skip_holes(const HashTable* ht, uint32_t pos)
{
    while (pos < ht->nNumUsed && zend_hash_position_is_hole(ht, pos))
        ++pos;
    return pos;
}
uint32_t zend_hash_get_valid_pos(const HashTable* ht, uint32_t pos);
uint32_t zend_hash_get_current_pos(const HashTable* ht);

void zend_hash_internal_pointer_reset_ex(const HashTable* ht, HashPosition* pos);
void zend_hash_internal_pointer_end_ex(const HashTable* ht, HashPosition* pos);
zend_result zend_hash_move_forward_ex(const HashTable* ht, HashPosition* pos);
zend_result zend_hash_move_backwards_ex(const HashTable* ht, HashPosition* pos);
zval* zend_hash_get_current_data_ex(const HashTable* ht, const HashPosition* pos);
int zend_hash_get_current_key_ex(const HashTable* ht, zend_string** str_index, zend_ulong* num_index, const HashPosition* pos);
void zend_hash_get_current_key_zval_ex(const HashTable* ht, zval* key, const HashPosition* pos);
int zend_hash_get_current_key_type_ex(const HashTable* ht, const HashPosition* pos);

#define zend_hash_internal_pointer_reset(ht) zend_hash_internal_pointer_reset_ex((ht), &(ht)->nInternalPointer)
#define zend_hash_internal_pointer_end(ht) zend_hash_internal_pointer_end_ex((ht), &(ht)->nInternalPointer)
#define zend_hash_move_forward(ht) zend_hash_move_forward_ex((ht), &(ht)->nInternalPointer)
#define zend_hash_move_backwards(ht) zend_hash_move_backwards_ex((ht), &(ht)->nInternalPointer)
#define zend_hash_get_current_data(ht) zend_hash_get_current_data_ex((ht), &(ht)->nInternalPointer)
#define zend_hash_get_current_key(ht, str_index, num_index) \
    zend_hash_get_current_key_ex((ht), (str_index), (num_index), &(ht)->nInternalPointer)
#define zend_hash_get_current_key_zval(ht, key) zend_hash_get_current_key_zval_ex((ht), (key), &(ht)->nInternalPointer)
#define zend_hash_get_current_key_type(ht) zend_hash_get_current_key_type_ex((ht), &(ht)->nInternalPointer)

// --- external iterators (hash_iterator.cpp) ------------------------------------------------------
// A registered position that the table keeps valid while it changes. `zend_hash_iterator_pos` also
// follows the iterated array when it has been separated (the caller passes the array it now holds).

uint32_t zend_hash_iterator_add(HashTable* ht, HashPosition pos);
HashPosition zend_hash_iterator_pos(uint32_t idx, HashTable* ht);
HashPosition zend_hash_iterator_pos_ex(uint32_t idx, zval* array);
void zend_hash_iterator_set_pos(uint32_t idx, HashPosition pos);
void zend_hash_iterator_del(uint32_t idx);
HashPosition zend_hash_iterators_lower_pos(const HashTable* ht, HashPosition start);
void _zend_hash_iterators_update(const HashTable* ht, HashPosition from, HashPosition to);
void zend_hash_iterators_advance(const HashTable* ht, HashPosition step);
inline void zend_hash_iterators_update(const HashTable* ht, HashPosition from, HashPosition to)
{
    if (HT_HAS_ITERATORS(ht))
        _zend_hash_iterators_update(ht, from, to);
}

// --- walking a table in C++ ----------------------------------------------------------------------
// `for (miniphp::HashEntry entry : miniphp::hash_entries(ht))` visits each element in order. The
// table must not be changed during the walk (use an external iterator for that).

namespace miniphp {

struct HashEntry {
    zval* value;
    zend_ulong h; // integer key (or string key hash)
    zend_string* key; // nullptr for integer keys
};

class HashEntries {
public:
    class Iterator {
    public:
        Iterator(const HashTable* ht, uint32_t pos)
            : m_table(ht)
            , m_position(zend_hash_skip_holes(ht, pos))
        {
        }
        HashEntry operator*() const
        {
            if (HT_IS_PACKED(m_table))
                return { &m_table->arPacked[m_position], m_position, nullptr };
            Bucket* p = &m_table->arData[m_position];
            return { &p->val, p->h, p->key };
        }
        Iterator& operator++()
        {
            m_position = zend_hash_skip_holes(m_table, m_position + 1);
            return *this;
        }
        bool operator!=(const Iterator& other) const { return m_position != other.m_position; }

    private:
        const HashTable* m_table;
        uint32_t m_position;
    };

    explicit HashEntries(const HashTable* ht)
        : m_table(ht)
    {
    }
    Iterator begin() const { return Iterator(m_table, 0); }
    Iterator end() const { return Iterator(m_table, m_table->nNumUsed); }

private:
    const HashTable* m_table;
};

inline HashEntries hash_entries(const HashTable* ht) { return HashEntries(ht); }

} // namespace miniphp

// --- tables of pointers (engine registries: functions, classes, constants) -----------------------
// The value is an IS_PTR zval holding `ptr`; the table's destructor (if any) receives that zval.

inline void* zend_hash_find_ptr(const HashTable* ht, zend_string* key)
{
    zval* zv = zend_hash_find(ht, key);
    return zv ? Z_PTR_P(zv) : nullptr;
}
inline void* zend_hash_str_find_ptr(const HashTable* ht, const char* str, size_t len)
{
    zval* zv = zend_hash_str_find(ht, str, len);
    return zv ? Z_PTR_P(zv) : nullptr;
}
inline void* zend_hash_index_find_ptr(const HashTable* ht, zend_ulong h)
{
    zval* zv = zend_hash_index_find(ht, h);
    return zv ? Z_PTR_P(zv) : nullptr;
}
inline void* zend_hash_add_ptr(HashTable* ht, zend_string* key, void* ptr)
{
    zval tmp;
    ZVAL_PTR(&tmp, ptr);
    zval* zv = zend_hash_add(ht, key, &tmp);
    return zv ? Z_PTR_P(zv) : nullptr;
}
inline void* zend_hash_update_ptr(HashTable* ht, zend_string* key, void* ptr)
{
    zval tmp;
    ZVAL_PTR(&tmp, ptr);
    return Z_PTR_P(zend_hash_update(ht, key, &tmp));
}
inline void* zend_hash_str_add_ptr(HashTable* ht, const char* str, size_t len, void* ptr)
{
    zval tmp;
    ZVAL_PTR(&tmp, ptr);
    zval* zv = zend_hash_str_add(ht, str, len, &tmp);
    return zv ? Z_PTR_P(zv) : nullptr;
}
inline void* zend_hash_str_update_ptr(HashTable* ht, const char* str, size_t len, void* ptr)
{
    zval tmp;
    ZVAL_PTR(&tmp, ptr);
    return Z_PTR_P(zend_hash_str_update(ht, str, len, &tmp));
}
inline void* zend_hash_index_update_ptr(HashTable* ht, zend_ulong h, void* ptr)
{
    zval tmp;
    ZVAL_PTR(&tmp, ptr);
    return Z_PTR_P(zend_hash_index_update(ht, h, &tmp));
}
inline void* zend_hash_next_index_insert_ptr(HashTable* ht, void* ptr)
{
    zval tmp;
    ZVAL_PTR(&tmp, ptr);
    zval* zv = zend_hash_next_index_insert(ht, &tmp);
    return zv ? Z_PTR_P(zv) : nullptr;
}

// --- sorting and comparing (hash_sort.cpp) -------------------------------------------------------

using bucket_compare_func_t = int (*)(Bucket* a, Bucket* b);
using compare_func_t = int (*)(zval* a, zval* b);
using sort_func_t = void (*)(void* base, size_t count, size_t size, bucket_compare_func_t compare, void* swap);

// Sorts the elements by `compare`; stable, as PHP 8's sorts are. With `renumber` the keys become
// 0..n-1 (sort(), usort()) and the table is a list again; without, keys stay with their values
// (asort(), ksort()). The internal pointer goes back to the start. `sort_func` is accepted for PHP
// compatibility and ignored. The compare function may call PHP code; it must not change the table.
void zend_hash_sort_ex(HashTable* ht, sort_func_t sort_func, bucket_compare_func_t compare, bool renumber);
#define zend_hash_sort(ht, compare, renumber) zend_hash_sort_ex((ht), nullptr, (compare), (renumber))

// PHP's array comparison (`==` with ordered = false, `===` with ordered = true): element counts
// first, then element by element, values compared by `compare`. Returns <0, 0 or >0.
int zend_hash_compare(HashTable* ht1, HashTable* ht2, compare_func_t compare, bool ordered);

// Visits each element of `ht` in order: f(zend_ulong index, zend_string* key_or_null, zval* value).
// (php-src's ZEND_HASH_FOREACH_KEY_VAL, as a function instead of a pair of block-opening macros.)
template <typename F>
void zend_hash_for_each(HashTable* ht, F&& f)
{
    if (HT_IS_PACKED(ht)) {
        for (uint32_t i = 0; i < ht->nNumUsed; ++i) {
            zval* value = &ht->arPacked[i];
            if (!Z_ISUNDEF_P(value))
                f(static_cast<zend_ulong>(i), static_cast<zend_string*>(nullptr), value);
        }
        return;
    }
    for (uint32_t i = 0; i < ht->nNumUsed; ++i) {
        Bucket* bucket = &ht->arData[i];
        if (!Z_ISUNDEF(bucket->val))
            f(bucket->h, bucket->key, &bucket->val);
    }
}

// Positions and the internal pointer: what PHP's current(), key(), next(), prev(), reset() and end()
// are built on. A position is an index into the element array; holes are skipped when reading, so a
// position left on a deleted element simply means "the next element", and nNumUsed means "past the end".
#include "engine/value/hash_table.h"

uint32_t zend_hash_get_valid_pos(const HashTable* ht, uint32_t pos) { return zend_hash_skip_holes(ht, pos); }

uint32_t zend_hash_get_current_pos(const HashTable* ht) { return zend_hash_skip_holes(ht, ht->nInternalPointer); }

void zend_hash_internal_pointer_reset_ex(const HashTable* ht, HashPosition* pos) { *pos = zend_hash_skip_holes(ht, 0); }

void zend_hash_internal_pointer_end_ex(const HashTable* ht, HashPosition* pos)
{
    uint32_t idx = ht->nNumUsed;
    while (idx > 0) {
        --idx;
        if (!zend_hash_position_is_hole(ht, idx)) {
            *pos = idx;
            return;
        }
    }
    *pos = ht->nNumUsed;
}

zend_result zend_hash_move_forward_ex(const HashTable* ht, HashPosition* pos)
{
    const uint32_t idx = zend_hash_skip_holes(ht, *pos);
    if (idx >= ht->nNumUsed)
        return FAILURE;
    *pos = zend_hash_skip_holes(ht, idx + 1);
    return SUCCESS;
}

zend_result zend_hash_move_backwards_ex(const HashTable* ht, HashPosition* pos)
{
    uint32_t idx = zend_hash_skip_holes(ht, *pos);
    if (idx >= ht->nNumUsed)
        return FAILURE;
    while (idx > 0) {
        --idx;
        if (!zend_hash_position_is_hole(ht, idx)) {
            *pos = idx;
            return SUCCESS;
        }
    }
    *pos = ht->nNumUsed;
    return SUCCESS;
}

zval* zend_hash_get_current_data_ex(const HashTable* ht, const HashPosition* pos)
{
    const uint32_t idx = zend_hash_skip_holes(ht, *pos);
    return idx < ht->nNumUsed ? zend_hash_position_value(ht, idx) : nullptr;
}

int zend_hash_get_current_key_ex(const HashTable* ht, zend_string** str_index, zend_ulong* num_index, const HashPosition* pos)
{
    const uint32_t idx = zend_hash_skip_holes(ht, *pos);
    if (idx >= ht->nNumUsed)
        return HASH_KEY_NON_EXISTENT;
    if (HT_IS_PACKED(ht)) {
        *num_index = idx;
        return HASH_KEY_IS_LONG;
    }
    const Bucket* p = ht->arData + idx;
    if (p->key) {
        *str_index = p->key;
        return HASH_KEY_IS_STRING;
    }
    *num_index = p->h;
    return HASH_KEY_IS_LONG;
}

void zend_hash_get_current_key_zval_ex(const HashTable* ht, zval* key, const HashPosition* pos)
{
    const uint32_t idx = zend_hash_skip_holes(ht, *pos);
    if (idx >= ht->nNumUsed) {
        ZVAL_NULL(key);
    } else if (HT_IS_PACKED(ht)) {
        ZVAL_LONG(key, idx);
    } else if (const Bucket* p = ht->arData + idx; p->key) {
        ZVAL_STR_COPY(key, p->key);
    } else {
        ZVAL_LONG(key, static_cast<zend_long>(p->h));
    }
}

int zend_hash_get_current_key_type_ex(const HashTable* ht, const HashPosition* pos)
{
    const uint32_t idx = zend_hash_skip_holes(ht, *pos);
    if (idx >= ht->nNumUsed)
        return HASH_KEY_NON_EXISTENT;
    if (HT_IS_PACKED(ht))
        return HASH_KEY_IS_LONG;
    return ht->arData[idx].key ? HASH_KEY_IS_STRING : HASH_KEY_IS_LONG;
}

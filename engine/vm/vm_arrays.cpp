// Array access for the executor: reading `$a[k]` with PHP's warnings, writing with auto-vivification
// and copy on write, array literals, unset/isset/empty of elements, and starting a foreach.
//
// PHP's key rules (https://www.php.net/manual/en/language.types.array.php): integer keys stay, strings
// that spell a canonical integer become that integer, null is "", booleans are 0/1, floats are
// truncated (with PHP 8.1's deprecation when that loses a fraction); arrays and objects are illegal.
//
// Copy on write: before an element is written, the array in the variable is separated (a private copy
// is made when anyone else holds it). Values leave a slot before they are destroyed.
#include "engine/compiler/compile_messages.h"
#include "engine/error/error.h"
#include "engine/operators/operators.h"
#include "engine/vm/vm_helpers.h"

namespace miniphp::vm {

namespace messages = compiler::messages;

namespace {

enum class KeyKind { Index, String, Illegal };

struct ArrayKey {
    KeyKind kind;
    zend_ulong index;
    zend_string* string; // borrowed
};

ArrayKey array_key(zval* dim)
{
    ZVAL_DEREF(dim);
    zend_ulong index;
    switch (Z_TYPE_P(dim)) {
    case IS_LONG:
        return { KeyKind::Index, static_cast<zend_ulong>(Z_LVAL_P(dim)), nullptr };
    case IS_STRING:
        if (ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(dim), Z_STRLEN_P(dim), index))
            return { KeyKind::Index, index, nullptr };
        return { KeyKind::String, 0, Z_STR_P(dim) };
    case IS_UNDEF:
    case IS_NULL:
        return { KeyKind::String, 0, ZSTR_EMPTY_ALLOC() };
    case IS_FALSE:
        return { KeyKind::Index, 0, nullptr };
    case IS_TRUE:
        return { KeyKind::Index, 1, nullptr };
    case IS_DOUBLE:
        return { KeyKind::Index, static_cast<zend_ulong>(zend_dval_to_lval_safe(Z_DVAL_P(dim))), nullptr };
    default:
        // FIXME: resources are used as their id with a warning.
        return { KeyKind::Illegal, 0, nullptr };
    }
}

zval* find_key(HashTable* ht, const ArrayKey& key)
{
    return key.kind == KeyKind::Index ? zend_hash_index_find(ht, key.index) : zend_hash_find(ht, key.string);
}

void undefined_key(const ArrayKey& key)
{
    if (key.kind == KeyKind::Index)
        zend_error(E_WARNING, messages::kUndefinedArrayKeyInt, static_cast<zend_long>(key.index));
    else
        zend_error(E_WARNING, messages::kUndefinedArrayKeyString, ZSTR_VAL(key.string));
}

// Makes `container` (dereferenced) a writable array, or raises PHP's error and returns null. A string
// cannot be written into this way (assignments to string offsets go through assign_string_offset):
// `string_error` is the message for what the opcode tried.
HashTable* writable_array(zval* container, const char* string_error = messages::kStringOffsetAsArray)
{
    switch (Z_TYPE_P(container)) {
    case IS_ARRAY:
        SEPARATE_ARRAY(container);
        return Z_ARR_P(container);
    case IS_UNDEF:
    case IS_NULL:
        ZVAL_ARR(container, zend_new_array(0));
        return Z_ARR_P(container);
    case IS_FALSE:
        zend_error(E_DEPRECATED, messages::kFalseToArray);
        ZVAL_ARR(container, zend_new_array(0));
        return Z_ARR_P(container);
    case IS_STRING:
        throw_error(ErrorClass::Error, string_error);
        return nullptr;
    default:
        throw_error(ErrorClass::Error, messages::kScalarAsArray);
        return nullptr;
    }
}

// The byte offset a dimension names in a string, with PHP's warnings and errors (silent for
// isset/??). Returns false when there is none (after a TypeError, or silently).
bool string_offset(zval* dim, bool silent, zend_long* offset)
{
    ZVAL_DEREF(dim);
    switch (Z_TYPE_P(dim)) {
    case IS_LONG:
        *offset = Z_LVAL_P(dim);
        return true;
    case IS_STRING: {
        zend_long l;
        double d;
        bool trailing = false;
        zend_uchar type = is_numeric_string_ex(Z_STRVAL_P(dim), Z_STRLEN_P(dim), &l, &d, true, nullptr, &trailing);
        if (type == IS_LONG) {
            if (trailing) {
                if (silent)
                    return false;
                zend_error(E_WARNING, messages::kIllegalStringOffsetString, Z_STRVAL_P(dim));
            }
            *offset = l;
            return true;
        }
        if (!silent)
            throw_error(ErrorClass::TypeError, messages::kStringOffsetAccessType, "string");
        return false;
    }
    case IS_UNDEF:
    case IS_NULL:
    case IS_FALSE:
    case IS_TRUE:
    case IS_DOUBLE:
        if (!silent)
            zend_error(E_WARNING, messages::kStringOffsetCast);
        *offset = zval_get_long(dim);
        return true;
    default:
        if (!silent)
            throw_error(ErrorClass::TypeError, messages::kStringOffsetAccessType, zend_zval_type_name(dim));
        return false;
    }
}

// $string[offset] = value: one byte replaced (or appended after padding with spaces), as PHP does.
void assign_string_offset(zval* container, zval* dim, zval* value, zval* result)
{
    if (!dim) {
        throw_error(ErrorClass::Error, messages::kStringAppend);
        return;
    }
    zend_long offset;
    if (!string_offset(dim, false, &offset))
        return;
    zend_long length = static_cast<zend_long>(Z_STRLEN_P(container));
    if (offset < -length) {
        zend_error(E_WARNING, messages::kIllegalStringOffset, offset);
        if (result)
            ZVAL_NULL(result);
        return;
    }
    if (offset < 0)
        offset += length;
    zend_string* text = zval_get_string(value);
    if (ZSTR_LEN(text) == 0) {
        zend_string_release(text);
        throw_error(ErrorClass::Error, messages::kStringOffsetEmptyAssign);
        return;
    }
    if (ZSTR_LEN(text) > 1)
        zend_error(E_WARNING, messages::kStringOffsetFirstByte);
    char byte = ZSTR_VAL(text)[0];
    zend_string_release(text);
    zend_string* target;
    if (offset >= length) {
        target = zend_string_alloc(static_cast<size_t>(offset) + 1, false);
        std::memcpy(ZSTR_VAL(target), Z_STRVAL_P(container), static_cast<size_t>(length));
        std::memset(ZSTR_VAL(target) + length, ' ', static_cast<size_t>(offset - length));
        ZSTR_VAL(target)[offset + 1] = '\0';
        zval_ptr_dtor(container);
        ZVAL_STR(container, target);
    } else {
        SEPARATE_STRING(container);
        target = Z_STR_P(container);
        zend_string_forget_hash_val(target);
    }
    ZSTR_VAL(target)[offset] = byte;
    if (result)
        ZVAL_CHAR(result, static_cast<unsigned char>(byte));
}

} // namespace

zval* fetch_dimension_write(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim,
                            bool warn_missing)
{
    sync_location(execute_data, opline);
    ZVAL_DEREF(container);
    // What was being tried on a string, for its error.
    const char* string_error = messages::kStringOffsetAsArray;
    if (opline->opcode == Opcode::FETCH_DIM_RW)
        string_error = messages::kStringOffsetIncDec;
    else if (opline->opcode == Opcode::ASSIGN_DIM_OP)
        string_error = messages::kStringOffsetAssignOp;
    else if (opline->opcode == Opcode::FETCH_DIM_FUNC_ARG || (opline + 1)->opcode == Opcode::MAKE_REF)
        string_error = messages::kStringOffsetReference;
    HashTable* ht = writable_array(container, string_error);
    if (!ht)
        return nullptr;
    if (!dim) {
        zval null;
        ZVAL_NULL(&null);
        zval* slot = zend_hash_next_index_insert(ht, &null);
        if (!slot)
            throw_error(ErrorClass::Error, messages::kCannotAddElement);
        return slot;
    }
    ArrayKey key = array_key(dim);
    if (key.kind == KeyKind::Illegal) {
        throw_error(ErrorClass::TypeError, messages::kIllegalOffsetType);
        return nullptr;
    }
    if (warn_missing) {
        if (zval* found = find_key(ht, key))
            return found;
        undefined_key(key);
        // The warning may have run code that changed the container; look it up again.
        ZVAL_DEREF(container);
        if (Z_TYPE_P(container) != IS_ARRAY)
            return nullptr;
        ht = Z_ARR_P(container);
    }
    return key.kind == KeyKind::Index ? zend_hash_index_lookup(ht, key.index) : zend_hash_lookup(ht, key.string);
}

void fetch_dimension_read(zend_execute_data* execute_data, const zend_op* opline, zval* result, zval* container,
                          zval* dim, bool silent)
{
    ZVAL_DEREF(container);
    if (Z_TYPE_P(container) == IS_ARRAY) [[likely]] {
        HashTable* ht = Z_ARR_P(container);
        zval* found = nullptr;
        ZVAL_DEREF(dim);
        if (Z_TYPE_P(dim) == IS_LONG) [[likely]] {
            found = zend_hash_index_find(ht, static_cast<zend_ulong>(Z_LVAL_P(dim)));
            if (found) [[likely]] {
                ZVAL_COPY_DEREF(result, found);
                return;
            }
        }
        sync_location(execute_data, opline);
        ArrayKey key = array_key(dim);
        if (key.kind == KeyKind::Illegal) {
            if (silent) {
                ZVAL_NULL(result);
                return;
            }
            ZVAL_NULL(result);
            throw_error(ErrorClass::TypeError, messages::kIllegalOffsetType);
            return;
        }
        found = find_key(ht, key);
        if (found) {
            ZVAL_COPY_DEREF(result, found);
            return;
        }
        if (!silent)
            undefined_key(key);
        ZVAL_NULL(result);
        return;
    }
    if (Z_TYPE_P(container) == IS_STRING) {
        sync_location(execute_data, opline);
        zend_long offset;
        if (!string_offset(dim, silent, &offset)) {
            ZVAL_NULL(result);
            return;
        }
        zend_long length = static_cast<zend_long>(Z_STRLEN_P(container));
        zend_long real = offset < 0 ? length + offset : offset;
        if (real < 0 || real >= length) {
            if (!silent)
                zend_error(E_WARNING, messages::kUninitializedStringOffset, offset);
            if (silent)
                ZVAL_NULL(result);
            else
                ZVAL_EMPTY_STRING(result);
            return;
        }
        ZVAL_CHAR(result, Z_STRVAL_P(container)[real]);
        return;
    }
    if (!silent && Z_TYPE_P(container) != IS_UNDEF) {
        sync_location(execute_data, opline);
        zend_error(E_WARNING, messages::kArrayOffsetOnType, zend_zval_type_name(container));
    } else if (!silent) {
        sync_location(execute_data, opline);
        zend_error(E_WARNING, messages::kArrayOffsetOnType, "null");
    }
    ZVAL_NULL(result);
}

void assign_dimension(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim,
                      zval* value, uint8_t value_type, zval* result)
{
    sync_location(execute_data, opline);
    ZVAL_DEREF(container);
    if (Z_TYPE_P(container) == IS_STRING) {
        // Also "": PHP 7.1+ keeps it a string.
        zval* shown = value;
        ZVAL_DEREF(shown);
        assign_string_offset(container, dim, shown, result);
        free_operand(execute_data, value_type, (opline + 1)->op1);
        return;
    }
    HashTable* ht = writable_array(container);
    if (!ht) {
        free_operand(execute_data, value_type, (opline + 1)->op1);
        return;
    }
    zval* slot;
    if (!dim) {
        zval copy;
        copy_operand_value(&copy, value, value_type);
        slot = zend_hash_next_index_insert(ht, &copy);
        if (!slot) {
            zval_ptr_dtor(&copy);
            throw_error(ErrorClass::Error, messages::kCannotAddElement);
            return;
        }
    } else {
        ArrayKey key = array_key(dim);
        if (key.kind == KeyKind::Illegal) {
            free_operand(execute_data, value_type, (opline + 1)->op1);
            throw_error(ErrorClass::TypeError, messages::kIllegalOffsetType);
            return;
        }
        slot = key.kind == KeyKind::Index ? zend_hash_index_lookup(ht, key.index) : zend_hash_lookup(ht, key.string);
        slot = assign_to_variable(slot, value, value_type);
    }
    if (result)
        ZVAL_COPY_DEREF(result, slot);
}

void add_array_element(zend_execute_data* execute_data, const zend_op* opline, zval* array, zval* key_operand,
                       zval* value, uint8_t value_type)
{
    HashTable* ht = Z_ARR_P(array);
    zval copy;
    copy_operand_value(&copy, value, value_type);
    if (!key_operand) {
        if (!zend_hash_next_index_insert(ht, &copy)) {
            zval_ptr_dtor(&copy);
            sync_location(execute_data, opline);
            throw_error(ErrorClass::Error, messages::kCannotAddElement);
        }
        return;
    }
    sync_location(execute_data, opline);
    ArrayKey key = array_key(key_operand);
    switch (key.kind) {
    case KeyKind::Index:
        zend_hash_index_update(ht, key.index, &copy);
        return;
    case KeyKind::String:
        zend_hash_update(ht, key.string, &copy);
        return;
    case KeyKind::Illegal:
        zval_ptr_dtor(&copy);
        throw_error(ErrorClass::TypeError, messages::kIllegalOffsetType);
        return;
    }
}

void unset_dimension(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim)
{
    sync_location(execute_data, opline);
    ZVAL_DEREF(container);
    if (Z_TYPE_P(container) == IS_ARRAY) {
        ArrayKey key = array_key(dim);
        if (key.kind == KeyKind::Illegal) {
            throw_error(ErrorClass::TypeError, "Illegal offset type in unset");
            return;
        }
        SEPARATE_ARRAY(container);
        HashTable* ht = Z_ARR_P(container);
        if (key.kind == KeyKind::Index)
            zend_hash_index_del(ht, key.index);
        else
            zend_hash_del(ht, key.string);
        return;
    }
    switch (Z_TYPE_P(container)) {
    case IS_STRING:
        throw_error(ErrorClass::Error, messages::kCannotUnsetStringOffsets);
        return;
    case IS_FALSE:
        // As PHP: the deprecation of false-to-array, and false stays false.
        zend_error(E_DEPRECATED, messages::kFalseToArray);
        return;
    case IS_UNDEF:
    case IS_NULL:
        return; // nothing to unset
    default:
        throw_error(ErrorClass::Error, messages::kCannotUnsetOffset);
        return;
    }
}

zval* fetch_dimension_unset(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim)
{
    sync_location(execute_data, opline);
    ZVAL_DEREF(container);
    zval* nothing = const_cast<zval*>(&kUninitializedZval); // unset ignores a null container
    switch (Z_TYPE_P(container)) {
    case IS_ARRAY: {
        ArrayKey key = array_key(dim);
        if (key.kind == KeyKind::Illegal) {
            throw_error(ErrorClass::TypeError, "Illegal offset type in unset");
            return nothing;
        }
        SEPARATE_ARRAY(container);
        zval* found = find_key(Z_ARR_P(container), key);
        return found ? found : nothing;
    }
    case IS_STRING:
        throw_error(ErrorClass::Error, messages::kStringOffsetAsArray);
        return nothing;
    case IS_FALSE:
        zend_error(E_DEPRECATED, messages::kFalseToArray);
        return nothing;
    case IS_UNDEF:
    case IS_NULL:
        return nothing;
    default:
        throw_error(ErrorClass::Error, messages::kCannotUnsetOffset);
        return nothing;
    }
}

bool isset_dimension(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim, bool is_empty)
{
    ZVAL_DEREF(container);
    zval* found = nullptr;
    if (Z_TYPE_P(container) == IS_ARRAY) {
        sync_location(execute_data, opline);
        ArrayKey key = array_key(dim);
        if (key.kind == KeyKind::Illegal) {
            throw_error(ErrorClass::TypeError, messages::kIllegalOffsetTypeIsset);
            return false;
        }
        found = find_key(Z_ARR_P(container), key);
        if (found)
            ZVAL_DEREF(found);
    } else if (Z_TYPE_P(container) == IS_STRING) {
        zval character;
        ZVAL_DEREF(dim);
        zend_ulong index;
        zend_long offset;
        if (Z_TYPE_P(dim) == IS_LONG)
            offset = Z_LVAL_P(dim);
        else if (Z_TYPE_P(dim) == IS_STRING && ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(dim), Z_STRLEN_P(dim), index))
            offset = static_cast<zend_long>(index);
        else
            return is_empty; // FIXME: PHP's rules for other offset types on strings
        zend_long length = static_cast<zend_long>(Z_STRLEN_P(container));
        zend_long real = offset < 0 ? length + offset : offset;
        if (real < 0 || real >= length)
            return is_empty;
        if (!is_empty)
            return true;
        ZVAL_CHAR(&character, Z_STRVAL_P(container)[real]);
        return !zend_is_true(&character);
    }
    if (!is_empty)
        return found && Z_TYPE_P(found) > IS_NULL;
    return !found || !zend_is_true(found);
}

bool foreach_reset(zend_execute_data* execute_data, const zend_op* opline, zval* iterator, zval* subject,
                   uint8_t subject_type)
{
    zval* value = subject;
    if (subject_type & (IS_CV | IS_VAR))
        ZVAL_DEREF(value);
    if (Z_TYPE_P(value) == IS_ARRAY) {
        copy_operand_value(iterator, subject, subject_type);
        iterator->u2.fe_pos = 0;
        return zend_hash_num_elements(Z_ARR_P(iterator)) != 0;
    }
    sync_location(execute_data, opline);
    zend_error(E_WARNING, messages::kForeachArgument, zend_zval_type_name(value));
    free_operand(execute_data, subject_type, opline->op1);
    ZVAL_UNDEF(iterator);
    return false;
}

bool foreach_reset_by_reference(zend_execute_data* execute_data, const zend_op* opline, zval* iterator,
                                zval* variable)
{
    zval* value = variable;
    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) != IS_ARRAY) {
        sync_location(execute_data, opline);
        zend_error(E_WARNING, messages::kForeachArgument,
                   Z_TYPE_P(value) == IS_UNDEF ? "null" : zend_zval_type_name(value));
        ZVAL_UNDEF(iterator);
        return false;
    }
    ZVAL_MAKE_REF(variable);
    zval* array = Z_REFVAL_P(variable);
    SEPARATE_ARRAY(array);
    ZVAL_COPY(iterator, variable);
    iterator->u2.fe_iter_idx = zend_hash_iterator_add(Z_ARR_P(array), 0);
    return zend_hash_num_elements(Z_ARR_P(array)) != 0;
}

zval* foreach_fetch_by_reference(zval* iterator, zend_ulong* index, zend_string** key)
{
    zval* array = Z_REFVAL_P(iterator);
    if (Z_TYPE_P(array) != IS_ARRAY)
        return nullptr; // the loop body replaced the array with something else
    uint32_t idx = iterator->u2.fe_iter_idx;
    HashPosition position = zend_hash_iterator_pos_ex(idx, array);
    HashTable* ht = Z_ARR_P(array);
    // As PHP, a copy the body made of the array is not separated from it here: it shares the elements
    // that become references (PHP's documented reference-in-array behaviour).
    position = zend_hash_skip_holes(ht, position);
    if (position >= ht->nNumUsed) {
        zend_hash_iterator_set_pos(idx, position);
        return nullptr;
    }
    zval* value;
    if (HT_IS_PACKED(ht)) {
        value = &ht->arPacked[position];
        *index = position;
        *key = nullptr;
    } else {
        Bucket* bucket = &ht->arData[position];
        value = &bucket->val;
        *index = bucket->h;
        *key = bucket->key;
    }
    zend_hash_iterator_set_pos(idx, position + 1);
    ZVAL_MAKE_REF(value);
    return value;
}

void foreach_free(zval* iterator)
{
    if (Z_TYPE_P(iterator) == IS_REFERENCE)
        zend_hash_iterator_del(iterator->u2.fe_iter_idx);
    zval_ptr_dtor_nogc(iterator);
}

} // namespace miniphp::vm

// Building arrays from extension code: array_init and the add_* family (Zend/zend_API.c's names).
//
// Every add_* writes into the array held by `arg`, which the caller owns and has not shared (a fresh
// array_init result), so no separation is needed. Values passed as zvals are moved in (the caller's
// reference goes with them); strings passed as bytes are copied into a new request string.
#include "engine/api/php_api.h"

#include <cstring>

void array_init(zval* arg) { ZVAL_ARR(arg, zend_new_array(0)); }
void array_init_size(zval* arg, uint32_t size) { ZVAL_ARR(arg, zend_new_array(size)); }

void add_next_index_zval(zval* arg, zval* value) { zend_hash_next_index_insert(Z_ARRVAL_P(arg), value); }

void add_next_index_long(zval* arg, zend_long n)
{
    zval value;
    ZVAL_LONG(&value, n);
    add_next_index_zval(arg, &value);
}

void add_next_index_double(zval* arg, double d)
{
    zval value;
    ZVAL_DOUBLE(&value, d);
    add_next_index_zval(arg, &value);
}

void add_next_index_bool(zval* arg, bool b)
{
    zval value;
    ZVAL_BOOL(&value, b);
    add_next_index_zval(arg, &value);
}

void add_next_index_null(zval* arg)
{
    zval value;
    ZVAL_NULL(&value);
    add_next_index_zval(arg, &value);
}

void add_next_index_str(zval* arg, zend_string* s)
{
    zval value;
    ZVAL_STR(&value, s);
    add_next_index_zval(arg, &value);
}

void add_next_index_string(zval* arg, const char* s) { add_next_index_stringl(arg, s, std::strlen(s)); }

void add_next_index_stringl(zval* arg, const char* s, size_t length)
{
    add_next_index_str(arg, zend_string_init(s, length, false));
}

void add_index_zval(zval* arg, zend_ulong index, zval* value) { zend_hash_index_update(Z_ARRVAL_P(arg), index, value); }

void add_index_long(zval* arg, zend_ulong index, zend_long n)
{
    zval value;
    ZVAL_LONG(&value, n);
    add_index_zval(arg, index, &value);
}

void add_index_double(zval* arg, zend_ulong index, double d)
{
    zval value;
    ZVAL_DOUBLE(&value, d);
    add_index_zval(arg, index, &value);
}

void add_index_bool(zval* arg, zend_ulong index, bool b)
{
    zval value;
    ZVAL_BOOL(&value, b);
    add_index_zval(arg, index, &value);
}

void add_index_null(zval* arg, zend_ulong index)
{
    zval value;
    ZVAL_NULL(&value);
    add_index_zval(arg, index, &value);
}

void add_index_str(zval* arg, zend_ulong index, zend_string* s)
{
    zval value;
    ZVAL_STR(&value, s);
    add_index_zval(arg, index, &value);
}

void add_index_string(zval* arg, zend_ulong index, const char* s) { add_index_stringl(arg, index, s, std::strlen(s)); }

void add_index_stringl(zval* arg, zend_ulong index, const char* s, size_t length)
{
    add_index_str(arg, index, zend_string_init(s, length, false));
}

// Keys go through the symbol-table rule: "12" is the integer key 12, as $a["12"] would be.
void add_assoc_zval(zval* arg, const char* key, zval* value)
{
    zend_symtable_str_update(Z_ARRVAL_P(arg), key, std::strlen(key), value);
}

void add_assoc_long(zval* arg, const char* key, zend_long n)
{
    zval value;
    ZVAL_LONG(&value, n);
    add_assoc_zval(arg, key, &value);
}

void add_assoc_double(zval* arg, const char* key, double d)
{
    zval value;
    ZVAL_DOUBLE(&value, d);
    add_assoc_zval(arg, key, &value);
}

void add_assoc_bool(zval* arg, const char* key, bool b)
{
    zval value;
    ZVAL_BOOL(&value, b);
    add_assoc_zval(arg, key, &value);
}

void add_assoc_null(zval* arg, const char* key)
{
    zval value;
    ZVAL_NULL(&value);
    add_assoc_zval(arg, key, &value);
}

void add_assoc_str(zval* arg, const char* key, zend_string* s)
{
    zval value;
    ZVAL_STR(&value, s);
    add_assoc_zval(arg, key, &value);
}

void add_assoc_string(zval* arg, const char* key, const char* s) { add_assoc_stringl(arg, key, s, std::strlen(s)); }

void add_assoc_stringl(zval* arg, const char* key, const char* s, size_t length)
{
    add_assoc_str(arg, key, zend_string_init(s, length, false));
}

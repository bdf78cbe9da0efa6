// The reference-counting operations extensions and the engine use on zvals: release, destroy, copy,
// duplicate and separate.
//
// Ownership rule (one rule, everywhere): a function's zval arguments are borrowed, and a zval it returns
// or stores is owned. Owning a zval means owning one count of its payload; `zval_ptr_dtor` gives it back.
//
// When a count drops to zero the payload is destroyed on the spot (`rc_dtor_func`), which for an object
// means its destructor runs now, as PHP promises. When a count drops but not to zero on an array or
// object, the payload may be the last link of a garbage cycle, so it is reported to the cycle collector
// (if one is installed in the request state); `zval_ptr_dtor_nogc` skips that report, for values known
// not to be in a cycle.
//
// Copy on write: arrays and strings are shared by counting; before writing to one, "separate" it, i.e.
// take a private copy if anyone else holds it (count > 1) or it is immutable.
#pragma once

#include "engine/value/hash_table.h"
#include "engine/value/reference.h"
#include "engine/value/zstring.h"
#include "engine/value/zval.h"

// Destroy a payload whose count has reached zero, whatever its type.
void rc_dtor_func(zend_refcounted* p);

namespace miniphp {
// Report a collectable payload whose count dropped but is not zero (a possible cycle root).
void gc_possible_root(zend_refcounted* p);
} // namespace miniphp

inline void zval_ptr_dtor_nogc(zval* zv)
{
    if (Z_REFCOUNTED_P(zv) && Z_DELREF_P(zv) == 0)
        rc_dtor_func(Z_COUNTED_P(zv));
}

inline void i_zval_ptr_dtor(zval* zv)
{
    if (!Z_REFCOUNTED_P(zv))
        return;
    zend_refcounted* counted = Z_COUNTED_P(zv);
    if (GC_DELREF(counted) == 0)
        rc_dtor_func(counted);
    else if (Z_COLLECTABLE_P(zv))
        miniphp::gc_possible_root(counted);
}

// zval_ptr_dtor(zv) (declared in hash_table.h): give back one count, destroying the payload at zero.
// zval_dtor(zv): the PHP 7 name for giving back a count without the cycle-collector report.
#define zval_dtor(zv) zval_ptr_dtor_nogc(zv)

inline void zval_ptr_dtor_str(zval* zv)
{
    if (Z_REFCOUNTED_P(zv) && Z_DELREF_P(zv) == 0)
        zend_string_free(Z_STR_P(zv));
}

inline void zval_add_ref(zval* zv)
{
    if (Z_REFCOUNTED_P(zv)) {
        if (Z_ISREF_P(zv) && Z_REFCOUNT_P(zv) == 1) {
            // A reference held only here is a plain value to whoever copies it.
            ZVAL_COPY(zv, Z_REFVAL_P(zv));
        } else {
            Z_ADDREF_P(zv);
        }
    }
}

// Copy with a count, except that arrays are duplicated (the copy shares nothing with the source).
inline void zval_dup(zval* dst, const zval* src)
{
    if (Z_TYPE_P(src) == IS_ARRAY) {
        ZVAL_ARR(dst, zend_array_dup(Z_ARR_P(src)));
    } else {
        ZVAL_COPY(dst, src);
    }
}
#define ZVAL_DUP(dst, src) zval_dup((dst), (src))

// Turn a borrowed-looking copy into an owned one in place (PHP's zval_copy_ctor).
inline void zval_copy_ctor(zval* zv)
{
    if (Z_TYPE_P(zv) == IS_ARRAY) {
        ZVAL_ARR(zv, zend_array_dup(Z_ARR_P(zv)));
    } else if (Z_REFCOUNTED_P(zv)) {
        Z_ADDREF_P(zv);
    }
}

// --- separation ----------------------------------------------------------------------------------

// Make the array in `zv` writable: if it is shared or immutable, replace it with a private copy.
inline void separate_array(zval* zv)
{
    HashTable* ht = Z_ARR_P(zv);
    if (GC_REFCOUNT(ht) > 1 || (GC_FLAGS(ht) & GC_IMMUTABLE)) {
        if (Z_REFCOUNTED_P(zv))
            GC_DELREF(ht);
        ZVAL_ARR(zv, zend_array_dup(ht));
    }
}
#define SEPARATE_ARRAY(zv) separate_array(zv)

// Make the string in `zv` writable.
inline void separate_string(zval* zv)
{
    zend_string* s = Z_STR_P(zv);
    if (ZSTR_IS_INTERNED(s) || GC_REFCOUNT(s) > 1) {
        if (!ZSTR_IS_INTERNED(s))
            GC_DELREF(s);
        ZVAL_NEW_STR(zv, zend_string_init(ZSTR_VAL(s), ZSTR_LEN(s), false));
    }
}
#define SEPARATE_STRING(zv) separate_string(zv)

// Separate an array held directly (not through a reference).
inline void separate_zval_noref(zval* zv)
{
    if (Z_TYPE_P(zv) == IS_ARRAY)
        separate_array(zv);
}
#define SEPARATE_ZVAL_NOREF(zv) separate_zval_noref(zv)

// Separate the variable `zv`: a reference held only here is unwrapped, then an array is separated.
inline void separate_zval(zval* zv)
{
    if (Z_ISREF_P(zv)) {
        zend_reference* ref = Z_REF_P(zv);
        if (GC_REFCOUNT(ref) == 1) {
            ZVAL_UNREF(zv);
        } else {
            GC_DELREF(ref);
            ZVAL_COPY(zv, &ref->val);
        }
    }
    separate_zval_noref(zv);
}
#define SEPARATE_ZVAL(zv) separate_zval(zv)

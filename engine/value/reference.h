// zend_reference: the refcounted box behind PHP's `&`.
//
// Two variables that are references to each other each hold a zval of type IS_REFERENCE pointing at the
// same box; the value lives once, inside the box. Reading through a reference means dereferencing first
// (`ZVAL_DEREF`). A box whose count drops to one is no longer shared by anyone, so PHP treats it as a
// plain value when it is copied (see zend_array_dup) and may unwrap it (`ZVAL_UNREF`).
//
// `sources` is kept for typed properties (a reference bound to typed properties must check writes
// against their types); the class subsystem will fill it in. Until then it is always null.
#pragma once

#include "engine/value/allocation.h"
#include "engine/value/zval.h"

struct zend_property_info_source_list {
    void* ptr; // FIXME: typed-property sources, owned by the class subsystem once it exists
};

struct zend_reference {
    zend_refcounted_h gc;
    zval val;
    zend_property_info_source_list sources;
};
static_assert(sizeof(zend_reference) == 32);

#define Z_REFVAL(zv) (&Z_REF(zv)->val)
#define Z_REFVAL_P(zv_p) Z_REFVAL(*(zv_p))

// A new box holding `value` (the box takes over the caller's reference to it), refcount 1.
inline zend_reference* zend_reference_new(const zval* value)
{
    auto* ref = static_cast<zend_reference*>(emalloc(sizeof(zend_reference)));
    ref->gc.refcount = 1;
    ref->gc.type_info = GC_REFERENCE;
    if (value)
        ZVAL_COPY_VALUE(&ref->val, value);
    else
        ZVAL_UNDEF(&ref->val);
    ref->sources.ptr = nullptr;
    return ref;
}

// zv becomes a reference to a new box holding `value`.
#define ZVAL_NEW_REF(zv, value) ZVAL_REF((zv), zend_reference_new(value))
#define ZVAL_NEW_EMPTY_REF(zv) ZVAL_REF((zv), zend_reference_new(nullptr))

// Turn the variable itself into a reference (its value moves into a new box), unless it is one already.
inline void zval_make_ref(zval* zv, uint32_t refcount)
{
    if (Z_ISREF_P(zv))
        return;
    zend_reference* ref = zend_reference_new(zv);
    ref->gc.refcount = refcount;
    ZVAL_REF(zv, ref);
}
#define ZVAL_MAKE_REF(zv) zval_make_ref((zv), 1)
#define ZVAL_MAKE_REF_EX(zv, refcount) zval_make_ref((zv), (refcount))

// Reassign the pointer variable `zv` to the value behind the reference, if it is one.
#define ZVAL_DEREF(zv)                    \
    do {                                  \
        if (Z_ISREF_P(zv))                \
            (zv) = Z_REFVAL_P(zv);        \
    } while (0)

inline void zval_copy_deref(zval* dst, const zval* src)
{
    if (Z_ISREF_P(src))
        src = Z_REFVAL_P(src);
    ZVAL_COPY(dst, src);
}
#define ZVAL_COPY_DEREF(dst, src) zval_copy_deref((dst), (src))

// Unwrap a reference whose box is held by this zval alone: the value moves back into `zv`.
inline void zval_unref(zval* zv)
{
    zend_reference* ref = Z_REF_P(zv);
    ZVAL_COPY_VALUE(zv, &ref->val);
    efree(ref);
}
#define ZVAL_UNREF(zv) zval_unref(zv)

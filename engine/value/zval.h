// The zval: PHP's 16-byte value cell, and the header every refcounted payload starts with.
//
// A zval is two machine words. The first holds the value itself: an integer, a double, or a pointer to
// a payload on the heap. The second is split in two 32-bit halves: `u1` says what the first word holds
// (a type code in the low byte, type flags in the next byte), and `u2` is spare room that is not part
// of the value at all. Containers borrow `u2` for their own bookkeeping (the hash table threads its
// collision chains through it, the VM will keep argument counts and foreach positions there), which is
// why copying a value copies `value` and `u1` but never `u2`.
//
// Payloads that are shared by reference counting (strings, arrays, objects, resources, references)
// begin with the same 8-byte header `zend_refcounted_h`: a 32-bit count and a 32-bit word packing the
// payload's type (4 bits), its GC flags (6 bits) and room for the cycle collector (22 bits). Whether a
// zval must touch a count is decided by the REFCOUNTED type flag in the zval itself, so immutable
// payloads (interned strings, the shared empty array) can be referenced without a count at all.
//
// These are the extension-facing names, spelled as in PHP so an extension author's knowledge carries
// over. Accessors that must be assignable (`Z_LVAL_P(zv) = 3`) are macros; everything with logic is
// an inline function behind the macro name.
#pragma once

#include <cstddef>
#include <cstdint>

using zend_long = int64_t;
using zend_ulong = uint64_t;
using zend_uchar = unsigned char;
using zend_bool = bool;

#define ZEND_LONG_MAX INT64_MAX
#define ZEND_LONG_MIN INT64_MIN
#define ZEND_ULONG_MAX UINT64_MAX
#define MAX_LENGTH_OF_LONG 20

#ifndef MINIPHP_ZEND_RESULT_DEFINED
#define MINIPHP_ZEND_RESULT_DEFINED
enum zend_result : int { SUCCESS = 0, FAILURE = -1 };
#endif

struct zval;
struct zend_string;
struct zend_array;
using HashTable = zend_array;
struct zend_object;
struct zend_resource;
struct zend_reference;
struct zend_class_entry;

struct zend_refcounted_h {
    uint32_t refcount;
    uint32_t type_info; // GC type (bits 0-3) | GC flags (bits 4-9) | collector info (bits 10-31)
};

struct zend_refcounted {
    zend_refcounted_h gc;
};

union zend_value {
    zend_long lval;
    double dval;
    zend_refcounted* counted;
    zend_string* str;
    zend_array* arr;
    zend_object* obj;
    zend_resource* res;
    zend_reference* ref;
    zval* zv;
    void* ptr;
    zend_class_entry* ce;
    struct {
        uint32_t w1;
        uint32_t w2;
    } ww;
};

struct zval {
    zend_value value;
    union {
        uint32_t type_info;
        struct {
            zend_uchar type;
            zend_uchar type_flags;
            uint16_t extra;
        } v;
    } u1;
    union {
        uint32_t next;        // hash collision chain
        uint32_t num_args;    // call frames
        uint32_t opline_num;  // VM
        uint32_t lineno;      // compiler literals
        uint32_t fe_pos;      // foreach over a by-value array
        uint32_t fe_iter_idx; // foreach over a by-reference array: index into the iterator table
        uint32_t extra;       // free for the owner's use
    } u2;
};

static_assert(sizeof(zval) == 16, "a zval is two machine words");
static_assert(sizeof(zend_refcounted_h) == 8, "the refcount header is one machine word");

// Type codes, as PHP numbers them.
#define IS_UNDEF 0
#define IS_NULL 1
#define IS_FALSE 2
#define IS_TRUE 3
#define IS_LONG 4
#define IS_DOUBLE 5
#define IS_STRING 6
#define IS_ARRAY 7
#define IS_OBJECT 8
#define IS_RESOURCE 9
#define IS_REFERENCE 10
#define IS_CONSTANT_AST 11
// Internal codes that never reach PHP code.
#define IS_INDIRECT 12
#define IS_PTR 13

// Type flags (second byte of u1.type_info).
#define Z_TYPE_MASK 0xff
#define Z_TYPE_FLAGS_MASK 0xff00
#define Z_TYPE_FLAGS_SHIFT 8
#define IS_TYPE_REFCOUNTED (1 << 0)
#define IS_TYPE_COLLECTABLE (1 << 1)

#define IS_INTERNED_STRING_EX IS_STRING
#define IS_STRING_EX (IS_STRING | (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT))
#define IS_ARRAY_EX \
    (IS_ARRAY | (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT) | (IS_TYPE_COLLECTABLE << Z_TYPE_FLAGS_SHIFT))
#define IS_OBJECT_EX \
    (IS_OBJECT | (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT) | (IS_TYPE_COLLECTABLE << Z_TYPE_FLAGS_SHIFT))
#define IS_RESOURCE_EX (IS_RESOURCE | (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT))
#define IS_REFERENCE_EX (IS_REFERENCE | (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT))

// The refcounted header's type_info word.
#define GC_TYPE_MASK 0x0000000fu
#define GC_FLAGS_MASK 0x000003f0u
#define GC_INFO_MASK 0xfffffc00u
#define GC_INFO_SHIFT 10

#define GC_NOT_COLLECTABLE (1u << 4)
#define GC_PROTECTED (1u << 5) // set while a recursive walk (var_dump, compare) is inside
#define GC_IMMUTABLE (1u << 6) // shared read-only: never written, never counted
#define GC_PERSISTENT (1u << 7) // allocated with pemalloc(..., 1)
#define GC_PERSISTENT_LOCAL (1u << 8)

// The type_info a fresh payload's header starts with.
#define GC_NULL (IS_NULL | GC_NOT_COLLECTABLE)
#define GC_STRING (IS_STRING | GC_NOT_COLLECTABLE)
#define GC_ARRAY IS_ARRAY
#define GC_OBJECT IS_OBJECT
#define GC_RESOURCE (IS_RESOURCE | GC_NOT_COLLECTABLE)
#define GC_REFERENCE (IS_REFERENCE | GC_NOT_COLLECTABLE)

#define IS_STR_INTERNED GC_IMMUTABLE
#define IS_STR_PERSISTENT GC_PERSISTENT
#define IS_STR_PERMANENT (1u << 8) // interned at engine start-up, lives until engine shutdown
#define IS_ARRAY_IMMUTABLE GC_IMMUTABLE
#define IS_ARRAY_PERSISTENT GC_PERSISTENT
#define IS_OBJ_DESTRUCTOR_CALLED (1u << 8)
#define IS_OBJ_FREE_CALLED (1u << 9)

// --- the refcounted header -------------------------------------------------------------------------

#define GC_REFCOUNT(p) (p)->gc.refcount
#define GC_SET_REFCOUNT(p, rc) ((p)->gc.refcount = (rc))
#define GC_ADDREF(p) (++(p)->gc.refcount)
#define GC_DELREF(p) (--(p)->gc.refcount)
#define GC_TYPE_INFO(p) (p)->gc.type_info
#define GC_TYPE(p) static_cast<zend_uchar>((p)->gc.type_info & GC_TYPE_MASK)
#define GC_FLAGS(p) ((p)->gc.type_info & GC_FLAGS_MASK)
#define GC_ADD_FLAGS(p, f) ((p)->gc.type_info |= (f))
#define GC_DEL_FLAGS(p, f) ((p)->gc.type_info &= ~static_cast<uint32_t>(f))
#define GC_IS_RECURSIVE(p) ((GC_FLAGS(p) & GC_PROTECTED) != 0)
#define GC_PROTECT_RECURSION(p) GC_ADD_FLAGS(p, GC_PROTECTED)
#define GC_UNPROTECT_RECURSION(p) GC_DEL_FLAGS(p, GC_PROTECTED)

// --- reading a zval --------------------------------------------------------------------------------

#define Z_TYPE(zv) static_cast<zend_uchar>((zv).u1.v.type)
#define Z_TYPE_P(zv_p) Z_TYPE(*(zv_p))
#define Z_TYPE_FLAGS(zv) (zv).u1.v.type_flags
#define Z_TYPE_FLAGS_P(zv_p) Z_TYPE_FLAGS(*(zv_p))
#define Z_TYPE_INFO(zv) (zv).u1.type_info
#define Z_TYPE_INFO_P(zv_p) Z_TYPE_INFO(*(zv_p))
#define Z_TYPE_INFO_REFCOUNTED(t) (((t) & (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT)) != 0)
#define Z_NEXT(zv) (zv).u2.next
#define Z_NEXT_P(zv_p) Z_NEXT(*(zv_p))
#define Z_EXTRA(zv) (zv).u2.extra
#define Z_EXTRA_P(zv_p) Z_EXTRA(*(zv_p))

#define Z_REFCOUNTED(zv) ((Z_TYPE_FLAGS(zv) & IS_TYPE_REFCOUNTED) != 0)
#define Z_REFCOUNTED_P(zv_p) Z_REFCOUNTED(*(zv_p))
#define Z_COLLECTABLE(zv) ((Z_TYPE_FLAGS(zv) & IS_TYPE_COLLECTABLE) != 0)
#define Z_COLLECTABLE_P(zv_p) Z_COLLECTABLE(*(zv_p))

#define Z_ISUNDEF(zv) (Z_TYPE(zv) == IS_UNDEF)
#define Z_ISUNDEF_P(zv_p) Z_ISUNDEF(*(zv_p))
#define Z_ISNULL(zv) (Z_TYPE(zv) == IS_NULL)
#define Z_ISNULL_P(zv_p) Z_ISNULL(*(zv_p))
#define Z_ISREF(zv) (Z_TYPE(zv) == IS_REFERENCE)
#define Z_ISREF_P(zv_p) Z_ISREF(*(zv_p))

#define Z_LVAL(zv) (zv).value.lval
#define Z_LVAL_P(zv_p) Z_LVAL(*(zv_p))
#define Z_DVAL(zv) (zv).value.dval
#define Z_DVAL_P(zv_p) Z_DVAL(*(zv_p))
#define Z_COUNTED(zv) (zv).value.counted
#define Z_COUNTED_P(zv_p) Z_COUNTED(*(zv_p))
#define Z_STR(zv) (zv).value.str
#define Z_STR_P(zv_p) Z_STR(*(zv_p))
#define Z_ARR(zv) (zv).value.arr
#define Z_ARR_P(zv_p) Z_ARR(*(zv_p))
#define Z_ARRVAL(zv) Z_ARR(zv)
#define Z_ARRVAL_P(zv_p) Z_ARR(*(zv_p))
#define Z_OBJ(zv) (zv).value.obj
#define Z_OBJ_P(zv_p) Z_OBJ(*(zv_p))
#define Z_RES(zv) (zv).value.res
#define Z_RES_P(zv_p) Z_RES(*(zv_p))
#define Z_REF(zv) (zv).value.ref
#define Z_REF_P(zv_p) Z_REF(*(zv_p))
#define Z_PTR(zv) (zv).value.ptr
#define Z_PTR_P(zv_p) Z_PTR(*(zv_p))
#define Z_INDIRECT(z) (z).value.zv
#define Z_INDIRECT_P(zv_p) Z_INDIRECT(*(zv_p))

#define Z_REFCOUNT(zv) GC_REFCOUNT(Z_COUNTED(zv))
#define Z_REFCOUNT_P(zv_p) Z_REFCOUNT(*(zv_p))
#define Z_SET_REFCOUNT_P(zv_p, rc) GC_SET_REFCOUNT(Z_COUNTED_P(zv_p), rc)
#define Z_ADDREF(zv) GC_ADDREF(Z_COUNTED(zv))
#define Z_ADDREF_P(zv_p) GC_ADDREF(Z_COUNTED_P(zv_p))
#define Z_DELREF(zv) GC_DELREF(Z_COUNTED(zv))
#define Z_DELREF_P(zv_p) GC_DELREF(Z_COUNTED_P(zv_p))

inline void zval_try_addref(zval* zv)
{
    if (Z_REFCOUNTED_P(zv))
        Z_ADDREF_P(zv);
}
inline void zval_try_delref(zval* zv)
{
    if (Z_REFCOUNTED_P(zv))
        Z_DELREF_P(zv);
}
#define Z_TRY_ADDREF_P(zv_p) zval_try_addref(zv_p)
#define Z_TRY_ADDREF(zv) zval_try_addref(&(zv))
#define Z_TRY_DELREF_P(zv_p) zval_try_delref(zv_p)
#define Z_TRY_DELREF(zv) zval_try_delref(&(zv))

// --- writing a zval --------------------------------------------------------------------------------
// Each setter writes `value` and `u1` and leaves `u2` to its owner.

inline void zval_set_type_info(zval* zv, uint32_t type_info) { zv->u1.type_info = type_info; }

#define ZVAL_UNDEF(zv) zval_set_type_info((zv), IS_UNDEF)
#define ZVAL_NULL(zv) zval_set_type_info((zv), IS_NULL)
#define ZVAL_FALSE(zv) zval_set_type_info((zv), IS_FALSE)
#define ZVAL_TRUE(zv) zval_set_type_info((zv), IS_TRUE)
#define ZVAL_BOOL(zv, b) zval_set_type_info((zv), (b) ? IS_TRUE : IS_FALSE)

inline void zval_set_long(zval* zv, zend_long l)
{
    zv->value.lval = l;
    zv->u1.type_info = IS_LONG;
}
inline void zval_set_double(zval* zv, double d)
{
    zv->value.dval = d;
    zv->u1.type_info = IS_DOUBLE;
}
inline void zval_set_ptr(zval* zv, void* p, uint32_t type_info)
{
    zv->value.ptr = p;
    zv->u1.type_info = type_info;
}
#define ZVAL_LONG(zv, l) zval_set_long((zv), (l))
#define ZVAL_DOUBLE(zv, d) zval_set_double((zv), (d))
#define ZVAL_PTR(zv, p) zval_set_ptr((zv), (p), IS_PTR)
#define ZVAL_INDIRECT(zv, target) zval_set_ptr((zv), (target), IS_INDIRECT)
#define ZVAL_ARR(zv, a) zval_set_ptr((zv), (a), IS_ARRAY_EX)
#define ZVAL_NEW_ARR(zv) ZVAL_ARR((zv), zend_new_array(0))
#define ZVAL_OBJ(zv, o) zval_set_ptr((zv), (o), IS_OBJECT_EX)
#define ZVAL_RES(zv, r) zval_set_ptr((zv), (r), IS_RESOURCE_EX)
#define ZVAL_REF(zv, r) zval_set_ptr((zv), (r), IS_REFERENCE_EX)

// Copy the value and its type, nothing else: no count is taken and u2 is left alone.
inline void zval_copy_value(zval* dst, const zval* src)
{
    dst->value = src->value;
    dst->u1.type_info = src->u1.type_info;
}
#define ZVAL_COPY_VALUE(dst, src) zval_copy_value((dst), (src))

// Copy and take a count: the destination now owns one reference to the payload.
inline void zval_copy(zval* dst, const zval* src)
{
    zval_copy_value(dst, src);
    if (Z_TYPE_INFO_REFCOUNTED(src->u1.type_info))
        GC_ADDREF(src->value.counted);
}
#define ZVAL_COPY(dst, src) zval_copy((dst), (src))

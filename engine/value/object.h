// zend_object and the object store: the part of objects that lives beneath classes.
//
// Every object starts with this header: the refcount word, its handle (the `#5` in var_dump, an index
// into the request's object store), its class, its handler table, the optional table of dynamic
// properties, and then its declared-property slots. Extensions that wrap native data put the header at
// the *end* of their own struct and tell the handlers how far back the allocation starts
// (`zend_object_handlers::offset`), as in PHP.
//
// The object store maps handles to objects. Handles are reused: a freed handle goes on a free list and
// the next object gets it, as PHP does (so `spl_object_id` values repeat). The store grows by doubling.
//
// Life of an object: `zend_objects_store_put` gives it a handle. When its count reaches zero,
// `zend_objects_store_del` runs the destructor (`dtor_obj`, i.e. `__destruct`) once; if the destructor
// stored `$this` somewhere the object survives. Otherwise `free_obj` releases what the object owns and
// the memory and handle are given back. At request end, destructors of all live objects run first
// (`zend_objects_store_call_destructors`), then every object is freed whatever its count
// (`zend_objects_store_free_object_storage`), which is what breaks leftover cycles.
//
// The class entry is only a placeholder here; the class subsystem defines it and supplies handlers.
#pragma once

#include "engine/value/hash_table.h"
#include "engine/value/zval.h"

struct zend_object_handlers {
    int offset; // bytes from the start of the allocation to the zend_object header
    void (*free_obj)(zend_object* object); // release what the object owns (not the memory)
    void (*dtor_obj)(zend_object* object); // call __destruct; may resurrect the object
    // FIXME: read_property, write_property, get_properties, clone_obj, compare, cast... belong to the
    // class subsystem, which will extend this table.
};

struct zend_object {
    zend_refcounted_h gc;
    uint32_t handle;
    uint32_t num_slots; // declared-property slots in properties_table (fills what would be padding)
    zend_class_entry* ce;
    const zend_object_handlers* handlers;
    HashTable* properties; // dynamic properties, or null
    zval properties_table[1]; // declared-property slots (as many as the class declares)
};
static_assert(sizeof(zend_object) == 56);

#define Z_OBJ_HANDLE(zv) Z_OBJ(zv)->handle
#define Z_OBJ_HANDLE_P(zv_p) Z_OBJ_HANDLE(*(zv_p))
#define Z_OBJ_HT(zv) Z_OBJ(zv)->handlers
#define Z_OBJ_HT_P(zv_p) Z_OBJ_HT(*(zv_p))
#define Z_OBJCE(zv) Z_OBJ(zv)->ce
#define Z_OBJCE_P(zv_p) Z_OBJCE(*(zv_p))
#define Z_OBJPROP(zv) Z_OBJ(zv)->properties
#define Z_OBJPROP_P(zv_p) Z_OBJPROP(*(zv_p))

inline void zval_set_obj_copy(zval* zv, zend_object* obj)
{
    GC_ADDREF(obj);
    ZVAL_OBJ(zv, obj);
}
#define ZVAL_OBJ_COPY(zv, obj) zval_set_obj_copy((zv), (obj))

// The standard handlers: free_obj = zend_object_std_dtor, no destructor.
extern const zend_object_handlers std_object_handlers;

// Initialise the header of an object whose memory the caller allocated (refcount 1, standard
// handlers, no properties) and give it a handle. `declared_slots` slots of properties_table are set
// to UNDEF.
void zend_object_std_init(zend_object* object, zend_class_entry* ce, uint32_t declared_slots = 0);
// Release what the header owns: the dynamic property table and the declared slots.
void zend_object_std_dtor(zend_object* object);
// A plain object of `declared_slots` property slots, allocated with the request heap and initialised.
zend_object* zend_objects_new(zend_class_entry* ce, uint32_t declared_slots = 0);
// The allocation size of an object with `declared_slots` property slots.
constexpr size_t zend_object_size(uint32_t declared_slots)
{
    return sizeof(zend_object) + sizeof(zval) * (declared_slots > 0 ? declared_slots - 1 : 0);
}

void zend_objects_store_put(zend_object* object);
// The count of `object` reached zero: destroy it (see the file comment).
void zend_objects_store_del(zend_object* object);
// The object with this handle, or null if the handle is free or out of range.
zend_object* zend_objects_store_get(uint32_t handle);

void zend_objects_store_call_destructors();
void zend_objects_store_mark_destructed();
void zend_objects_store_free_object_storage();

namespace miniphp {
void objects_request_startup();
void objects_request_shutdown(); // frees the store itself; objects must be gone by then
} // namespace miniphp

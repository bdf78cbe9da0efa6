// The object store and the standard object life cycle (see object.h for the design).
//
// Free slots are threaded into a list through the bucket array itself: a free slot holds the next free
// handle shifted left with the low bit set. Object pointers are at least 8-byte aligned, so the low bit
// tells a free slot from a live object, and the store needs no side table.
//
// While `dtor_obj` or `free_obj` runs the object's count is held at one, so that code inside them that
// copies and releases `$this` cannot bring the count to zero a second time and re-enter.
#include "engine/value/object.h"

#include "engine/value/refcount.h"
#include "engine/value/value_state.h"

using miniphp::ObjectStore;
using miniphp::value_request;

namespace {

inline bool is_free_slot(const zend_object* slot) { return (reinterpret_cast<uintptr_t>(slot) & 1) != 0; }

inline zend_object* free_slot_link(uint32_t next_free)
{
    return reinterpret_cast<zend_object*>((static_cast<uintptr_t>(next_free) << 1) | 1);
}

inline uint32_t next_free_of(const zend_object* slot) { return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(slot) >> 1); }

void release_handle(ObjectStore* store, uint32_t handle)
{
    store->buckets[handle] = free_slot_link(store->free_list_head);
    store->free_list_head = handle;
}

void free_object_memory(zend_object* object)
{
    efree(reinterpret_cast<char*>(object) - object->handlers->offset);
}

} // namespace

extern const zend_object_handlers std_object_handlers = {
    .offset = 0,
    .free_obj = zend_object_std_dtor,
    .dtor_obj = nullptr,
};

void zend_object_std_init(zend_object* object, zend_class_entry* ce, uint32_t declared_slots)
{
    object->gc.refcount = 1;
    object->gc.type_info = GC_OBJECT;
    object->ce = ce;
    object->handlers = &std_object_handlers;
    object->properties = nullptr;
    object->num_slots = declared_slots;
    for (uint32_t i = 0; i < declared_slots; ++i)
        ZVAL_UNDEF(&object->properties_table[i]);
    zend_objects_store_put(object);
}

void zend_object_std_dtor(zend_object* object)
{
    if (HashTable* properties = object->properties) {
        object->properties = nullptr;
        if (GC_DELREF(properties) == 0)
            zend_array_destroy(properties);
    }
    for (uint32_t i = 0; i < object->num_slots; ++i) {
        zval* slot = &object->properties_table[i];
        if (Z_REFCOUNTED_P(slot)) {
            zval old;
            ZVAL_COPY_VALUE(&old, slot);
            ZVAL_UNDEF(slot);
            zval_ptr_dtor(&old);
        }
    }
}

zend_object* zend_objects_new(zend_class_entry* ce, uint32_t declared_slots)
{
    auto* object = static_cast<zend_object*>(emalloc(zend_object_size(declared_slots)));
    zend_object_std_init(object, ce, declared_slots);
    return object;
}

void zend_objects_store_put(zend_object* object)
{
    ObjectStore* store = &value_request()->objects;
    uint32_t handle;
    if (store->free_list_head != 0) {
        handle = store->free_list_head;
        store->free_list_head = next_free_of(store->buckets[handle]);
    } else {
        if (store->top == store->size) {
            const uint32_t size = store->size * 2;
            auto* grown = static_cast<zend_object**>(emalloc(sizeof(zend_object*) * size));
            std::memcpy(grown, store->buckets, sizeof(zend_object*) * store->top);
            efree(store->buckets);
            store->buckets = grown;
            store->size = size;
        }
        handle = store->top++;
    }
    object->handle = handle;
    store->buckets[handle] = object;
}

zend_object* zend_objects_store_get(uint32_t handle)
{
    ObjectStore* store = &value_request()->objects;
    if (handle == 0 || handle >= store->top || is_free_slot(store->buckets[handle]))
        return nullptr;
    return store->buckets[handle];
}

void zend_objects_store_del(zend_object* object)
{
    // The request-end sweep may have freed it already (its memory is still there until request end).
    if (GC_TYPE(object) == IS_NULL)
        return;

    if (!(GC_FLAGS(object) & IS_OBJ_DESTRUCTOR_CALLED)) {
        GC_ADD_FLAGS(object, IS_OBJ_DESTRUCTOR_CALLED);
        if (object->handlers->dtor_obj) {
            GC_SET_REFCOUNT(object, 1);
            object->handlers->dtor_obj(object);
            GC_DELREF(object);
        }
    }
    if (GC_REFCOUNT(object) != 0)
        return; // the destructor kept $this alive

    const uint32_t handle = object->handle;
    if (!(GC_FLAGS(object) & IS_OBJ_FREE_CALLED)) {
        GC_ADD_FLAGS(object, IS_OBJ_FREE_CALLED);
        GC_SET_REFCOUNT(object, 1);
        if (object->handlers->free_obj)
            object->handlers->free_obj(object);
        GC_SET_REFCOUNT(object, 0);
    }
    free_object_memory(object);
    release_handle(&value_request()->objects, handle);
}

void zend_objects_store_call_destructors()
{
    ObjectStore* store = &value_request()->objects;
    // Destructors may create objects (growing the store), so re-read `top` and the bucket pointer.
    for (uint32_t handle = 1; handle < store->top; ++handle) {
        zend_object* object = store->buckets[handle];
        if (is_free_slot(object) || (GC_FLAGS(object) & IS_OBJ_DESTRUCTOR_CALLED))
            continue;
        GC_ADD_FLAGS(object, IS_OBJ_DESTRUCTOR_CALLED);
        if (object->handlers->dtor_obj) {
            GC_ADDREF(object);
            object->handlers->dtor_obj(object);
            if (GC_DELREF(object) == 0)
                zend_objects_store_del(object);
        }
    }
}

void zend_objects_store_mark_destructed()
{
    ObjectStore* store = &value_request()->objects;
    for (uint32_t handle = 1; handle < store->top; ++handle) {
        if (!is_free_slot(store->buckets[handle]))
            GC_ADD_FLAGS(store->buckets[handle], IS_OBJ_DESTRUCTOR_CALLED);
    }
}

void zend_objects_store_free_object_storage()
{
    ObjectStore* store = &value_request()->objects;
    // First let every object release what it owns (its properties may hold other objects, which then
    // only drop counts: their memory stays until the second pass), then free the memory.
    for (uint32_t handle = 1; handle < store->top; ++handle) {
        zend_object* object = store->buckets[handle];
        if (is_free_slot(object) || (GC_FLAGS(object) & IS_OBJ_FREE_CALLED))
            continue;
        GC_ADD_FLAGS(object, IS_OBJ_FREE_CALLED | IS_OBJ_DESTRUCTOR_CALLED);
        GC_ADDREF(object);
        if (object->handlers->free_obj)
            object->handlers->free_obj(object);
        GC_DELREF(object);
    }
    for (uint32_t handle = 1; handle < store->top; ++handle) {
        zend_object* object = store->buckets[handle];
        if (is_free_slot(object))
            continue;
        GC_TYPE_INFO(object) = GC_NULL; // any later count drop on it is ignored by store_del
        free_object_memory(object);
        release_handle(store, handle);
    }
}

namespace miniphp {

void objects_request_startup()
{
    ObjectStore* store = &value_request()->objects;
    store->size = 1024;
    store->buckets = static_cast<zend_object**>(emalloc(sizeof(zend_object*) * store->size));
    store->buckets[0] = free_slot_link(0); // handle 0 is never used
    store->top = 1;
    store->free_list_head = 0;
}

void objects_request_shutdown()
{
    ObjectStore* store = &value_request()->objects;
    efree(store->buckets);
    store->buckets = nullptr;
    store->top = store->size = 0;
}

} // namespace miniphp

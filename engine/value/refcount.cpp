// Destroying payloads whose count reached zero, by type (see refcount.h for the rules).
#include "engine/value/refcount.h"

#include "engine/value/object.h"
#include "engine/value/resource.h"
#include "engine/value/value_state.h"

void rc_dtor_func(zend_refcounted* p)
{
    switch (GC_TYPE(p)) {
    case IS_STRING:
        zend_string_free(reinterpret_cast<zend_string*>(p));
        return;
    case IS_ARRAY:
        zend_array_destroy(reinterpret_cast<zend_array*>(p));
        return;
    case IS_OBJECT:
        zend_objects_store_del(reinterpret_cast<zend_object*>(p));
        return;
    case IS_RESOURCE:
        zend_list_free(reinterpret_cast<zend_resource*>(p));
        return;
    case IS_REFERENCE: {
        auto* ref = reinterpret_cast<zend_reference*>(p);
        i_zval_ptr_dtor(&ref->val);
        efree(ref);
        return;
    }
    default:
        // IS_NULL: a payload already being destroyed (an array during zend_array_destroy, an object
        // freed by the request-end sweep). Nothing to do.
        return;
    }
}

void zval_ptr_dtor(zval* zv) { i_zval_ptr_dtor(zv); }

namespace miniphp {

void gc_possible_root(zend_refcounted* p)
{
    ValueState* state = value_state();
    if (state && state->request.possible_root)
        state->request.possible_root(p);
}

} // namespace miniphp

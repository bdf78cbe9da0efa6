// Resources: opaque native handles (files, connections, ...) that PHP code can hold but not look inside.
//
// An extension registers a resource *type* once, at module start-up, with the destructor to run for
// a resource of that type (`zend_register_list_destructors_ex`), and gets a type id back. At run time it
// wraps a native pointer with `zend_register_resource(ptr, type)`, which files it in the request's
// resource list under a new handle (the number `var_dump` shows as `resource(5)`), and gets it back
// with `zend_fetch_resource`, which checks the type.
//
// A resource is refcounted like any payload. The list does not hold a count: when the last zval lets
// go, the resource leaves the list and its destructor runs at once (`zend_list_free`). `zend_list_close`
// runs the destructor early (fclose) while zvals still point at the resource, which then has type -1
// and fails every fetch. At request end the remaining resources are destroyed newest first.
//
// Persistent resources (pconnect-style) are owned by the engine's persistent list, keyed by a name the
// extension chooses, and destroyed by the type's persistent destructor at engine shutdown.
#pragma once

#include "engine/value/zval.h"

struct zend_resource {
    zend_refcounted_h gc;
    zend_long handle;
    int type; // -1 once closed
    void* ptr;
};

using rsrc_dtor_func_t = void (*)(zend_resource* res);

#define Z_RES_HANDLE(zv) Z_RES(zv)->handle
#define Z_RES_HANDLE_P(zv_p) Z_RES_HANDLE(*(zv_p))
#define Z_RES_TYPE(zv) Z_RES(zv)->type
#define Z_RES_TYPE_P(zv_p) Z_RES_TYPE(*(zv_p))
#define Z_RES_VAL(zv) Z_RES(zv)->ptr
#define Z_RES_VAL_P(zv_p) Z_RES_VAL(*(zv_p))

// Registers a resource type; returns its id (>= 1). `ld` runs for request resources, `pld` for
// persistent ones; either may be null. `type_name` is copied.
int zend_register_list_destructors_ex(rsrc_dtor_func_t ld, rsrc_dtor_func_t pld, const char* type_name, int module_number);
// The id of the type registered under this name, or 0.
int zend_fetch_list_dtor_id(const char* type_name);
// The type's name for messages ("stream", ...), or null for a closed or unknown resource.
const char* zend_rsrc_list_get_rsrc_type(zend_resource* res);
// Forgets the types a module registered (its MSHUTDOWN).
void zend_clean_module_rsrc_dtors(int module_number);

// A new request resource with refcount 1, filed in the resource list.
zend_resource* zend_register_resource(void* rsrc_pointer, int rsrc_type);
// The native pointer if `res` is of type `type` (or of `type1`/`type2`), else null.
// FIXME: PHP also throws TypeError "%s(): supplied resource is not a valid %s resource" here; that
// needs the exception machinery, which does not exist yet.
void* zend_fetch_resource(zend_resource* res, const char* resource_type_name, int resource_type);
void* zend_fetch_resource2(zend_resource* res, const char* resource_type_name, int resource_type1, int resource_type2);
void* zend_fetch_resource_ex(zval* res, const char* resource_type_name, int resource_type);

// Gives back one count; at zero the resource is destroyed.
void zend_list_delete(zend_resource* res);
// Destroys a resource whose count reached zero (called by rc_dtor_func).
void zend_list_free(zend_resource* res);
// Runs the destructor now; the resource stays (closed, type -1) until its last zval goes.
void zend_list_close(zend_resource* res);

// Persistent resources: a persistent zend_resource stored under `key` in the engine's persistent list
// (replacing any previous one), found again by the same key in a later request.
zend_resource* zend_register_persistent_resource(const char* key, size_t key_len, void* rsrc_pointer, int rsrc_type);
zend_resource* zend_find_persistent_resource(const char* key, size_t key_len);

namespace miniphp {
// Request end, first step: run the destructor of every open resource, newest first (structs stay).
void resources_close_all();
// Request end, last step (once nothing can hold a resource any more): free the list and the structs.
void resources_request_shutdown();
void resources_request_startup();
void resources_engine_startup();
void resources_engine_shutdown();
} // namespace miniphp

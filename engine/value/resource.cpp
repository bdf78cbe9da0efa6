// Resource types, the request's resource list and the engine's persistent list (see resource.h).
//
// Resource types live in a persistent packed table indexed by type id; ids start at 1 so that 0 can
// mean "no such type". The request list is an ordinary hash table keyed by handle whose destructor
// destroys the resource it holds; deleting a resource from the list is therefore the one way a resource
// dies, whether its count reached zero or the request is ending.
//
// Destroying a resource first marks it closed (type -1, no pointer) and then calls the type's
// destructor on a copy of it, so a destructor that somehow reaches the same resource again finds it
// already closed instead of destroying it twice.
#include "engine/value/resource.h"

#include <cstring>

#include "engine/error/error.h"
#include "engine/value/hash_table.h"
#include "engine/error/messages.h"
#include "engine/value/value_state.h"

namespace {

struct ResourceType {
    rsrc_dtor_func_t list_dtor;
    rsrc_dtor_func_t plist_dtor;
    char* type_name;
    int module_number;
};

ResourceType* find_type(int id)
{
    if (id <= 0)
        return nullptr;
    zval* zv = zend_hash_index_find(&miniphp::value_engine()->resource_types, static_cast<zend_ulong>(id));
    return zv ? static_cast<ResourceType*>(Z_PTR_P(zv)) : nullptr;
}

void destroy_resource_payload(zend_resource* res, bool persistent)
{
    zend_resource snapshot = *res;
    res->type = -1;
    res->ptr = nullptr;
    if (snapshot.type < 0)
        return;
    ResourceType* type = find_type(snapshot.type);
    if (!type) {
        zend_error(E_WARNING, miniphp::value::messages::kUnknownListEntryType, snapshot.type);
        return;
    }
    rsrc_dtor_func_t dtor = persistent ? type->plist_dtor : type->list_dtor;
    if (dtor)
        dtor(&snapshot);
}

// pDestructor of the request list: the entry's resource dies with it.
void regular_list_entry_dtor(zval* zv)
{
    zend_resource* res = Z_RES_P(zv);
    ZVAL_UNDEF(zv);
    destroy_resource_payload(res, false);
    efree(res);
}

void persistent_list_entry_dtor(zval* zv)
{
    zend_resource* res = Z_RES_P(zv);
    ZVAL_UNDEF(zv);
    destroy_resource_payload(res, true);
    pefree(res, 1);
}

void resource_type_dtor(zval* zv)
{
    auto* type = static_cast<ResourceType*>(Z_PTR_P(zv));
    pefree(type->type_name, 1);
    pefree(type, 1);
}

} // namespace

int zend_register_list_destructors_ex(rsrc_dtor_func_t ld, rsrc_dtor_func_t pld, const char* type_name, int module_number)
{
    auto* type = static_cast<ResourceType*>(pemalloc(sizeof(ResourceType), 1));
    type->list_dtor = ld;
    type->plist_dtor = pld;
    const size_t len = type_name ? std::strlen(type_name) : 0;
    type->type_name = static_cast<char*>(pemalloc(len + 1, 1));
    if (len)
        std::memcpy(type->type_name, type_name, len);
    type->type_name[len] = '\0';
    type->module_number = module_number;
    HashTable* types = &miniphp::value_engine()->resource_types;
    zval zv;
    ZVAL_PTR(&zv, type);
    zend_hash_next_index_insert(types, &zv);
    return static_cast<int>(types->nNextFreeElement - 1);
}

int zend_fetch_list_dtor_id(const char* type_name)
{
    for (miniphp::HashEntry entry : miniphp::hash_entries(&miniphp::value_engine()->resource_types)) {
        auto* type = static_cast<ResourceType*>(Z_PTR_P(entry.value));
        if (type->type_name && std::strcmp(type->type_name, type_name) == 0)
            return static_cast<int>(entry.h);
    }
    return 0;
}

const char* zend_rsrc_list_get_rsrc_type(zend_resource* res)
{
    ResourceType* type = find_type(res->type);
    return type ? type->type_name : nullptr;
}

void zend_clean_module_rsrc_dtors(int module_number)
{
    HashTable* types = &miniphp::value_engine()->resource_types;
    for (uint32_t pos = 0; pos < types->nNumUsed; ++pos) {
        if (zend_hash_position_is_hole(types, pos))
            continue;
        auto* type = static_cast<ResourceType*>(Z_PTR_P(zend_hash_position_value(types, pos)));
        if (type->module_number == module_number) {
            // Persistent resources of this type must go while their destructor is still known.
            HashTable* plist = &miniphp::value_engine()->persistent_list;
            const int id = static_cast<int>(HT_IS_PACKED(types) ? pos : types->arData[pos].h);
            for (uint32_t p = plist->nNumUsed; p > 0; --p) {
                if (p - 1 < plist->nNumUsed && !zend_hash_position_is_hole(plist, p - 1)
                    && Z_RES_P(zend_hash_position_value(plist, p - 1))->type == id)
                    zend_hash_del_bucket(plist, plist->arData + (p - 1));
            }
            zend_hash_index_del(types, static_cast<zend_ulong>(id));
        }
    }
}

zend_resource* zend_register_resource(void* rsrc_pointer, int rsrc_type)
{
    HashTable* list = &miniphp::value_request()->regular_list;
    zend_long handle = list->nNextFreeElement;
    if (handle <= 0)
        handle = 1; // handle 0 is never given out
    else if (handle == ZEND_LONG_MAX)
        zend_error_noreturn(E_ERROR, "%s", miniphp::value::messages::kResourceIdOverflow);
    auto* res = static_cast<zend_resource*>(emalloc(sizeof(zend_resource)));
    res->gc.refcount = 1;
    res->gc.type_info = GC_RESOURCE;
    res->handle = handle;
    res->type = rsrc_type;
    res->ptr = rsrc_pointer;
    zval zv;
    ZVAL_RES(&zv, res);
    zend_hash_index_add_new(list, static_cast<zend_ulong>(handle), &zv);
    return res;
}

void* zend_fetch_resource(zend_resource* res, const char* resource_type_name, int resource_type)
{
    if (res && res->type == resource_type)
        return res->ptr;
    return nullptr;
}

void* zend_fetch_resource2(zend_resource* res, const char* resource_type_name, int resource_type1, int resource_type2)
{
    if (res && (res->type == resource_type1 || res->type == resource_type2))
        return res->ptr;
    return nullptr;
}

void* zend_fetch_resource_ex(zval* res, const char* resource_type_name, int resource_type)
{
    if (!res || Z_TYPE_P(res) != IS_RESOURCE)
        return nullptr;
    return zend_fetch_resource(Z_RES_P(res), resource_type_name, resource_type);
}

void zend_list_free(zend_resource* res)
{
    zend_hash_index_del(&miniphp::value_request()->regular_list, static_cast<zend_ulong>(res->handle));
}

void zend_list_delete(zend_resource* res)
{
    if (GC_DELREF(res) == 0)
        zend_list_free(res);
}

void zend_list_close(zend_resource* res)
{
    if (GC_REFCOUNT(res) == 0)
        zend_list_free(res);
    else if (res->type >= 0)
        destroy_resource_payload(res, false);
}

zend_resource* zend_register_persistent_resource(const char* key, size_t key_len, void* rsrc_pointer, int rsrc_type)
{
    auto* res = static_cast<zend_resource*>(pemalloc(sizeof(zend_resource), 1));
    res->gc.refcount = 1;
    res->gc.type_info = GC_RESOURCE | GC_PERSISTENT;
    res->handle = -1;
    res->type = rsrc_type;
    res->ptr = rsrc_pointer;
    zval zv;
    ZVAL_RES(&zv, res);
    zend_hash_str_update(&miniphp::value_engine()->persistent_list, key, key_len, &zv);
    return res;
}

zend_resource* zend_find_persistent_resource(const char* key, size_t key_len)
{
    zval* zv = zend_hash_str_find(&miniphp::value_engine()->persistent_list, key, key_len);
    return zv ? Z_RES_P(zv) : nullptr;
}

namespace miniphp {

void resources_engine_startup()
{
    ValueEngineState* engine = value_engine();
    zend_hash_init(&engine->resource_types, 64, nullptr, resource_type_dtor, true);
    engine->resource_types.nNextFreeElement = 1; // type 0 means "none"
    zend_hash_init(&engine->persistent_list, 8, nullptr, persistent_list_entry_dtor, true);
}

void resources_engine_shutdown()
{
    ValueEngineState* engine = value_engine();
    zend_hash_graceful_reverse_destroy(&engine->persistent_list);
    zend_hash_destroy(&engine->resource_types);
}

void resources_request_startup()
{
    HashTable* list = &value_request()->regular_list;
    zend_hash_init(list, 8, nullptr, regular_list_entry_dtor, false);
    list->nNextFreeElement = 0;
}

void resources_close_all()
{
    HashTable* list = &value_request()->regular_list;
    // Newest first, while all of them still exist (a destructor may use an older resource, as a stream
    // uses its context). The structs stay: zvals elsewhere may still point at them.
    for (uint32_t pos = list->nNumUsed; pos > 0; --pos) {
        if (pos - 1 < list->nNumUsed && !zend_hash_position_is_hole(list, pos - 1)) {
            zend_resource* res = Z_RES_P(zend_hash_position_value(list, pos - 1));
            if (res->type >= 0)
                destroy_resource_payload(res, false);
        }
    }
}

void resources_request_shutdown() { zend_hash_graceful_reverse_destroy(&value_request()->regular_list); }

} // namespace miniphp

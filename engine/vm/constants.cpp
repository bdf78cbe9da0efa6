// The constant tables (see constants.h) and the extension API's zend_register_*_constant.
#include "engine/vm/constants.h"

#include <cstring>
#include <strings.h>

#include "engine/api/php_api.h"
#include "engine/context.h"
#include "engine/memory/heap.h"
#include "engine/vm/executor_state.h"

namespace miniphp::vm {

namespace {

void free_persistent_constant(zval* zv)
{
    auto* constant = static_cast<zend_constant*>(Z_PTR_P(zv));
    // Engine constants hold scalars and interned strings only: nothing to release in the value.
    zend_string_release(constant->name);
    pefree(constant, 1);
}

void free_request_constant(zval* zv)
{
    auto* constant = static_cast<zend_constant*>(Z_PTR_P(zv));
    zval_ptr_dtor(&constant->value);
    zend_string_release(constant->name);
    efree(constant);
}

HashTable* engine_table(bool create)
{
    Context* context = current_context();
    if (!context->constants && create) {
        context->constants = static_cast<HashTable*>(pemalloc(sizeof(HashTable), 1));
        zend_hash_init(context->constants, 128, nullptr, free_persistent_constant, true);
    }
    return context->constants;
}

} // namespace

void init_request_constants(HashTable* table)
{
    zend_hash_init(table, 8, nullptr, free_request_constant, false);
}

bool register_constant(const char* name, size_t length, zval* value, uint32_t flags, int module_number)
{
    if (find_constant(name, length))
        return false;
    Context* context = current_context();
    const bool persistent = !context->request_active;
    zend_constant* constant;
    HashTable* table;
    if (persistent) {
        table = engine_table(true);
        constant = static_cast<zend_constant*>(pemalloc(sizeof(zend_constant), 1));
        constant->name = zend_string_init_interned(name, length, true);
        flags |= CONST_PERSISTENT;
    } else {
        table = &executor_state()->constants;
        constant = static_cast<zend_constant*>(emalloc(sizeof(zend_constant)));
        constant->name = zend_string_init(name, length, false);
        flags &= ~CONST_PERSISTENT;
    }
    ZVAL_COPY_VALUE(&constant->value, value);
    constant->flags = flags;
    constant->module_number = module_number;
    zval ptr;
    ZVAL_PTR(&ptr, constant);
    zend_hash_add_new(table, constant->name, &ptr);
    return true;
}

zend_constant* find_constant(const char* name, size_t length)
{
    Context* context = current_context();
    zval* found = nullptr;
    if (context->executor)
        found = zend_hash_str_find(&context->executor->constants, name, length);
    if (!found && context->constants)
        found = zend_hash_str_find(context->constants, name, length);
    if (!found && (length == 4 || length == 5)
        && (strncasecmp(name, "true", length) == 0 || strncasecmp(name, "null", length) == 0
            || strncasecmp(name, "false", length) == 0)) {
        char upper[5];
        for (size_t i = 0; i < length; ++i)
            upper[i] = static_cast<char>(name[i] & ~0x20);
        if (context->constants)
            found = zend_hash_str_find(context->constants, upper, length);
    }
    return found ? static_cast<zend_constant*>(Z_PTR_P(found)) : nullptr;
}

zend_constant* find_constant(zend_string* name) { return find_constant(ZSTR_VAL(name), ZSTR_LEN(name)); }

void unregister_constants()
{
    Context* context = current_context();
    if (!context->constants)
        return;
    zend_hash_destroy(context->constants);
    pefree(context->constants, 1);
    context->constants = nullptr;
}

} // namespace miniphp::vm

// --- the extension API -------------------------------------------------------------------------------

namespace {

void register_api_constant(const char* name, size_t length, zval* value, int flags, int module_number)
{
    if (!miniphp::vm::register_constant(name, length, value, static_cast<uint32_t>(flags), module_number)) {
        zend_error(E_CORE_WARNING, "Constant %s already defined", name);
        zval_ptr_dtor(value);
    }
}

} // namespace

void zend_register_long_constant(const char* name, size_t name_len, zend_long lval, int flags, int module_number)
{
    zval value;
    ZVAL_LONG(&value, lval);
    register_api_constant(name, name_len, &value, flags, module_number);
}

void zend_register_double_constant(const char* name, size_t name_len, double dval, int flags, int module_number)
{
    zval value;
    ZVAL_DOUBLE(&value, dval);
    register_api_constant(name, name_len, &value, flags, module_number);
}

void zend_register_bool_constant(const char* name, size_t name_len, bool bval, int flags, int module_number)
{
    zval value;
    ZVAL_BOOL(&value, bval);
    register_api_constant(name, name_len, &value, flags, module_number);
}

void zend_register_null_constant(const char* name, size_t name_len, int flags, int module_number)
{
    zval value;
    ZVAL_NULL(&value);
    register_api_constant(name, name_len, &value, flags, module_number);
}

void zend_register_string_constant(const char* name, size_t name_len, const char* strval, int flags,
                                   int module_number)
{
    zval value;
    ZVAL_INTERNED_STR(&value, zend_string_init_interned(strval, std::strlen(strval), true));
    register_api_constant(name, name_len, &value, flags, module_number);
}

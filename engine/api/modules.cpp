// The module registry: the modules the host starts with the engine, their functions and their hooks.
//
// The list belongs to the engine (Context::modules, persistent memory), like the internal function table it
// fills: zend_startup_modules makes it, zend_shutdown_modules runs the MSHUTDOWN hooks and frees it.
#include "engine/api/php_api.h"

#include "engine/context.h"
#include "engine/memory/heap.h"
#include "engine/vm/function_table.h"

namespace miniphp {

struct ModuleRegistry {
    static constexpr size_t kMaxModules = 64;
    zend_module_entry* modules[kMaxModules];
    size_t count;
};

} // namespace miniphp

namespace {

// The engine's registry, or null before any module started.
miniphp::ModuleRegistry* started_modules()
{
    miniphp::Context* context = miniphp::current_context();
    return context ? context->modules : nullptr;
}

} // namespace

zend_module_entry* zend_get_started_module(size_t index)
{
    miniphp::ModuleRegistry* started = started_modules();
    return started && index < started->count ? started->modules[index] : nullptr;
}

zend_result zend_register_functions(const zend_function_entry* functions)
{
    for (const zend_function_entry* entry = functions; entry && entry->fname; ++entry)
        miniphp::vm::register_internal_function(entry->fname, entry->handler, entry->arg_info);
    return SUCCESS;
}

zend_result zend_startup_modules(zend_module_entry* const* modules, size_t count)
{
    zend_result result = SUCCESS;
    miniphp::Context* context = miniphp::current_context();
    if (!context->modules)
        context->modules = static_cast<miniphp::ModuleRegistry*>(pecalloc(1, sizeof(miniphp::ModuleRegistry), 1));
    miniphp::ModuleRegistry& started = *context->modules;
    for (size_t i = 0; i < count; ++i) {
        zend_module_entry* module = modules[i];
        bool known = false;
        for (size_t j = 0; j < started.count; ++j)
            known = known || started.modules[j] == module;
        if (!known && started.count < miniphp::ModuleRegistry::kMaxModules)
            started.modules[started.count++] = module;
        zend_register_functions(module->functions);
        if (module->module_startup_func
            && module->module_startup_func(MODULE_PERSISTENT, static_cast<int>(i)) == FAILURE)
            result = FAILURE;
    }
    return result;
}

void zend_shutdown_modules()
{
    miniphp::Context* context = miniphp::current_context();
    if (!context->modules)
        return;
    miniphp::ModuleRegistry& started = *context->modules;
    for (size_t i = started.count; i-- > 0;) {
        if (started.modules[i]->module_shutdown_func)
            started.modules[i]->module_shutdown_func(MODULE_PERSISTENT, static_cast<int>(i));
    }
    pefree(context->modules, 1);
    context->modules = nullptr;
}

void zend_activate_modules()
{
    miniphp::ModuleRegistry* registry = started_modules();
    if (!registry)
        return;
    miniphp::ModuleRegistry& started = *registry;
    for (size_t i = 0; i < started.count; ++i) {
        if (started.modules[i]->request_startup_func)
            started.modules[i]->request_startup_func(MODULE_PERSISTENT, static_cast<int>(i));
    }
}

void zend_deactivate_modules()
{
    miniphp::ModuleRegistry* registry = started_modules();
    if (!registry)
        return;
    miniphp::ModuleRegistry& started = *registry;
    for (size_t i = started.count; i-- > 0;) {
        if (started.modules[i]->request_shutdown_func)
            started.modules[i]->request_shutdown_func(MODULE_PERSISTENT, static_cast<int>(i));
    }
}

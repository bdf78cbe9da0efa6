// The module registry: the modules the host starts with the engine, their functions, their hooks and their
// globals pointers.
//
// The list belongs to the engine (Context::modules, persistent memory), like the internal function table it
// fills: zend_startup_modules makes it, zend_shutdown_modules runs the MSHUTDOWN hooks and frees it. A
// module's number is its index in the list, so it is unique within the engine (ini entries and resource
// types are filed under it) and names the module's globals slot. The globals themselves belong to the
// module, which frees them in its MSHUTDOWN.
#include "engine/api/php_api.h"

#include "engine/context.h"
#include "engine/memory/heap.h"
#include "engine/vm/function_table.h"

namespace miniphp {

struct ModuleRegistry {
    static constexpr size_t kMaxModules = 64;
    zend_module_entry* modules[kMaxModules];
    void* globals[kMaxModules];
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
    zend_result result = SUCCESS;
    for (const zend_function_entry* entry = functions; entry && entry->fname; ++entry) {
        if (!miniphp::vm::register_internal_function(entry->fname, entry->handler, entry->arg_info)) {
            // As PHP: a second function of the same name is refused (and the module's start fails).
            zend_error(E_CORE_WARNING, "Function registration failed - duplicate name - %s", entry->fname);
            result = FAILURE;
        }
    }
    return result;
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
        size_t number = 0;
        while (number < started.count && started.modules[number] != module)
            ++number;
        if (number < started.count)
            continue; // started already
        if (number == miniphp::ModuleRegistry::kMaxModules) {
            result = FAILURE;
            continue;
        }
        started.modules[started.count++] = module;
        zend_register_functions(module->functions);
        if (module->module_startup_func
            && module->module_startup_func(MODULE_PERSISTENT, static_cast<int>(number)) == FAILURE)
            result = FAILURE;
    }
    return result;
}

void zend_module_globals_set(int module_number, void* globals)
{
    miniphp::ModuleRegistry* registry = started_modules();
    if (registry && module_number >= 0 && static_cast<size_t>(module_number) < registry->count)
        registry->globals[module_number] = globals;
}

void* zend_module_globals(const zend_module_entry* module)
{
    miniphp::ModuleRegistry* registry = started_modules();
    if (!registry)
        return nullptr;
    for (size_t i = 0; i < registry->count; ++i) {
        if (registry->modules[i] == module)
            return registry->globals[i];
    }
    return nullptr;
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

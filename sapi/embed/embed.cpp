// The embedding API (see embed.h): the order in which the engine's parts start and stop.
//
// Engine start: context, values, ini (defaults, then the host's settings), output, error display, and only then
// the end of start-up (interned strings made after it belong to requests). Request start and end mirror it;
// request end runs after the VM has released what it holds, so the heap's leak report sees only real leaks.
#include "sapi/embed/embed.h"

#include "engine/api/php_api.h"
#include "engine/context.h"
#include "engine/core/core.h"
#include "engine/error/display.h"
#include "engine/ini/ini.h"
#include "engine/memory/heap.h"
#include "engine/value/value_state.h"
#include "engine/vm/constants.h"
#include "engine/vm/function_table.h"
#include "engine/vm/vm.h"
#include "ext/json/php_json.h"
#include "ext/pcre/php_pcre.h"
#include "ext/standard/php_standard.h"

namespace miniphp::embed {

namespace {

// The modules built into every engine, started in this order.
zend_module_entry* const g_builtin_modules[] = {&core_module_entry, &standard_module_entry, &pcre_module_entry,
                                               &json_module_entry};

} // namespace

Engine::Engine(const EngineConfig& config)
    : m_context(context_create())
    , m_previous(current_context())
    , m_standard_streams(config.standard_streams)
{
    set_current_context(m_context);
    value_engine_startup();
    size_t count = 0;
    const ini::ConfigValue* defaults = ini::command_line_defaults(&count);
    ini::engine_startup(defaults, count);
    for (const auto& [name, value] : config.ini)
        ini::set_config(name.data(), name.size(), value.data(), value.size());
    output::engine_startup(config.host);
    error::display_startup();
    // Modules register their functions (persistent, interned names) before start-up ends: the built-in
    // ones first, then the host's.
    zend_startup_modules(g_builtin_modules, sizeof g_builtin_modules / sizeof g_builtin_modules[0]);
    if (!config.modules.empty())
        zend_startup_modules(config.modules.data(), config.modules.size());
    value_engine_startup_done();
}

Engine::~Engine()
{
    zend_shutdown_modules();
    vm::unregister_internal_functions();
    vm::unregister_constants();
    output::engine_shutdown();
    ini::engine_shutdown();
    value_engine_shutdown();
    set_current_context(m_previous);
    context_destroy(m_context);
}

void Engine::begin_request(const char* file_name)
{
    request_startup(file_name);
    value_request_startup();
    ini::request_startup();
    output::request_startup();
    zend_activate_modules();
    if (m_standard_streams)
        standard_register_std_streams(0);
}

RequestResult Engine::end_request()
{
    RequestResult result;
    // PHP's order: shutdown functions, then the output buffers (whose handlers may be PHP code), then
    // what the executor holds.
    run_shutdown_functions();
    output::request_shutdown();
    result.status = m_context->exit_status; // a shutdown function may have exited with its own
    result.failed = m_context->request_failed;
    if (!result.failed)
        vm::executor_shutdown();
    zend_deactivate_modules();
    value_request_shutdown();
    ini::request_shutdown();
    if (!result.failed)
        result.leaked_bytes = memory::memory_usage(false);
    request_shutdown();
    return result;
}

RequestResult Engine::run(const char* source, size_t length, const char* file_name, const std::vector<std::string>& argv,
                          const ParseOptions& options)
{
    begin_request(file_name);
    std::vector<const char*> pointers;
    pointers.reserve(argv.size());
    for (const std::string& argument : argv)
        pointers.push_back(argument.c_str());
    vm::register_script_arguments(pointers.data(), pointers.size());
    vm::execute_script(source, length, file_name, options);
    return end_request();
}

RequestResult Engine::run(const char* source, size_t length, const char* file_name, const ParseOptions& options)
{
    begin_request(file_name);
    vm::execute_script(source, length, file_name, options);
    return end_request();
}

} // namespace miniphp::embed

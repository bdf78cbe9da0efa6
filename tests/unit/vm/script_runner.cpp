// The in-process host of script_runner.h.
#include "tests/unit/vm/script_runner.h"

#include "engine/compiler/compiler.h"
#include "engine/context.h"
#include "engine/error/bailout.h"
#include "engine/error/display.h"
#include "engine/ini/ini.h"
#include "engine/memory/heap.h"
#include "engine/output/output.h"
#include "engine/value/value_state.h"
#include "engine/vm/vm.h"
#include "parser/parser.h"

namespace miniphp::testing {

namespace {

struct Capture {
    std::string* output;
    std::string* log;
    bool quiet;
};

output::Host capture_host(Capture* capture)
{
    output::Host host;
    host.user = capture;
    host.write = [](void* user, const char* data, size_t length) {
        auto* capture = static_cast<Capture*>(user);
        if (!capture->quiet)
            capture->output->append(data, length);
        return length;
    };
    host.write_error = [](void* user, const char* data, size_t length) {
        static_cast<Capture*>(user)->log->append(data, length);
        return length;
    };
    host.log = [](void* user, const char* message, size_t length) {
        auto* capture = static_cast<Capture*>(user);
        capture->log->append(message, length);
        capture->log->push_back('\n');
    };
    return host;
}

// Compiles without running, for the opcode dump. Everything stays in request memory.
void compile_for_dump(const std::string& source, const char* file_name, std::string& dump)
{
    Arena arena;
    ParseResult parsed = parse_php(arena, source.c_str(), source.size());
    if (!parsed.ok()) {
        dump = "parse error\n";
        return;
    }
    zend_op_array* op_array = nullptr;
    MINIPHP_TRY {
        op_array = compile_script(parsed.root, file_name);
    } MINIPHP_CATCH {
        op_array = nullptr;
    } MINIPHP_END_TRY
    if (op_array) {
        dump_op_array(op_array, dump);
        destroy_op_array(op_array);
    }
}

} // namespace

ScriptResult run_script(const std::string& source, const ScriptOptions& options)
{
    ScriptResult result;
    Capture capture { &result.output, &result.log, options.quiet_output };

    Context* previous = current_context();
    Context* context = context_create();
    set_current_context(context);
    value_engine_startup();
    size_t count = 0;
    const ini::ConfigValue* defaults = ini::command_line_defaults(&count);
    ini::engine_startup(defaults, count);
    output::engine_startup(capture_host(&capture));
    error::display_startup();
    value_engine_startup_done();

    request_startup(options.file_name);
    value_request_startup();
    ini::request_startup();
    output::request_startup();

    if (options.dump_opcodes) {
        compile_for_dump(source, options.file_name, result.opcodes);
    } else {
        result.status = vm::execute_script(source.data(), source.size(), options.file_name);
    }
    result.failed = context->request_failed;
    if (!result.failed)
        vm::executor_shutdown();
    output::request_shutdown();
    value_request_shutdown();
    ini::request_shutdown();
    if (!result.failed)
        result.leaked_bytes = memory::memory_usage(false);
    request_shutdown();

    output::engine_shutdown();
    ini::engine_shutdown();
    value_engine_shutdown();
    set_current_context(previous);
    context_destroy(context);
    return result;
}

} // namespace miniphp::testing

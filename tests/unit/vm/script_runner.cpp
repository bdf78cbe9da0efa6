// The in-process host of script_runner.h, on the embedding API (sapi/embed).
#include "tests/unit/vm/script_runner.h"

#include "engine/compiler/compiler.h"
#include "engine/error/bailout.h"
#include "parser/parser.h"
#include "sapi/embed/embed.h"

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
    embed::EngineConfig config;
    config.host = capture_host(&capture);
    embed::Engine engine(config);
    if (options.dump_opcodes) {
        engine.begin_request(options.file_name);
        compile_for_dump(source, options.file_name, result.opcodes);
        engine.end_request();
        return result;
    }
    embed::RequestResult request = engine.run(source.c_str(), source.size(), options.file_name);
    result.status = request.status;
    result.failed = request.failed;
    result.leaked_bytes = request.leaked_bytes;
    return result;
}

} // namespace miniphp::testing

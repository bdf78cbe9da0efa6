// The embedding API: start an engine, run requests on it, shut it down.
//
// Every host of the interpreter goes through here: the `miniphp` CLI, the tests' in-process runner, and any
// program that links the library to run PHP. One Engine is one miniphp::Context (engine/context.h) installed
// on the calling thread for the Engine's lifetime; a process may run one Engine per thread.
//
// Lifetimes. The Engine owns everything persistent (ini table, interned strings, resource types, the output
// host). Each call to `run` is one request: request start, parse, compile and execute, then request end, which
// releases all request memory wholesale, also after a fatal error or exit(). The host survives a bailout: `run`
// returns the request's exit status.
//
// Bailout rule. The Engine uses RAII: construct and destroy it outside any try point (a host's main() is
// fine). `run` sets up its own try point around the script.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "engine/output/output.h"
#include "parser/parser.h"

struct zend_module_entry;

namespace miniphp {
struct Context;
}

namespace miniphp::embed {

struct EngineConfig {
    // Where output, displayed errors and log lines go.
    output::Host host;
    // Settings on top of PHP's built-in command-line defaults, as php's -d gives them (php.ini syntax values).
    std::vector<std::pair<std::string, std::string>> ini;
    // The host's own extensions (engine/api/php_api.h, guide in docs/extending.md), started after the
    // built-in modules (Core, standard, pcre) in this order: their functions join the function table, their
    // MINIT runs here and their MSHUTDOWN when the Engine is destroyed, their RINIT/RSHUTDOWN around every
    // request. The entries must outlive the Engine (a static zend_module_entry does).
    std::vector<zend_module_entry*> modules;
    // Define STDIN, STDOUT and STDERR (stream resources) in every request, as php's CLI does; other
    // SAPIs do not, and a host that does not need them saves three streams per request.
    bool standard_streams = false;
};

struct RequestResult {
    int status = 0;          // 0, exit()'s status, or 255 after a parse or fatal error (php's exit code)
    bool failed = false;     // the request bailed out: a fatal error, or exit() (which unwinds the same way)
    size_t leaked_bytes = 0; // request memory still allocated after a clean end, before release (0 when clean)
};

class Engine {
public:
    explicit Engine(const EngineConfig& config);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Runs one request: `source` (with a NUL byte at source[length]) as the script `file_name`, which error
    // messages name and the leak report calls script=.
    RequestResult run(const char* source, size_t length, const char* file_name, const ParseOptions& options = {});
    // The same, with the script's command line: $argv (argv[0] is the script's name as the user gave it)
    // and $argc become globals, as php's CLI sets them (register_argc_argv).
    RequestResult run(const char* source, size_t length, const char* file_name, const std::vector<std::string>& argv,
                      const ParseOptions& options = {});

    // The two halves of `run`, for hosts that do something else inside a request (compile only, say).
    void begin_request(const char* file_name);
    RequestResult end_request();

    Context* context() const { return m_context; }

private:
    Context* m_context = nullptr;
    Context* m_previous = nullptr;
    bool m_standard_streams = false;
};

} // namespace miniphp::embed

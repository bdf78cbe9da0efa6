// The worked example of docs/embedding.md: a host program that starts one engine, runs three requests on it
// and reads their output and exit status. The test suite builds and runs it (ctest -R docs_embed_example).
#include <cstdio>
#include <string>

#include "sapi/embed/embed.h"

int main()
{
    // 1. Where the engine's output goes: here, into a string per request.
    std::string output;
    miniphp::embed::EngineConfig config;
    config.host.user = &output;
    config.host.write = [](void* user, const char* data, size_t length) {
        static_cast<std::string*>(user)->append(data, length);
        return length;
    };
    // Settings on top of php's command-line defaults, as `-d` gives them.
    config.ini.emplace_back("memory_limit", "16M");

    // 2. One engine for the life of the host; outside any try point, as it uses RAII.
    miniphp::embed::Engine engine(config);

    // 3. Requests. Each one's memory is released when it ends, whatever the script did.
    const char* scripts[] = {
        "<?php function greet($name) { return \"Hello, $name!\"; } echo greet('embedder');",
        "<?php echo 'about to fail... '; no_such_function();",
        "<?php $total = 0; foreach ([1, 2, 3] as $n) { $total += $n; } exit($total);",
    };
    for (const char* script : scripts) {
        output.clear();
        std::string source = script; // the engine needs a NUL after the source; std::string has one
        miniphp::embed::RequestResult result = engine.run(source.c_str(), source.size(), "example.php");
        std::printf("status %d%s: %s\n", result.status, result.failed ? " (bailed out)" : "",
                    output.substr(0, output.find('\n', 1)).c_str());
    }
    return 0;
}

// The host of docs/extending.md's worked example: starts one engine with the counter extension added to
// the built-in modules, runs each script named on the command line as one request, and prints each
// request's output followed by how it ended. The test suite runs it on the scripts beside it
// (ctest -R docs_extension) and compares what it prints with the .expect files.
//
//     counter_host script.php [script.php ...]
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "docs/examples/ext_counter/counter.h"
#include "sapi/embed/embed.h"

int main(int argc, char** argv)
{
    std::string output;
    miniphp::embed::EngineConfig config;
    config.host.user = &output;
    config.host.write = [](void* user, const char* data, size_t length) {
        static_cast<std::string*>(user)->append(data, length);
        return length;
    };
    // The extension joins Core, standard and pcre: its MINIT runs when the engine starts.
    config.modules.push_back(&counter_module_entry);
    miniphp::embed::Engine engine(config);

    for (int i = 1; i < argc; ++i) {
        std::ifstream file(argv[i], std::ios::binary);
        if (!file) {
            std::fprintf(stderr, "counter_host: cannot read %s\n", argv[i]);
            return 2;
        }
        std::stringstream contents;
        contents << file.rdbuf();
        std::string source = contents.str();
        // Messages name the script by its file name alone, so the expected output does not depend on
        // where the sources are.
        std::string name = argv[i];
        name = name.substr(name.find_last_of('/') + 1);

        output.clear();
        miniphp::embed::RequestResult result = engine.run(source.c_str(), source.size(), name.c_str());
        std::fwrite(output.data(), 1, output.size(), stdout);
        std::printf("[%s: status %d%s%s]\n", name.c_str(), result.status, result.failed ? ", bailed out" : "",
                    result.leaked_bytes ? ", leaked memory" : "");
    }
    return 0;
}

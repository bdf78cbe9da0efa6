// miniphp-vm: runs a PHP file through the compiler and VM, for trying scripts and for benchmarks.
//
//     miniphp-vm FILE                  run it; output on stdout, error-log lines on stderr
//     miniphp-vm --dump-opcodes FILE   print the compiled code (format in engine/compiler/compiler.h)
//
// A developer's tool beside the tests; the real command line is sapi/cli.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "tests/unit/vm/script_runner.h"

int main(int argc, char** argv)
{
    bool dump = false;
    const char* file = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--dump-opcodes") == 0)
            dump = true;
        else
            file = argv[i];
    }
    if (!file) {
        std::fprintf(stderr, "usage: %s [--dump-opcodes] FILE\n", argv[0]);
        return 64;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "Could not open input file: %s\n", file);
        return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    // PHP's CLI names the main script by its real path in messages.
    char real[PATH_MAX];
    miniphp::testing::ScriptOptions options;
    options.file_name = realpath(file, real) ? real : file;
    options.dump_opcodes = dump;
    miniphp::testing::ScriptResult result = miniphp::testing::run_script(buffer.str(), options);
    std::fwrite(result.output.data(), 1, result.output.size(), stdout);
    std::fwrite(result.opcodes.data(), 1, result.opcodes.size(), stdout);
    std::fwrite(result.log.data(), 1, result.log.size(), stderr);
    if (result.leaked_bytes)
        std::fprintf(stderr, "miniphp-vm: %zu bytes of request memory left at request end\n", result.leaked_bytes);
    return result.status;
}

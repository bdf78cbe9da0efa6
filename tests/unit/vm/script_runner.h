// Runs PHP source in-process, the way a host does (engine start, request, execute_script, request end,
// engine end), and hands back what the script printed. Shared by the VM's tests and its tool.
//
// Output is what `php -n FILE` prints on standard output (display_errors=1 for command-line hosts);
// error-log lines ("PHP Warning:  ..." on PHP's standard error) are collected separately.
#pragma once

#include <cstddef>
#include <string>

namespace miniphp::testing {

struct ScriptResult {
    std::string output;
    std::string log;
    int status = 0;
    bool failed = false;          // the request bailed out (fatal error)
    size_t leaked_bytes = 0;      // request memory still allocated after a clean end (should be 0)
    std::string opcodes;          // with dump_opcodes: the compiled script (dump format of compiler.h)
};

struct ScriptOptions {
    const char* file_name = "/tmp/test.php";
    bool dump_opcodes = false; // compile only and return the dump
    bool quiet_output = false; // discard the output (benchmarks)
};

ScriptResult run_script(const std::string& source, const ScriptOptions& options = {});

} // namespace miniphp::testing

// The CLI's only contact with the interpreter's stages: parse a source, dump its tokens or its AST.
//
// The CLI holds no engine logic; these functions hand the bytes to the lexer and parser libraries and return
// their diagnostics untouched, for report.cpp to frame.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sapi/cli/report.h"

namespace miniphp::cli {

struct SourceDiagnostic {
    Severity severity;
    std::string message; // PHP's text, without the "Parse error: " prefix or the location
    uint32_t line;
};

struct StageResult {
    bool ok = true;         // no parse error and no fatal error
    std::vector<SourceDiagnostic> diagnostics; // in the order PHP raises them
    std::string output;     // the dump, for --tokens and --dump-ast
};

// `source` must have a NUL byte at source[length] (the scanner's sentinel); std::string provides one.
StageResult parse_source(const std::string& source);
StageResult dump_tokens(const std::string& source);
StageResult dump_ast(const std::string& source);

} // namespace miniphp::cli

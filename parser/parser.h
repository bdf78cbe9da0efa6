// The parser's public face: PHP source in, an AST (parser/ast.h) and PHP's diagnostics out.
//
// parse_php() reads one script the way `php -l` does: lexer warnings as they occur, then at most one parse
// error, which ends the parse. The messages are PHP's own texts without the "Parse error: " prefix and the
// " in FILE on line N" suffix, which the caller adds. The tree lives in the Arena the caller passes and is valid
// as long as that Arena; nothing in it points into the source buffer.
//
// FIXME: the diagnostics and the lexer's state use std::vector/std::string. That is fine for the CLI, which
// parses outside any bailout point, but include/eval inside a request will need them in request memory too,
// or an arena hook that cannot bail out (see the bailout rule in DESIGN.md).
#pragma once

#include "parser/ast.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace miniphp {

struct ParseDiagnostic {
    enum class Level { Warning, Deprecated, ParseError, FatalError } level;
    std::string message;
    uint32_t line;
};

struct ParseResult {
    Node* root = nullptr;  // a StatementList; null when the parse failed
    std::vector<ParseDiagnostic> diagnostics;
    bool ok() const;  // true when no diagnostic is a ParseError or FatalError
};

// `source` must have a NUL byte at source[length] (the lexer's sentinel).
struct ParseOptions {
    bool skip_shebang = false; // the script the CLI runs: a first "#!" line is skipped (Lexer::skip_shebang)
    bool in_scripting = false; // eval()'d code: the source starts in PHP code, without "<?php"
    bool short_open_tag = true; // the short_open_tag setting: "<?" opens PHP code
};
ParseResult parse_php(Arena& arena, const char* source, size_t length, const ParseOptions& options = {});

} // namespace miniphp

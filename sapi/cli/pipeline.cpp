// Glue from the CLI to the lexer and parser libraries (see pipeline.h).
#include "sapi/cli/pipeline.h"

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "parser/parser.h"

namespace miniphp::cli {

namespace {

Severity severity_of(ParseDiagnostic::Level level)
{
    switch (level) {
    case ParseDiagnostic::Level::Warning:
        return Severity::Warning;
    case ParseDiagnostic::Level::Deprecated:
        return Severity::Deprecated;
    case ParseDiagnostic::Level::ParseError:
        return Severity::ParseError;
    case ParseDiagnostic::Level::FatalError:
        return Severity::FatalError;
    }
    return Severity::FatalError;
}

StageResult run_parser(const std::string& source, bool want_dump)
{
    StageResult result;
    Arena arena;
    // The file the CLI was given may start with a "#!" line, which PHP skips.
    ParseOptions options;
    options.skip_shebang = true;
    ParseResult parsed = parse_php(arena, source.c_str(), source.size(), options);
    result.ok = parsed.ok();
    for (const ParseDiagnostic& diagnostic : parsed.diagnostics)
        result.diagnostics.push_back({ severity_of(diagnostic.level), diagnostic.message, diagnostic.line });
    if (want_dump && result.ok)
        miniphp::dump_ast(parsed.root, result.output);
    return result;
}

} // namespace

StageResult parse_source(const std::string& source)
{
    return run_parser(source, false);
}

StageResult dump_ast(const std::string& source)
{
    return run_parser(source, true);
}

StageResult dump_tokens(const std::string& source)
{
    StageResult result;
    print_tokens(source.c_str(), source.size(), result.output);
    return result;
}

} // namespace miniphp::cli

// miniphp-parse: the parser on its own, for tests and for the conformance script before the CLI exists.
//
//   miniphp-parse -l FILE          like `php -n -l FILE`: same output, exit status 255 on an error
//   miniphp-parse --dump-ast FILE  the AST in the format documented in parser/ast.h
//   miniphp-parse --time FILE...   parses each file 20 times and prints the total time (a quick speed check)
#include "parser/parser.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace miniphp;

static bool read_file(const char* path, std::string& out)
{
    FILE* file = std::fopen(path, "rb");
    if (!file)
        return false;
    char buffer[65536];
    size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        out.append(buffer, got);
    std::fclose(file);
    return true;
}

static const char* level_name(ParseDiagnostic::Level level)
{
    switch (level) {
    case ParseDiagnostic::Level::Warning: return "Warning";
    case ParseDiagnostic::Level::Deprecated: return "Deprecated";
    case ParseDiagnostic::Level::ParseError: return "Parse error";
    case ParseDiagnostic::Level::FatalError: return "Fatal error";
    }
    return "Error";
}

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s -l|--dump-ast|--time FILE...\n", argv[0]);
        return 2;
    }
    const char* mode = argv[1];
    if (std::strcmp(mode, "--time") == 0) {
        std::vector<std::string> sources;
        for (int i = 2; i < argc; ++i) {
            sources.emplace_back();
            read_file(argv[i], sources.back());
        }
        auto start = std::chrono::steady_clock::now();
        size_t errors = 0;
        for (int round = 0; round < 20; ++round) {
            for (const std::string& source : sources) {
                Arena arena;
                errors += !parse_php(arena, source.c_str(), source.size()).ok();
            }
        }
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("%zu files x 20: %.3f s (%zu failed parses)\n", sources.size(), seconds, errors);
        return 0;
    }
    const char* path = argv[2];
    std::string source;
    if (!read_file(path, source)) {
        std::printf("Could not open input file: %s\n", path);
        return 1;
    }
    Arena arena;
    ParseResult result = parse_php(arena, source.c_str(), source.size());
    for (const ParseDiagnostic& diagnostic : result.diagnostics)
        std::printf("\n%s: %s in %s on line %u\n", level_name(diagnostic.level), diagnostic.message.c_str(), path,
                    diagnostic.line);
    if (std::strcmp(mode, "--dump-ast") == 0) {
        if (!result.ok())
            return 255;
        std::string out;
        dump_ast(result.root, out);
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
    }
    if (!result.ok()) {
        std::printf("Errors parsing %s\n", path);
        return 255;
    }
    std::printf("No syntax errors detected in %s\n", path);
    return 0;
}

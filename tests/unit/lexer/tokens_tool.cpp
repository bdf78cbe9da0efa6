// miniphp-tokens FILE: prints the tokens of FILE in the --tokens format. A stand-in for `miniphp --tokens`
// that only needs the lexer, used by the lexer's own tests and tools.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "lexer/lexer.h"

namespace {

bool read_file(const char* path, std::string& source)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return false;
    std::stringstream buffer;
    buffer << file.rdbuf();
    source = buffer.str(); // std::string keeps a NUL after the last byte, the lexer's sentinel
    return true;
}

} // namespace

// miniphp-tokens [--tokens] FILE, miniphp-tokens --diagnostics FILE, or miniphp-tokens --batch FILE... which prints "\x01FILE" before each file's
// tokens, as tests/tools/php_tokens.php --batch does.
int main(int argc, char** argv)
{
    std::string source;
    std::string out;
    if (argc >= 2 && std::string(argv[1]) == "--batch") {
        for (int i = 2; i < argc; ++i) {
            out.assign(1, '\x01');
            out.append(argv[i]);
            out.push_back('\n');
            if (read_file(argv[i], source))
                miniphp::print_tokens(source.data(), source.size(), out);
            std::fwrite(out.data(), 1, out.size(), stdout);
        }
        return 0;
    }
    if (argc == 3 && std::string(argv[1]) == "--bench") {
        // Lexes the file repeatedly in parser mode and reports the speed: a quick check that the common path
        // stays allocation-free (the lexer's benchmark against PHP lives in bench/).
        if (!read_file(argv[2], source))
            return 1;
        size_t tokens = 0;
        auto start = std::chrono::steady_clock::now();
        int rounds = 0;
        do {
            miniphp::Lexer lexer(source.data(), source.size());
            while (lexer.next().kind != miniphp::TOKEN_END)
                ++tokens;
            ++rounds;
        } while (std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("%d rounds, %.1f MB/s, %.1f ns/token\n", rounds,
                    static_cast<double>(source.size()) * rounds / seconds / 1e6, seconds * 1e9 / static_cast<double>(tokens));
        return 0;
    }
    if (argc == 3 && std::string(argv[1]) == "--diagnostics") {
        // The parser mode's diagnostics, up to the first T_ERROR, one per line: "LEVEL<TAB>LINE<TAB>MESSAGE".
        if (!read_file(argv[2], source))
            return 1;
        miniphp::Lexer lexer(source.data(), source.size());
        while (true) {
            int kind = lexer.next().kind;
            if (kind == miniphp::TOKEN_END || kind == miniphp::T_ERROR)
                break;
        }
        for (const miniphp::LexerDiagnostic& diagnostic : lexer.diagnostics()) {
            const char* level = diagnostic.level == miniphp::LexerDiagnostic::Level::ParseError ? "Parse error"
                : diagnostic.level == miniphp::LexerDiagnostic::Level::Warning                  ? "Warning"
                                                                                                : "Deprecated";
            std::printf("%s\t%u\t%s\n", level, diagnostic.line, diagnostic.message.c_str());
        }
        return 0;
    }
    if (argc != 2 && !(argc == 3 && std::string(argv[1]) == "--tokens")) {
        std::cerr << "usage: miniphp-tokens [--tokens] FILE | --batch FILE...\n";
        return 2;
    }
    if (!read_file(argv[argc - 1], source)) {
        std::cerr << "Could not open input file: " << argv[argc - 1] << "\n";
        return 1;
    }
    miniphp::print_tokens(source.data(), source.size(), out);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

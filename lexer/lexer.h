// The PHP 8.2 lexer: turns source bytes into the tokens PHP's own scanner produces.
//
// The Lexer returns every token, including whitespace, comments and open/close tags, with the kinds, texts and
// line numbers that token_get_all() reports, so the same stream serves `miniphp --tokens` and the parser. A
// parser skips T_WHITESPACE, T_COMMENT, T_DOC_COMMENT and T_OPEN_TAG, reads T_CLOSE_TAG as ';' and
// T_OPEN_TAG_WITH_ECHO as `echo`, as PHP's parser does.
//
// Two modes. LexerMode::Parse (the default) behaves like PHP's scanner when it feeds the parser: a lexical error
// (`Invalid numeric literal`, a bad `\u{...}` escape, a heredoc indentation error, unbalanced brackets, an
// unterminated comment, the removed `(real)` cast) gives a T_ERROR token and a ParseError diagnostic with PHP's
// text and line; the parser reports it as `Parse error: MESSAGE in FILE on line N`. LexerMode::Tokenize behaves
// like token_get_all(), which swallows those errors and returns the tokens anyway.
//
// Ownership: the source is borrowed and must outlive the lexer; it must have a NUL byte at source[length] (the
// scanner's sentinel; NUL bytes inside the source are fine). Token texts point into the source. Decoded values
// point into the source when decoding changes nothing, and otherwise into storage owned by the Lexer.
//
// The --tokens format (print_tokens, `miniphp --tokens FILE`, tests/tools/php_tokens.php; see docs/tokens.md):
// one token per line, `LINE<TAB>NAME<TAB>TEXT<LF>`, where NAME is the T_ name as PHP's token_name() gives it, or
// for a single-character token its text (the character, or `b"` for a binary string's opening quote), and TEXT
// is the token's bytes with `\` written `\\`, newline `\n`, carriage return `\r`, tab `\t`, and every other
// byte below 0x20, 0x7f and every byte from 0x80 written `\xHH` (lower-case hex). token_get_all() gives no line
// for single-character tokens: LINE is then the previous token's line plus the newlines of its text.
//
// Two token_get_all() rules the lexer follows in both modes: after T_HALT_COMPILER and three more tokens (not
// counting whitespace and comments) the rest of the file is one T_INLINE_HTML; short open tags (`<?`) are on,
// PHP's built-in default, unless set_short_open_tag(false).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.h"

namespace miniphp {

struct Token {
    int kind;               // TokenKind or a single character code; TOKEN_END at the end (returned repeatedly)
    uint32_t line;          // 1-based line of the token's first byte, as token_get_all() reports it
    const char* text;       // the token's bytes in the source
    size_t length;
    std::string_view value; // decoded value for T_CONSTANT_ENCAPSED_STRING (quotes removed, escapes processed),
                            // T_ENCAPSED_AND_WHITESPACE (escapes processed, heredoc closing indentation removed),
                            // T_INLINE_HTML; otherwise equal to the text. Valid while the Lexer lives.

    std::string_view text_view() const { return { text, length }; }
};

struct LexerDiagnostic {
    enum class Level { Warning, Deprecated, ParseError } level;
    std::string message;    // PHP's exact text, without the "Parse error: " prefix or the location
    uint32_t line;          // 0 when PHP reports no location: "in [no active file] on line 0" (one heredoc
                            // error that PHP raises while its look-ahead has no file name)
};

enum class LexerMode {
    Parse,    // lexical errors give T_ERROR and a ParseError diagnostic
    Tokenize, // like token_get_all(): errors are ignored and scanning goes on
};

class Lexer {
public:
    // `source` must outlive the lexer and have a NUL byte at source[length] (re2c sentinel).
    Lexer(const char* source, size_t length, LexerMode mode = LexerMode::Parse);
    ~Lexer();
    Lexer(const Lexer&) = delete;
    Lexer& operator=(const Lexer&) = delete;

    // Every token, whitespace/comments/open and close tags included, exactly as token_get_all().
    Token next();

    // `<?` opens PHP code, as with PHP's built-in default short_open_tag=1. Call before the first next().
    void set_short_open_tag(bool enabled);

    // Skips a first line that starts with "#!" (a Unix interpreter line), as PHP's CLI does for the script it
    // runs: the line produces no token and counting goes on at line 2. Call before the first next().
    void skip_shebang();

    // Starts in PHP code instead of inline HTML, as eval() does. Call before the first next().
    void start_in_scripting();

    // Warnings raised while scanning and the parse errors behind T_ERROR tokens, in order.
    const std::vector<LexerDiagnostic>& diagnostics() const;

    // Implementation state, defined in lexer/lexer_state.h; kept out of this header so users do not rebuild
    // when it changes.
    struct State;

private:
    std::unique_ptr<State> m_state;
};

// Integer/float values of T_LNUMBER / T_DNUMBER text (hex, octal, 0o, binary, `_` separators).
bool integer_literal_value(std::string_view text, int64_t& out);   // false if it overflows (PHP makes it a float)
double float_literal_value(std::string_view text);

// The --tokens format (documented above), for `miniphp --tokens FILE`. Uses LexerMode::Tokenize.
void print_tokens(const char* source, size_t length, std::string& out);

} // namespace miniphp

// The --tokens dump: one line per token, in the format documented in lexer/lexer.h and docs/tokens.md, which
// tests/tools/php_tokens.php also prints from PHP's token_get_all(), so the two can be compared with diff.
#include "lexer/lexer.h"
#include "lexer/literals.h"

namespace miniphp {

namespace {

void append_escaped(std::string& out, const char* text, size_t length)
{
    static const char hex_digits[] = "0123456789abcdef";
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20 || c >= 0x7f) {
                out += "\\x";
                out += hex_digits[c >> 4];
                out += hex_digits[c & 0xf];
            } else {
                out += static_cast<char>(c);
            }
        }
    }
}

} // namespace

void print_tokens(const char* source, size_t length, std::string& out)
{
    Lexer lexer(source, length, LexerMode::Tokenize);
    // token_get_all() gives no line for single-character tokens; the format gives them the line reached after
    // the previous token, which differs from the lexer's line only where PHP stops counting lines inside a
    // string with an invalid \u{...} escape.
    uint32_t line_after_previous = 1;
    while (true) {
        Token token = lexer.next();
        if (token.kind == TOKEN_END)
            break;
        const char* name = token_name(token.kind);
        uint32_t line = name ? token.line : line_after_previous;
        line_after_previous = line + lexer_detail::count_newlines(token.text, token.length);
        out += std::to_string(line);
        out += '\t';
        if (name)
            out += name;
        else
            append_escaped(out, token.text, token.length); // a `b"` opening quote is one token
        out += '\t';
        append_escaped(out, token.text, token.length);
        out += '\n';
    }
}

} // namespace miniphp

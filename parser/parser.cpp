// parse_php(): the token feed between the lexer and the Bison parser, and PHP's wording of syntax errors.
//
// The feed (miniphp_yylex) does what PHP's scanner does in parser mode: it drops whitespace, comments and the
// open tag, reads `?>` as ';' and `<?=` as `echo`, remembers the latest doc comment for the declaration that
// claims it, and turns value tokens into leaf nodes. It also keeps the last token's text and line, because a
// syntax error names the token it stopped at ("unexpected identifier "foo"") and PHP reports the line the
// scanner has reached, which is the line where that token ends.
//
// The error wording follows how PHP's parser describes a token: keywords and punctuation as `token "X"`, value
// tokens as their kind and their text shortened to one line and 30 characters, quoted strings as single- or
// double-quoted, and the expected tokens only when there are at most four of them.
#include "parser/parser.h"

#include "parser/parser_context.h"
#include "php_parser.hpp"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace miniphp {

bool ParseResult::ok() const
{
    for (const ParseDiagnostic& diagnostic : diagnostics) {
        if (diagnostic.level == ParseDiagnostic::Level::ParseError ||
            diagnostic.level == ParseDiagnostic::Level::FatalError)
            return false;
    }
    return true;
}

namespace {

// Lines a token's text moves the scanner by: "\n", "\r\n" and a lone "\r" each count once, as in PHP.
uint32_t count_newlines(const char* text, size_t length)
{
    uint32_t lines = 0;
    for (size_t i = 0; i < length; ++i) {
        if (text[i] == '\n') {
            ++lines;
        } else if (text[i] == '\r') {
            ++lines;
            if (i + 1 < length && text[i + 1] == '\n')
                ++i;
        }
    }
    return lines;
}

// The line PHP's scanner has reached once it has read `token`, which is where a syntax error at that token is
// reported: usually the line the token ends on. Two exceptions follow PHP: the newline that may end `?>` is only
// counted when the next token is read, and a single-quoted string left open to the end of the file counts none.
uint32_t line_after(const ParserContext& ctx, const Token& token)
{
    if (token.kind == T_CLOSE_TAG)
        return token.line;
    if (token.kind == T_ENCAPSED_AND_WHITESPACE && token.text + token.length == ctx.source + ctx.length &&
        token.length && (token.text[0] == '\'' || (token.length > 1 && (token.text[0] | 0x20) == 'b' &&
                                                    token.text[1] == '\'')))
        return token.line;
    return token.line + count_newlines(token.text, token.length);
}

// The value of an integer literal too large for int64: PHP turns it into a float, in the literal's own base.
double overflowing_integer_value(std::string_view text)
{
    unsigned base = 10;
    size_t start = 0;
    if (text.size() > 1 && text[0] == '0') {
        char marker = static_cast<char>(text[1] | 0x20);
        if (marker == 'x') {
            base = 16;
            start = 2;
        } else if (marker == 'b') {
            base = 2;
            start = 2;
        } else if (marker == 'o') {
            base = 8;
            start = 2;
        } else {
            base = 8;
            start = 1;
        }
    }
    if (base == 10)
        return float_literal_value(text);
    double value = 0;
    for (size_t i = start; i < text.size(); ++i) {
        char c = text[i];
        if (c == '_')
            continue;
        unsigned digit = c >= '0' && c <= '9' ? unsigned(c - '0') : unsigned((c | 0x20) - 'a' + 10);
        value = value * base + digit;
    }
    return value;
}

// "$a[12]" offsets are integers when written canonically and small enough, strings otherwise.
Node* number_string_node(ParserContext& ctx, const Token& token)
{
    std::string_view text = token.text_view();
    bool canonical = !text.empty() && (text == "0" || text[0] != '0');
    for (char c : text)
        canonical = canonical && c >= '0' && c <= '9';
    int64_t value = 0;
    if (canonical && text.size() < 20 && integer_literal_value(text, value))
        return make_integer(ctx.arena, token.line, value);
    return make_text(ctx.arena, NodeKind::String, token.line, text.data(), text.size());
}

void copy_lexer_diagnostics(ParserContext& ctx)
{
    const std::vector<LexerDiagnostic>& found = ctx.lexer.diagnostics();
    for (; ctx.lexer_diagnostics_seen < found.size(); ++ctx.lexer_diagnostics_seen) {
        const LexerDiagnostic& diagnostic = found[ctx.lexer_diagnostics_seen];
        ParseDiagnostic::Level level = ParseDiagnostic::Level::ParseError;
        if (diagnostic.level == LexerDiagnostic::Level::Warning)
            level = ParseDiagnostic::Level::Warning;
        else if (diagnostic.level == LexerDiagnostic::Level::Deprecated)
            level = ParseDiagnostic::Level::Deprecated;
        ctx.diagnostics.push_back({ level, diagnostic.message, diagnostic.line });
    }
}

} // namespace

} // namespace miniphp

// The token feed, called by the Bison parser for each lookahead. Bison declares it outside the namespace.
int miniphp_yylex(MINIPHP_YYSTYPE* value, miniphp::ParserContext* ctx)
{
    using namespace miniphp;
    if (ctx->stop_lexing) {
        // PHP's scanner meets the end of input here and complains about brackets still open, as at a real end.
        if (!ctx->open_brackets.empty() && !ctx->failed) {
            char message[64];
            std::snprintf(message, sizeof message, "Unclosed '%c' on line %u", ctx->open_brackets.back().bracket,
                          ctx->open_brackets.back().line);
            ctx->diagnostics.push_back({ ParseDiagnostic::Level::ParseError, message, ctx->line });
            ctx->failed = true;
            ctx->last_kind = T_ERROR;
            return T_ERROR;
        }
        ctx->last_kind = TOKEN_END;
        ctx->last_text = ctx->source + ctx->length;
        ctx->last_length = 0;
        return 0;
    }
    for (;;) {
        Token token = ctx->lexer.next();
        if (ctx->lexer_diagnostics_seen != ctx->lexer.diagnostics().size())
            copy_lexer_diagnostics(*ctx);
        int kind = token.kind;
        switch (kind) {
        case T_WHITESPACE:
        case T_COMMENT:
        case T_OPEN_TAG:
            continue;
        case T_DOC_COMMENT:
            ctx->doc_comment = make_text(ctx->arena, NodeKind::String, token.line, token.text, token.length);
            continue;
        case T_OPEN_TAG_WITH_ECHO:
            kind = T_ECHO;
            break;
        case T_CLOSE_TAG:
            kind = ';';
            break;
        case '{':
        case '(':
        case '[':
            ctx->open_brackets.push_back({ static_cast<char>(kind), token.line });
            break;
        case T_CURLY_OPEN:
        case T_DOLLAR_OPEN_CURLY_BRACES:
            ctx->open_brackets.push_back({ '{', token.line });
            break;
        case '}':
            // A closing brace ends whatever the pending doc comment could have documented.
            ctx->doc_comment = nullptr;
            if (!ctx->open_brackets.empty())
                ctx->open_brackets.pop_back();
            break;
        case ')':
        case ']':
            if (!ctx->open_brackets.empty())
                ctx->open_brackets.pop_back();
            break;
        default:
            break;
        }
        ctx->last_kind = kind;
        ctx->last_text = token.text;
        ctx->last_length = token.length;
        ctx->last_line = token.line;
        ctx->line = line_after(*ctx, token);

        Arena& arena = ctx->arena;
        switch (kind) {
        case T_LNUMBER: {
            int64_t number = 0;
            if (integer_literal_value(token.text_view(), number))
                value->node = make_integer(arena, token.line, number);
            else
                value->node = make_float(arena, token.line, overflowing_integer_value(token.text_view()));
            break;
        }
        case T_DNUMBER:
            value->node = make_float(arena, token.line, float_literal_value(token.text_view()));
            break;
        case T_STRING:
        case T_STRING_VARNAME:
            value->node = make_text(arena, NodeKind::String, token.line, token.text, token.length);
            break;
        case T_NAME_QUALIFIED:
            value->node = make_text(arena, NodeKind::Name, token.line, token.text, token.length, NameNotFq);
            break;
        case T_NAME_FULLY_QUALIFIED:  // stored without the leading backslash
            value->node = make_text(arena, NodeKind::Name, token.line, token.text + 1, token.length - 1,
                                    NameFullyQualified);
            break;
        case T_NAME_RELATIVE: {  // stored without the "namespace\" prefix
            size_t prefix = sizeof("namespace\\") - 1;
            value->node = make_text(arena, NodeKind::Name, token.line, token.text + prefix, token.length - prefix,
                                    NameRelative);
            break;
        }
        case T_VARIABLE:  // stored without the $
            value->node = make_text(arena, NodeKind::String, token.line, token.text + 1, token.length - 1);
            break;
        case T_INLINE_HTML:
        case T_ENCAPSED_AND_WHITESPACE:
        case T_CONSTANT_ENCAPSED_STRING:
            value->node = make_text(arena, NodeKind::String, token.line, token.value.data(), token.value.size());
            break;
        case T_NUM_STRING:
            value->node = number_string_node(*ctx, token);
            break;
        default:
            value->word = Word { token.text, static_cast<uint32_t>(token.length), token.line };
            break;
        }
        return kind;
    }
}

namespace miniphp {

// How PHP names the token a syntax error stopped at. `symbol` is Bison's name for its kind: an alias such as
// `identifier` or `'function'`, a character such as `';'`, or a bare token name.
static void describe_unexpected(const ParserContext& ctx, const char* symbol, std::string& out)
{
    std::string_view kind(symbol);
    if (kind == "end of file") {
        out += "end of file";
        return;
    }
    if (kind == "amp") {  // the second ampersand token has a placeholder alias
        out += "token \"&\"";
        return;
    }
    if (kind == "'\"'") {
        out += "double-quote mark";
        return;
    }
    if (kind.size() >= 2 && kind.front() == '\'') {
        out += "token \"";
        out += kind.substr(1, kind.size() - 2);
        out += '"';
        return;
    }
    std::string_view content(ctx.last_text ? ctx.last_text : "", ctx.last_text ? ctx.last_length : 0);
    if (content.size() == 1 && kind == "invalid character") {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "character 0x%02X", static_cast<unsigned char>(content[0]));
        out += buffer;
        return;
    }
    size_t newline = content.find('\n');
    if (newline != std::string_view::npos)
        content = content.substr(0, newline);
    if (!content.empty() && kind == "quoted string") {
        if (content.front() == '"')
            kind = "double-quoted string";
        else if (content.front() == '\'')
            kind = "single-quoted string";
    }
    if (!content.empty() && (content.front() == '\'' || content.front() == '"'))
        content.remove_prefix(1);
    if (!content.empty() && (content.back() == '\'' || content.back() == '"'))
        content.remove_suffix(1);
    out += kind;
    out += " \"";
    if (content.size() > 30 + 3) {
        out += content.substr(0, 30);
        out += "...";
    } else {
        out += content;
    }
    out += '"';
}

// How PHP names an expected token: the alias with single quotes turned into double quotes.
static void describe_expected(const char* symbol, std::string& out)
{
    for (const char* c = symbol; *c; ++c)
        out += *c == '\'' ? '"' : *c;
}

void report_syntax_error(ParserContext& ctx, const char* unexpected, const char* const* expected, int count)
{
    ctx.failed = true;
    // A lexical error has already been reported by the lexer, with its own message.
    if (ctx.last_kind == T_ERROR)
        return;
    std::string message = "syntax error, unexpected ";
    describe_unexpected(ctx, unexpected, message);
    for (int i = 0; i < count; ++i) {
        message += i == 0 ? ", expecting " : " or ";
        describe_expected(expected[i], message);
    }
    ctx.diagnostics.push_back({ ParseDiagnostic::Level::ParseError, std::move(message), ctx.line });
}

ParseResult parse_php(Arena& arena, const char* source, size_t length, const ParseOptions& options)
{
    ParseResult result;
    ParserContext ctx(arena, source, length, result.diagnostics);
    if (options.skip_shebang)
        ctx.lexer.skip_shebang();
    if (options.in_scripting)
        ctx.lexer.start_in_scripting();
    if (!options.short_open_tag)
        ctx.lexer.set_short_open_tag(false);
    int status = miniphp_yyparse(&ctx);
    if (status == 0 && !ctx.failed)
        result.root = ctx.root;
    else if (result.ok())  // e.g. the parser ran out of stack: never silent
        result.diagnostics.push_back({ ParseDiagnostic::Level::ParseError, "syntax error", ctx.line });
    return result;
}

} // namespace miniphp

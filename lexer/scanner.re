// The PHP 8.2 scanner: an re2c state machine, compiled to C++ in the build tree (never committed).
//
// The scanner has the same states as PHP's own: INITIAL (inline HTML until an open tag), SCRIPTING (PHP code),
// PROPERTY (after `->`, where keywords are plain names), DOUBLE_QUOTES / BACKQUOTE / HEREDOC / NOWDOC (string
// bodies with or without interpolation), END_HEREDOC (the closing marker), VARNAME (after `${` in a string) and
// VAR_OFFSET (the `[...]` after `$var` in a string). States nest through a stack, as `{$expr}` inside a string
// and `{ ... }` blocks inside code must return to where they were.
//
// Order of this file: the state of a lexer; small helpers; the rules (one re2c block, grouped by state in the
// order PHP's scanner lists them, since the first of two rules matching the same length wins); then next(),
// which wraps scan() with line counting and the __halt_compiler() rule of token_get_all().
//
// Line numbers follow one rule: a token's line is 1 plus the newlines of all tokens before it. PHP's scanner
// reaches the same numbers with several counters; the one exception (a double-quoted string whose decoding
// fails stops counting its newlines) is reproduced where it happens.
#include <cassert>
#include <cstring>

#include "lexer/lexer.h"
#include "lexer/literals.h"

namespace miniphp {

using namespace lexer_detail;

/*!conditions:re2c*/

namespace lexer_detail {

// Storage for decoded string values: bump allocation in blocks, so a token's value costs no heap allocation
// of its own and stays valid for the lexer's lifetime.
class Arena {
public:
    // Never returns null, even for zero bytes, so the result can be handed to memcpy.
    char* allocate(size_t size)
    {
        if (size > m_left || !m_next) {
            size_t block = size > 16384 ? size : 16384;
            m_blocks.push_back(std::make_unique<char[]>(block));
            m_next = m_blocks.back().get();
            m_left = block;
        }
        char* result = m_next;
        m_next += size;
        m_left -= size;
        return result;
    }

private:
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char* m_next = nullptr;
    size_t m_left = 0;
};

struct HeredocLabel {
    const char* label;
    size_t length;
    int indentation;
    bool indentation_uses_spaces;
};

struct Nesting {
    char opening;
    uint32_t line;
};

constexpr int heredoc_using_spaces = 1;
constexpr int heredoc_using_tabs = 2;

} // namespace lexer_detail

struct Lexer::State {
    State(const char* source, size_t length, LexerMode mode)
        : m_source(reinterpret_cast<const unsigned char*>(source))
        , m_limit(m_source + length)
        , m_cursor(m_source)
        , m_mode(mode)
    {
        // The rules read one byte past the last token; the sentinel stops them there.
        assert(source[length] == '\0' && "the lexer needs a NUL byte at source[length]");
    }

    Token next();
    int scan();

    // Scanning position. m_limit points at the NUL sentinel.
    const unsigned char* m_source;
    const unsigned char* m_limit;
    const unsigned char* m_cursor;
    const unsigned char* m_marker = nullptr;
    const unsigned char* m_token_start = nullptr;

    int m_condition = yycINITIAL;
    std::vector<int> m_condition_stack;
    std::vector<HeredocLabel> m_heredoc_labels;
    std::vector<Nesting> m_nesting;

    LexerMode m_mode;
    bool m_short_open_tag = true;
    uint32_t m_line = 1;
    uint32_t m_token_line = 1;

    // Set by a rule whose value differs from its text.
    bool m_has_value = false;
    std::string_view m_value;
    // Set by a rule that counts its own newlines (PHP stops counting where a string's decoding fails).
    int64_t m_token_newlines = -1;

    // PHP raises a ParseError exception for lexical errors in both of its modes; the token_get_all() mode just
    // ignores it. The heredoc look-ahead stops at the first one, so it is tracked in every mode.
    bool m_exception = false;
    // Inside the look-ahead that finds a heredoc's closing indentation.
    bool m_scan_ahead = false;
    int m_scan_ahead_indentation = 0;
    bool m_scan_ahead_uses_spaces = false;

    // token_get_all() turns everything after `__halt_compiler` and three more tokens into inline HTML.
    int m_halt_tokens_needed = -1;
    bool m_halted = false;
    uint32_t m_halt_line = 0;
    uint32_t m_halt_end_line = 0;
    bool m_halt_end_check = false;
    bool m_finished = false;

    std::vector<LexerDiagnostic> m_diagnostics;
    Arena m_arena;

    bool parser_mode() const { return m_mode == LexerMode::Parse && !m_scan_ahead; }
    size_t token_length() const { return static_cast<size_t>(m_cursor - m_token_start); }
    void less(size_t length) { m_cursor = m_token_start + length; }

    void push_condition(int condition)
    {
        m_condition_stack.push_back(m_condition);
        m_condition = condition;
    }
    // Every pop matches an earlier push, as in PHP; the empty check only keeps a bug from becoming a crash.
    void pop_condition()
    {
        if (m_condition_stack.empty()) {
            m_condition = yycSCRIPTING;
            return;
        }
        m_condition = m_condition_stack.back();
        m_condition_stack.pop_back();
    }

    // A lexical error: recorded as a diagnostic when PHP would report it (parser mode), and remembered as a
    // pending exception for the heredoc look-ahead.
    void raise(std::string message, uint32_t line)
    {
        m_exception = true;
        if (m_mode == LexerMode::Parse && !m_scan_ahead)
            m_diagnostics.push_back({ LexerDiagnostic::Level::ParseError, std::move(message), line });
    }
    void warn(std::string message, uint32_t line)
    {
        if (!m_scan_ahead)
            m_diagnostics.push_back({ LexerDiagnostic::Level::Warning, std::move(message), line });
    }

    void enter_nesting(char opening) { m_nesting.push_back({ opening, m_token_line }); }
    bool exit_nesting(char closing);
    bool check_nesting_at_end();
    void report_bad_nesting(char opening, uint32_t opening_line, char closing);

    int end_token();
    int inline_html();
    int single_quoted_string(size_t prefix);
    int double_quoted_string(size_t prefix);
    int heredoc_start(size_t prefix);
    bool heredoc_scan_ahead();
    int double_quotes_body();
    int backquote_body();
    int heredoc_body();
    int nowdoc_body();
    int line_comment();
    int block_comment();
    int number(int kind);

    bool decode_escapes(const char* text, size_t length, char quote, uint32_t first_line, bool count_lines);
    void set_value(const char* data, size_t length)
    {
        m_has_value = true;
        m_value = std::string_view(data, length);
    }
};

bool Lexer::State::exit_nesting(char closing)
{
    if (m_nesting.empty()) {
        raise(std::string("Unmatched '") + closing + "'", m_token_line);
        return false;
    }
    Nesting top = m_nesting.back();
    if ((top.opening == '{' && closing != '}') || (top.opening == '[' && closing != ']')
        || (top.opening == '(' && closing != ')')) {
        report_bad_nesting(top.opening, top.line, closing);
        return false;
    }
    m_nesting.pop_back();
    return true;
}

bool Lexer::State::check_nesting_at_end()
{
    if (m_nesting.empty())
        return true;
    Nesting top = m_nesting.back();
    report_bad_nesting(top.opening, top.line, 0);
    return false;
}

void Lexer::State::report_bad_nesting(char opening, uint32_t opening_line, char closing)
{
    std::string message = std::string("Unclosed '") + opening + "'";
    if (opening_line != m_token_line)
        message += " on line " + std::to_string(opening_line);
    if (closing)
        message += std::string(" does not match '") + closing + "'";
    raise(std::move(message), m_token_line);
}

// The end of input: the catch-all rule of a state matched the NUL sentinel.
int Lexer::State::end_token()
{
    m_cursor = m_limit;
    m_token_start = m_limit;
    if (!check_nesting_at_end() && parser_mode()) {
        m_nesting.clear();
        return T_ERROR;
    }
    return TOKEN_END;
}

// Inline HTML runs up to the next open tag that the INITIAL rules would accept.
int Lexer::State::inline_html()
{
    while (true) {
        const void* found = std::memchr(m_cursor, '<', static_cast<size_t>(m_limit - m_cursor));
        m_cursor = found ? static_cast<const unsigned char*>(found) + 1 : m_limit;
        if (m_cursor >= m_limit)
            break;
        if (*m_cursor == '?') {
            if (m_short_open_tag || m_cursor[1] == '='
                || ((m_limit - m_cursor) >= 4 && (m_cursor[1] | 0x20) == 'p' && (m_cursor[2] | 0x20) == 'h'
                    && (m_cursor[3] | 0x20) == 'p'
                    && (m_cursor + 4 == m_limit || m_cursor[4] == ' ' || m_cursor[4] == '\t' || m_cursor[4] == '\n'
                        || m_cursor[4] == '\r'))) {
                --m_cursor;
                break;
            }
        }
    }
    return T_INLINE_HTML;
}

int Lexer::State::line_comment()
{
    // A `#` or `//` comment ends before a newline or before `?>`.
    while (m_cursor < m_limit) {
        unsigned char c = *m_cursor++;
        if (c == '\r' || c == '\n') {
            --m_cursor;
            break;
        }
        if (c == '?' && *m_cursor == '>') {
            --m_cursor;
            break;
        }
    }
    return T_COMMENT;
}

int Lexer::State::block_comment()
{
    bool doc_comment = token_length() > 2;
    while (m_cursor < m_limit) {
        if (*m_cursor++ == '*' && *m_cursor == '/')
            break;
    }
    if (m_cursor < m_limit) {
        ++m_cursor;
    } else {
        raise("Unterminated comment starting line " + std::to_string(m_token_line), m_token_line);
        if (parser_mode())
            return T_ERROR;
    }
    return doc_comment ? T_DOC_COMMENT : T_COMMENT;
}

int Lexer::State::number(int kind)
{
    std::string_view text(reinterpret_cast<const char*>(m_token_start), token_length());
    if (kind == T_LNUMBER && text.size() > 1 && text[0] == '0' && text[1] >= '0' && text[1] <= '9') {
        // A legacy octal literal may not contain 8 or 9.
        for (char c : text) {
            if (c == '8' || c == '9') {
                raise("Invalid numeric literal", m_token_line);
                if (parser_mode())
                    return T_ERROR;
                break;
            }
        }
    }
    int64_t value;
    return integer_literal_value(text, value) ? T_LNUMBER : T_DNUMBER;
}

// Decodes a double-quoted, backquoted or heredoc body (quote 0) into the value. Returns false when an invalid
// \u{...} escape makes it a parse error. When `count_lines` the newlines PHP counts while decoding become the
// token's line count (they stop at a failure, as in PHP).
bool Lexer::State::decode_escapes(const char* text, size_t length, char quote, uint32_t first_line, bool count_lines)
{
    if (!std::memchr(text, '\\', length)) {
        set_value(text, length);
        return true;
    }
    char* buffer = m_arena.allocate(length);
    std::memcpy(buffer, text, length);
    EscapeProblem problem;
    std::vector<OctalOverflow> overflows;
    size_t decoded = decode_double_quoted(buffer, length, quote, problem, m_scan_ahead ? nullptr : &overflows);
    for (const OctalOverflow& overflow : overflows)
        warn("Octal escape sequence overflow \\" + overflow.digits + " is greater than \\377",
             first_line + overflow.newlines_before);
    if (problem.kind != EscapeProblem::Kind::None) {
        raise(problem.kind == EscapeProblem::Kind::InvalidCodepoint
                  ? "Invalid UTF-8 codepoint escape sequence"
                  : "Invalid UTF-8 codepoint escape sequence: Codepoint too large",
              first_line + problem.newlines_before);
        if (count_lines)
            m_token_newlines = (first_line - m_token_line) + problem.newlines_before;
        set_value(text, length);
        return false;
    }
    set_value(buffer, decoded);
    return true;
}

int Lexer::State::single_quoted_string(size_t prefix)
{
    while (true) {
        if (m_cursor < m_limit) {
            if (*m_cursor == '\'') {
                ++m_cursor;
                break;
            }
            if (*m_cursor++ == '\\' && m_cursor < m_limit)
                ++m_cursor;
        } else {
            // An unclosed single-quoted string runs to the end of the file as string content.
            m_cursor = m_limit;
            set_value(reinterpret_cast<const char*>(m_token_start), token_length());
            return T_ENCAPSED_AND_WHITESPACE;
        }
    }
    const char* body = reinterpret_cast<const char*>(m_token_start) + prefix + 1;
    size_t length = token_length() - prefix - 2;
    if (!std::memchr(body, '\\', length)) {
        set_value(body, length);
    } else {
        char* buffer = m_arena.allocate(length);
        std::memcpy(buffer, body, length);
        set_value(buffer, decode_single_quoted(buffer, length));
    }
    return T_CONSTANT_ENCAPSED_STRING;
}

// Scans from after the opening `"`: a string without interpolation is one T_CONSTANT_ENCAPSED_STRING;
// otherwise only the quote is returned and the body is scanned in the DOUBLE_QUOTES state.
int Lexer::State::double_quoted_string(size_t prefix)
{
    while (m_cursor < m_limit) {
        unsigned char c = *m_cursor++;
        if (c == '"') {
            const char* body = reinterpret_cast<const char*>(m_token_start) + prefix + 1;
            if (!decode_escapes(body, token_length() - prefix - 2, '"', m_token_line, true) && parser_mode())
                return T_ERROR;
            return T_CONSTANT_ENCAPSED_STRING;
        }
        if (c == '$') {
            if (is_label_start(*m_cursor) || *m_cursor == '{')
                break;
            continue;
        }
        if (c == '{') {
            if (*m_cursor == '$')
                break;
            continue;
        }
        if (c == '\\' && m_cursor < m_limit)
            ++m_cursor;
    }
    less(prefix + 1);
    m_condition = yycDOUBLE_QUOTES;
    return '"';
}

// Scans string content up to the closing quote or an interpolation. The first byte was already matched by
// the catch-all rule (so a `$` or `{` there is content).
int Lexer::State::double_quotes_body()
{
    if (m_cursor > m_limit)
        return end_token();
    if (m_token_start[0] == '\\' && m_cursor < m_limit)
        ++m_cursor;
    while (m_cursor < m_limit) {
        unsigned char c = *m_cursor++;
        if (c == '"') {
            --m_cursor;
            break;
        }
        if (c == '$') {
            if (is_label_start(*m_cursor) || *m_cursor == '{') {
                --m_cursor;
                break;
            }
            continue;
        }
        if (c == '{') {
            if (*m_cursor == '$') {
                --m_cursor;
                break;
            }
            continue;
        }
        if (c == '\\' && m_cursor < m_limit)
            ++m_cursor;
    }
    if (!decode_escapes(reinterpret_cast<const char*>(m_token_start), token_length(), '"', m_token_line, true)
        && parser_mode())
        return T_ERROR;
    return T_ENCAPSED_AND_WHITESPACE;
}

int Lexer::State::backquote_body()
{
    if (m_cursor > m_limit)
        return end_token();
    if (m_token_start[0] == '\\' && m_cursor < m_limit)
        ++m_cursor;
    while (m_cursor < m_limit) {
        unsigned char c = *m_cursor++;
        if (c == '`') {
            --m_cursor;
            break;
        }
        if (c == '$') {
            if (is_label_start(*m_cursor) || *m_cursor == '{') {
                --m_cursor;
                break;
            }
            continue;
        }
        if (c == '{') {
            if (*m_cursor == '$') {
                --m_cursor;
                break;
            }
            continue;
        }
        if (c == '\\' && m_cursor < m_limit)
            ++m_cursor;
    }
    if (!decode_escapes(reinterpret_cast<const char*>(m_token_start), token_length(), '`', m_token_line, true)
        && parser_mode())
        return T_ERROR;
    return T_ENCAPSED_AND_WHITESPACE;
}

int Lexer::State::heredoc_start(size_t prefix)
{
    // The token is `<<<`, optional blanks, the label (bare, "quoted" or 'quoted' for a nowdoc), a newline.
    const unsigned char* text = m_token_start + prefix + 3;
    const unsigned char* end = m_cursor - 1;
    if (*end == '\n' && end > text && end[-1] == '\r')
        --end;
    while (*text == ' ' || *text == '\t')
        ++text;
    bool is_heredoc = true;
    if (*text == '\'') {
        ++text;
        --end;
        is_heredoc = false;
        m_condition = yycNOWDOC;
    } else {
        if (*text == '"') {
            ++text;
            --end;
        }
        m_condition = yycHEREDOC;
    }
    HeredocLabel label { reinterpret_cast<const char*>(text), static_cast<size_t>(end - text), 0, false };
    uint32_t body_line = m_token_line + 1;

    // A closing marker on the very next line makes an empty body.
    const unsigned char* saved_cursor = m_cursor;
    int spacing = 0;
    int indentation = 0;
    while (m_cursor < m_limit && (*m_cursor == ' ' || *m_cursor == '\t')) {
        spacing |= *m_cursor == '\t' ? heredoc_using_tabs : heredoc_using_spaces;
        ++m_cursor;
        ++indentation;
    }
    if (m_cursor == m_limit) {
        m_cursor = saved_cursor;
        m_heredoc_labels.push_back(label);
        return T_START_HEREDOC;
    }
    if (label.length < static_cast<size_t>(m_limit - m_cursor)
        && std::memcmp(m_cursor, label.label, label.length) == 0
        && !is_label_successor(m_cursor[label.length])) {
        m_cursor = saved_cursor;
        label.indentation = indentation;
        m_heredoc_labels.push_back(label);
        m_condition = yycEND_HEREDOC;
        if (spacing == (heredoc_using_spaces | heredoc_using_tabs)) {
            raise("Invalid indentation - tabs and spaces cannot be mixed", body_line);
            if (parser_mode())
                return T_ERROR;
        }
        return T_START_HEREDOC;
    }
    m_cursor = saved_cursor;
    m_heredoc_labels.push_back(label);

    if (is_heredoc && !m_scan_ahead && !heredoc_scan_ahead() && parser_mode())
        return T_ERROR;
    return T_START_HEREDOC;
}

// A heredoc's body lines lose the closing marker's indentation, which is only known at the end: scan ahead to
// the matching closing marker with a copy of the state, then come back. As in PHP, the look-ahead starts with
// empty state and bracket stacks, stops at the first lexical error, and a body that starts with an
// interpolation while the marker is indented is an error (the interpolation cannot be indented): false then.
bool Lexer::State::heredoc_scan_ahead()
{
    const unsigned char* saved_cursor = m_cursor;
    const unsigned char* saved_start = m_token_start;
    int saved_condition = m_condition;
    std::vector<int> saved_conditions;
    saved_conditions.swap(m_condition_stack);
    std::vector<Nesting> saved_nesting;
    saved_nesting.swap(m_nesting);
    std::vector<HeredocLabel> saved_labels = m_heredoc_labels;
    uint32_t saved_line = m_line;
    uint32_t saved_token_line = m_token_line;
    bool saved_exception = m_exception;
    int64_t saved_newlines = m_token_newlines;

    m_scan_ahead = true;
    m_scan_ahead_indentation = 0;
    m_scan_ahead_uses_spaces = false;
    m_exception = false;
    m_line = saved_line + count_newlines(reinterpret_cast<const char*>(saved_start),
                                         static_cast<size_t>(saved_cursor - saved_start));
    int nesting_level = 1;
    int first_token = 0;
    while (nesting_level) {
        m_token_line = m_line;
        m_token_newlines = -1;
        int kind = scan();
        if (m_exception)
            break;
        if (!first_token)
            first_token = kind;
        if (kind == T_START_HEREDOC)
            ++nesting_level;
        else if (kind == T_END_HEREDOC)
            --nesting_level;
        else if (kind == TOKEN_END)
            nesting_level = 0;
        m_line += m_token_newlines >= 0 ? static_cast<uint32_t>(m_token_newlines)
                                        : count_newlines(reinterpret_cast<const char*>(m_token_start), token_length());
    }
    m_scan_ahead = false;

    m_cursor = saved_cursor;
    m_token_start = saved_start;
    m_condition = saved_condition;
    m_condition_stack.swap(saved_conditions);
    m_nesting.swap(saved_nesting);
    m_heredoc_labels = std::move(saved_labels);
    m_line = saved_line;
    m_token_line = saved_token_line;
    m_exception = saved_exception;
    m_token_newlines = saved_newlines;
    m_has_value = false;

    HeredocLabel& current = m_heredoc_labels.back();
    current.indentation = m_scan_ahead_indentation;
    current.indentation_uses_spaces = m_scan_ahead_uses_spaces;
    // PHP raises this one while its look-ahead has cleared the file name, so it reports it
    // "in [no active file] on line 0": line 0 here.
    if ((first_token == T_VARIABLE || first_token == T_DOLLAR_OPEN_CURLY_BRACES || first_token == T_CURLY_OPEN)
        && m_scan_ahead_indentation) {
        raise("Invalid body indentation level (expecting an indentation level of at least "
                  + std::to_string(m_scan_ahead_indentation) + ")",
              0);
        return false;
    }
    return true;
}

int Lexer::State::heredoc_body()
{
    if (m_cursor > m_limit)
        return end_token();
    HeredocLabel& label = m_heredoc_labels.back();
    int newline = 0;
    --m_cursor;
    while (m_cursor < m_limit) {
        unsigned char c = *m_cursor++;
        if (c == '\r' || c == '\n') {
            if (c == '\r' && *m_cursor == '\n')
                ++m_cursor;
            int indentation = 0;
            int spacing = 0;
            while (m_cursor < m_limit && (*m_cursor == ' ' || *m_cursor == '\t')) {
                spacing |= *m_cursor == '\t' ? heredoc_using_tabs : heredoc_using_spaces;
                ++m_cursor;
                ++indentation;
            }
            if (m_cursor == m_limit) {
                // The file ends inside the body: the rest is raw content.
                set_value(reinterpret_cast<const char*>(m_token_start), token_length());
                return T_ENCAPSED_AND_WHITESPACE;
            }
            if (is_label_start(*m_cursor) && label.length < static_cast<size_t>(m_limit - m_cursor)
                && std::memcmp(m_cursor, label.label, label.length) == 0) {
                if (is_label_successor(m_cursor[label.length]))
                    continue;
                if (spacing == (heredoc_using_spaces | heredoc_using_tabs)) {
                    raise("Invalid indentation - tabs and spaces cannot be mixed", m_token_line);
                    if (parser_mode())
                        return T_ERROR;
                }
                // The newline before the marker belongs to the token's text but not to its value.
                newline = (m_cursor[-indentation - 2] == '\r' && m_cursor[-indentation - 1] == '\n') ? 2 : 1;
                if (m_scan_ahead) {
                    m_scan_ahead_indentation = indentation;
                    m_scan_ahead_uses_spaces = spacing == heredoc_using_spaces;
                } else {
                    m_cursor -= indentation;
                }
                m_condition = yycEND_HEREDOC;
                break;
            }
            continue;
        }
        if (c == '$') {
            if (is_label_start(*m_cursor) || *m_cursor == '{') {
                --m_cursor;
                break;
            }
            continue;
        }
        if (c == '{') {
            if (*m_cursor == '$') {
                --m_cursor;
                break;
            }
            continue;
        }
        if (c == '\\' && m_cursor < m_limit && *m_cursor != '\n' && *m_cursor != '\r')
            ++m_cursor;
    }
    if (m_scan_ahead)
        return T_ENCAPSED_AND_WHITESPACE;

    const char* text = reinterpret_cast<const char*>(m_token_start);
    size_t length = token_length() - static_cast<size_t>(newline);
    bool newline_at_start = m_token_start > m_source && (m_token_start[-1] == '\n' || m_token_start[-1] == '\r');
    if (label.indentation > 0) {
        char* buffer = m_arena.allocate(length);
        std::memcpy(buffer, text, length);
        std::string message;
        uint32_t newlines_before = 0;
        if (!strip_heredoc_indentation(buffer, length, label.indentation, label.indentation_uses_spaces,
                                       newline_at_start, newline != 0, message, newlines_before)) {
            if (parser_mode() && !m_exception) {
                raise(std::move(message), m_token_line + newlines_before);
                return T_ERROR;
            }
            set_value(text, length);
            return T_ENCAPSED_AND_WHITESPACE;
        }
        text = buffer;
    }
    if (!decode_escapes(text, length, 0, m_token_line, false) && parser_mode())
        return T_ERROR;
    return T_ENCAPSED_AND_WHITESPACE;
}

int Lexer::State::nowdoc_body()
{
    if (m_cursor > m_limit)
        return end_token();
    HeredocLabel& label = m_heredoc_labels.back();
    int newline = 0;
    int indentation = 0;
    int spacing = -1;
    --m_cursor;
    while (m_cursor < m_limit) {
        unsigned char c = *m_cursor++;
        if (c != '\r' && c != '\n')
            continue;
        if (c == '\r' && *m_cursor == '\n')
            ++m_cursor;
        indentation = 0;
        spacing = 0;
        while (m_cursor < m_limit && (*m_cursor == ' ' || *m_cursor == '\t')) {
            spacing |= *m_cursor == '\t' ? heredoc_using_tabs : heredoc_using_spaces;
            ++m_cursor;
            ++indentation;
        }
        if (m_cursor == m_limit) {
            set_value(reinterpret_cast<const char*>(m_token_start), token_length());
            return T_ENCAPSED_AND_WHITESPACE;
        }
        if (is_label_start(*m_cursor) && label.length < static_cast<size_t>(m_limit - m_cursor)
            && std::memcmp(m_cursor, label.label, label.length) == 0) {
            if (is_label_successor(m_cursor[label.length]))
                continue;
            if (spacing == (heredoc_using_spaces | heredoc_using_tabs)) {
                raise("Invalid indentation - tabs and spaces cannot be mixed", m_token_line);
                if (parser_mode())
                    return T_ERROR;
            }
            newline = (m_cursor[-indentation - 2] == '\r' && m_cursor[-indentation - 1] == '\n') ? 2 : 1;
            m_cursor -= indentation;
            label.indentation = indentation;
            m_condition = yycEND_HEREDOC;
            break;
        }
    }
    const char* text = reinterpret_cast<const char*>(m_token_start);
    size_t length = token_length() - static_cast<size_t>(newline);
    if (spacing != -1 && indentation > 0) {
        bool newline_at_start = m_token_start > m_source && (m_token_start[-1] == '\n' || m_token_start[-1] == '\r');
        char* buffer = m_arena.allocate(length);
        std::memcpy(buffer, text, length);
        std::string message;
        uint32_t newlines_before = 0;
        if (strip_heredoc_indentation(buffer, length, indentation, spacing == heredoc_using_spaces,
                                      newline_at_start, newline != 0, message, newlines_before)) {
            text = buffer;
        } else if (parser_mode() && !m_exception) {
            raise(std::move(message), m_token_line + newlines_before);
            return T_ERROR;
        }
    }
    set_value(text, length);
    return T_ENCAPSED_AND_WHITESPACE;
}

// The state machine. Each rule returns a token kind, or jumps back to `restart` after changing state without
// producing a token. Keywords are case-insensitive ('...' strings in re2c), punctuation is exact ("...").
int Lexer::State::scan()
{
restart:
    m_token_start = m_cursor;
    m_has_value = false;

    /*!re2c
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = m_cursor;
    re2c:define:YYMARKER = m_marker;
    re2c:define:YYGETCONDITION = "m_condition";
    re2c:define:YYSETCONDITION = "m_condition = @@;";
    re2c:yyfill:enable = 0;

    LNUM = [0-9]+ ("_" [0-9]+)*;
    DNUM = (LNUM? "." LNUM) | (LNUM "." LNUM?);
    EXPONENT_DNUM = ((LNUM | DNUM) [eE] [+-]? LNUM);
    HNUM = "0" [xX] [0-9a-fA-F]+ ("_" [0-9a-fA-F]+)*;
    BNUM = "0" [bB] [01]+ ("_" [01]+)*;
    ONUM = "0" [oO] [0-7]+ ("_" [0-7]+)*;
    LABEL = [a-zA-Z_\x80-\xff] [a-zA-Z0-9_\x80-\xff]*;
    WHITESPACE = [ \n\r\t]+;
    TABS_AND_SPACES = [ \t]*;
    TOKENS = [;:,.|^&+\-/*=%!~$<>?@];
    ANY_CHAR = [^];
    NEWLINE = "\r" | "\n" | "\r\n";

    <SCRIPTING> 'exit' { return T_EXIT; }
    <SCRIPTING> 'die' { return T_EXIT; }
    <SCRIPTING> 'fn' { return T_FN; }
    <SCRIPTING> 'function' { return T_FUNCTION; }
    <SCRIPTING> 'const' { return T_CONST; }
    <SCRIPTING> 'return' { return T_RETURN; }
    <SCRIPTING> "#[" { enter_nesting('['); return T_ATTRIBUTE; }
    <SCRIPTING> 'yield' WHITESPACE 'from' [^a-zA-Z0-9_\x80-\xff] { less(token_length() - 1); return T_YIELD_FROM; }
    <SCRIPTING> 'yield' { return T_YIELD; }
    <SCRIPTING> 'try' { return T_TRY; }
    <SCRIPTING> 'catch' { return T_CATCH; }
    <SCRIPTING> 'finally' { return T_FINALLY; }
    <SCRIPTING> 'throw' { return T_THROW; }
    <SCRIPTING> 'if' { return T_IF; }
    <SCRIPTING> 'elseif' { return T_ELSEIF; }
    <SCRIPTING> 'endif' { return T_ENDIF; }
    <SCRIPTING> 'else' { return T_ELSE; }
    <SCRIPTING> 'while' { return T_WHILE; }
    <SCRIPTING> 'endwhile' { return T_ENDWHILE; }
    <SCRIPTING> 'do' { return T_DO; }
    <SCRIPTING> 'for' { return T_FOR; }
    <SCRIPTING> 'endfor' { return T_ENDFOR; }
    <SCRIPTING> 'foreach' { return T_FOREACH; }
    <SCRIPTING> 'endforeach' { return T_ENDFOREACH; }
    <SCRIPTING> 'declare' { return T_DECLARE; }
    <SCRIPTING> 'enddeclare' { return T_ENDDECLARE; }
    <SCRIPTING> 'instanceof' { return T_INSTANCEOF; }
    <SCRIPTING> 'as' { return T_AS; }
    <SCRIPTING> 'switch' { return T_SWITCH; }
    <SCRIPTING> 'match' { return T_MATCH; }
    <SCRIPTING> 'endswitch' { return T_ENDSWITCH; }
    <SCRIPTING> 'case' { return T_CASE; }
    <SCRIPTING> 'default' { return T_DEFAULT; }
    <SCRIPTING> 'break' { return T_BREAK; }
    <SCRIPTING> 'continue' { return T_CONTINUE; }
    <SCRIPTING> 'goto' { return T_GOTO; }
    <SCRIPTING> 'echo' { return T_ECHO; }
    <SCRIPTING> 'print' { return T_PRINT; }
    <SCRIPTING> 'class' { return T_CLASS; }
    <SCRIPTING> 'interface' { return T_INTERFACE; }
    <SCRIPTING> 'trait' { return T_TRAIT; }
    // `enum` is a keyword only before a name that is not `extends`/`implements`, so older code that uses
    // `enum` as a class, function or constant name keeps working.
    <SCRIPTING> 'enum' WHITESPACE ('extends' | 'implements') { less(4); return T_STRING; }
    <SCRIPTING> 'enum' WHITESPACE [a-zA-Z_\x80-\xff] { less(4); return T_ENUM; }
    <SCRIPTING> 'extends' { return T_EXTENDS; }
    <SCRIPTING> 'implements' { return T_IMPLEMENTS; }
    <SCRIPTING> "->" { push_condition(yycPROPERTY); return T_OBJECT_OPERATOR; }
    <SCRIPTING> "?->" { push_condition(yycPROPERTY); return T_NULLSAFE_OBJECT_OPERATOR; }
    <SCRIPTING, PROPERTY> WHITESPACE { return T_WHITESPACE; }
    <PROPERTY> "->" { return T_OBJECT_OPERATOR; }
    <PROPERTY> "?->" { return T_NULLSAFE_OBJECT_OPERATOR; }
    <PROPERTY> LABEL { pop_condition(); return T_STRING; }
    <SCRIPTING> "::" { return T_PAAMAYIM_NEKUDOTAYIM; }
    <SCRIPTING> "..." { return T_ELLIPSIS; }
    <SCRIPTING> "??" { return T_COALESCE; }
    <SCRIPTING> 'new' { return T_NEW; }
    <SCRIPTING> 'clone' { return T_CLONE; }
    <SCRIPTING> 'var' { return T_VAR; }
    <SCRIPTING> "(" TABS_AND_SPACES ('int' | 'integer') TABS_AND_SPACES ")" { return T_INT_CAST; }
    <SCRIPTING> "(" TABS_AND_SPACES ('double' | 'float') TABS_AND_SPACES ")" { return T_DOUBLE_CAST; }
    <SCRIPTING> "(" TABS_AND_SPACES 'real' TABS_AND_SPACES ")" {
        if (parser_mode()) {
            raise("The (real) cast has been removed, use (float) instead", m_token_line);
            return T_ERROR;
        }
        return T_DOUBLE_CAST;
    }
    <SCRIPTING> "(" TABS_AND_SPACES ('string' | 'binary') TABS_AND_SPACES ")" { return T_STRING_CAST; }
    <SCRIPTING> "(" TABS_AND_SPACES 'array' TABS_AND_SPACES ")" { return T_ARRAY_CAST; }
    <SCRIPTING> "(" TABS_AND_SPACES 'object' TABS_AND_SPACES ")" { return T_OBJECT_CAST; }
    <SCRIPTING> "(" TABS_AND_SPACES ('bool' | 'boolean') TABS_AND_SPACES ")" { return T_BOOL_CAST; }
    <SCRIPTING> "(" TABS_AND_SPACES 'unset' TABS_AND_SPACES ")" { return T_UNSET_CAST; }
    <SCRIPTING> 'eval' { return T_EVAL; }
    <SCRIPTING> 'include' { return T_INCLUDE; }
    <SCRIPTING> 'include_once' { return T_INCLUDE_ONCE; }
    <SCRIPTING> 'require' { return T_REQUIRE; }
    <SCRIPTING> 'require_once' { return T_REQUIRE_ONCE; }
    <SCRIPTING> 'namespace' { return T_NAMESPACE; }
    <SCRIPTING> 'use' { return T_USE; }
    <SCRIPTING> 'insteadof' { return T_INSTEADOF; }
    <SCRIPTING> 'global' { return T_GLOBAL; }
    <SCRIPTING> 'isset' { return T_ISSET; }
    <SCRIPTING> 'empty' { return T_EMPTY; }
    <SCRIPTING> '__halt_compiler' { return T_HALT_COMPILER; }
    <SCRIPTING> 'static' { return T_STATIC; }
    <SCRIPTING> 'abstract' { return T_ABSTRACT; }
    <SCRIPTING> 'final' { return T_FINAL; }
    <SCRIPTING> 'private' { return T_PRIVATE; }
    <SCRIPTING> 'protected' { return T_PROTECTED; }
    <SCRIPTING> 'public' { return T_PUBLIC; }
    <SCRIPTING> 'readonly' { return T_READONLY; }
    <SCRIPTING> 'unset' { return T_UNSET; }
    <SCRIPTING> "=>" { return T_DOUBLE_ARROW; }
    <SCRIPTING> 'list' { return T_LIST; }
    <SCRIPTING> 'array' { return T_ARRAY; }
    <SCRIPTING> 'callable' { return T_CALLABLE; }
    <SCRIPTING> "++" { return T_INC; }
    <SCRIPTING> "--" { return T_DEC; }
    <SCRIPTING> "===" { return T_IS_IDENTICAL; }
    <SCRIPTING> "!==" { return T_IS_NOT_IDENTICAL; }
    <SCRIPTING> "==" { return T_IS_EQUAL; }
    <SCRIPTING> "!=" | "<>" { return T_IS_NOT_EQUAL; }
    <SCRIPTING> "<=>" { return T_SPACESHIP; }
    <SCRIPTING> "<=" { return T_IS_SMALLER_OR_EQUAL; }
    <SCRIPTING> ">=" { return T_IS_GREATER_OR_EQUAL; }
    <SCRIPTING> "+=" { return T_PLUS_EQUAL; }
    <SCRIPTING> "-=" { return T_MINUS_EQUAL; }
    <SCRIPTING> "*=" { return T_MUL_EQUAL; }
    <SCRIPTING> "**" { return T_POW; }
    <SCRIPTING> "**=" { return T_POW_EQUAL; }
    <SCRIPTING> "/=" { return T_DIV_EQUAL; }
    <SCRIPTING> ".=" { return T_CONCAT_EQUAL; }
    <SCRIPTING> "%=" { return T_MOD_EQUAL; }
    <SCRIPTING> "<<=" { return T_SL_EQUAL; }
    <SCRIPTING> ">>=" { return T_SR_EQUAL; }
    <SCRIPTING> "&=" { return T_AND_EQUAL; }
    <SCRIPTING> "|=" { return T_OR_EQUAL; }
    <SCRIPTING> "^=" { return T_XOR_EQUAL; }
    <SCRIPTING> "??=" { return T_COALESCE_EQUAL; }
    <SCRIPTING> "||" { return T_BOOLEAN_OR; }
    <SCRIPTING> "&&" { return T_BOOLEAN_AND; }
    <SCRIPTING> 'or' { return T_LOGICAL_OR; }
    <SCRIPTING> 'and' { return T_LOGICAL_AND; }
    <SCRIPTING> 'xor' { return T_LOGICAL_XOR; }
    <SCRIPTING> "<<" { return T_SL; }
    <SCRIPTING> ">>" { return T_SR; }
    // By-reference `&` is told apart from bitwise and by what follows, so the grammar stays LALR(1).
    <SCRIPTING> "&" [ \t\r\n]* ("$" | "...") { less(1); return T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG; }
    <SCRIPTING> "&" { return T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG; }
    <SCRIPTING> "]" | ")" {
        int closing = m_token_start[0];
        if (!exit_nesting(static_cast<char>(closing)) && parser_mode())
            return T_ERROR;
        return closing;
    }
    <SCRIPTING> "[" | "(" { enter_nesting(static_cast<char>(m_token_start[0])); return m_token_start[0]; }
    <SCRIPTING> TOKENS { return m_token_start[0]; }
    <SCRIPTING> "{" { push_condition(yycSCRIPTING); enter_nesting('{'); return '{'; }
    <DOUBLE_QUOTES, BACKQUOTE, HEREDOC> "${" {
        push_condition(yycVARNAME);
        enter_nesting('{');
        return T_DOLLAR_OPEN_CURLY_BRACES;
    }
    <SCRIPTING> "}" {
        if (!m_condition_stack.empty())
            pop_condition();
        if (!exit_nesting('}') && parser_mode())
            return T_ERROR;
        return '}';
    }
    <VARNAME> LABEL [[}] {
        less(token_length() - 1);
        pop_condition();
        push_condition(yycSCRIPTING);
        return T_STRING_VARNAME;
    }
    <VARNAME> ANY_CHAR {
        less(0);
        pop_condition();
        push_condition(yycSCRIPTING);
        goto restart;
    }
    <SCRIPTING> BNUM { return number(T_LNUMBER); }
    <SCRIPTING> ONUM { return number(T_LNUMBER); }
    <SCRIPTING> LNUM { return number(T_LNUMBER); }
    <SCRIPTING> HNUM { return number(T_LNUMBER); }
    <VAR_OFFSET> LNUM | HNUM | BNUM | ONUM { return T_NUM_STRING; }
    <SCRIPTING> DNUM | EXPONENT_DNUM { return T_DNUMBER; }
    <SCRIPTING> '__CLASS__' { return T_CLASS_C; }
    <SCRIPTING> '__TRAIT__' { return T_TRAIT_C; }
    <SCRIPTING> '__FUNCTION__' { return T_FUNC_C; }
    <SCRIPTING> '__METHOD__' { return T_METHOD_C; }
    <SCRIPTING> '__LINE__' { return T_LINE; }
    <SCRIPTING> '__FILE__' { return T_FILE; }
    <SCRIPTING> '__DIR__' { return T_DIR; }
    <SCRIPTING> '__NAMESPACE__' { return T_NS_C; }

    <INITIAL> "<?=" { m_condition = yycSCRIPTING; return T_OPEN_TAG_WITH_ECHO; }
    <INITIAL> '<?php' ([ \t] | NEWLINE) { m_condition = yycSCRIPTING; return T_OPEN_TAG; }
    <INITIAL> '<?php' {
        if (m_cursor == m_limit) {
            m_condition = yycSCRIPTING;
            return T_OPEN_TAG;
        }
        // With short tags `<?phpX` is `<?` followed by `phpX`.
        if (m_short_open_tag) {
            less(2);
            m_condition = yycSCRIPTING;
            return T_OPEN_TAG;
        }
        return inline_html();
    }
    <INITIAL> "<?" {
        if (m_short_open_tag) {
            m_condition = yycSCRIPTING;
            return T_OPEN_TAG;
        }
        return inline_html();
    }
    <INITIAL> ANY_CHAR {
        if (m_cursor > m_limit)
            return end_token();
        return inline_html();
    }

    // In strings, `$name->` and `$name?->` start a property fetch only when a name follows.
    <DOUBLE_QUOTES, HEREDOC, BACKQUOTE> "$" LABEL "->" [a-zA-Z_\x80-\xff] {
        less(token_length() - 3);
        push_condition(yycPROPERTY);
        return T_VARIABLE;
    }
    <DOUBLE_QUOTES, HEREDOC, BACKQUOTE> "$" LABEL "?->" [a-zA-Z_\x80-\xff] {
        less(token_length() - 4);
        push_condition(yycPROPERTY);
        return T_VARIABLE;
    }
    <DOUBLE_QUOTES, HEREDOC, BACKQUOTE> "$" LABEL "[" {
        less(token_length() - 1);
        push_condition(yycVAR_OFFSET);
        return T_VARIABLE;
    }
    <SCRIPTING, DOUBLE_QUOTES, HEREDOC, BACKQUOTE, VAR_OFFSET> "$" LABEL { return T_VARIABLE; }
    <VAR_OFFSET> "]" { pop_condition(); return ']'; }
    // Only `[` and `-` are valid here, but the other characters give the parser a clearer error.
    <VAR_OFFSET> TOKENS | [[(){}"`] { return m_token_start[0]; }
    <VAR_OFFSET> [ \n\r\t\\'#] {
        less(0);
        pop_condition();
        return T_ENCAPSED_AND_WHITESPACE;
    }
    <SCRIPTING> 'namespace' ("\\" LABEL)+ { return T_NAME_RELATIVE; }
    <SCRIPTING> LABEL ("\\" LABEL)+ { return T_NAME_QUALIFIED; }
    <SCRIPTING> "\\" LABEL ("\\" LABEL)* { return T_NAME_FULLY_QUALIFIED; }
    <SCRIPTING> "\\" { return T_NS_SEPARATOR; }
    <SCRIPTING, VAR_OFFSET> LABEL { return T_STRING; }
    <SCRIPTING, PROPERTY> "#" | "//" { return line_comment(); }
    <SCRIPTING, PROPERTY> "/*" | "/**" WHITESPACE { return block_comment(); }
    <PROPERTY> ANY_CHAR {
        less(0);
        pop_condition();
        goto restart;
    }
    <SCRIPTING> "?>" NEWLINE? { m_condition = yycINITIAL; return T_CLOSE_TAG; }
    <SCRIPTING> 'b'? ['] { return single_quoted_string(token_length() - 1); }
    <SCRIPTING> 'b'? ["] { return double_quoted_string(token_length() - 1); }
    <SCRIPTING> 'b'? "<<<" TABS_AND_SPACES (LABEL | ['] LABEL ['] | ["] LABEL ["]) NEWLINE {
        return heredoc_start(m_token_start[0] == '<' ? 0 : 1);
    }
    <SCRIPTING> [`] { m_condition = yycBACKQUOTE; return '`'; }
    <END_HEREDOC> ANY_CHAR {
        HeredocLabel label = m_heredoc_labels.back();
        m_heredoc_labels.pop_back();
        less(static_cast<size_t>(label.indentation) + label.length);
        m_condition = yycSCRIPTING;
        return T_END_HEREDOC;
    }
    <DOUBLE_QUOTES, BACKQUOTE, HEREDOC> "{$" {
        push_condition(yycSCRIPTING);
        less(1);
        enter_nesting('{');
        return T_CURLY_OPEN;
    }
    <DOUBLE_QUOTES> ["] { m_condition = yycSCRIPTING; return '"'; }
    <BACKQUOTE> [`] { m_condition = yycSCRIPTING; return '`'; }
    <DOUBLE_QUOTES> ANY_CHAR { return double_quotes_body(); }
    <BACKQUOTE> ANY_CHAR { return backquote_body(); }
    <HEREDOC> ANY_CHAR { return heredoc_body(); }
    <NOWDOC> ANY_CHAR { return nowdoc_body(); }
    <SCRIPTING, VAR_OFFSET> ANY_CHAR {
        if (m_cursor > m_limit)
            return end_token();
        return T_BAD_CHARACTER;
    }
    */
}

// Most tokens (names, operators, numbers) cannot hold a newline; only these kinds are searched for newlines,
// which keeps the per-token cost down.
static bool may_span_lines(int kind)
{
    switch (kind) {
    case T_WHITESPACE:
    case T_COMMENT:
    case T_DOC_COMMENT:
    case T_INLINE_HTML:
    case T_CONSTANT_ENCAPSED_STRING:
    case T_ENCAPSED_AND_WHITESPACE:
    case T_OPEN_TAG:
    case T_CLOSE_TAG:
    case T_START_HEREDOC:
    case T_YIELD_FROM:
    case T_ERROR:
        return true;
    default:
        return false;
    }
}

Token Lexer::State::next()
{
    Token token;
    if (m_halted) {
        m_halted = false;
        if (m_cursor < m_limit) {
            token.kind = T_INLINE_HTML;
            token.line = m_halt_line;
            token.text = reinterpret_cast<const char*>(m_cursor);
            token.length = static_cast<size_t>(m_limit - m_cursor);
            token.value = std::string_view(token.text, token.length);
            m_line += count_newlines(token.text, token.length);
            m_cursor = m_limit;
            m_finished = true;
            return token;
        }
        m_finished = true;
    }
    if (m_finished) {
        token.kind = TOKEN_END;
        if (m_halt_end_check) {
            // PHP's parser stops the scanner after `__halt_compiler();`, and the end-of-input check for
            // unclosed brackets then reports the line reached after those tokens.
            m_halt_end_check = false;
            m_token_line = m_halt_end_line;
            if (!check_nesting_at_end() && parser_mode()) {
                m_nesting.clear();
                token.kind = T_ERROR;
            }
        }
        token.line = m_line;
        token.text = reinterpret_cast<const char*>(m_limit);
        token.length = 0;
        token.value = std::string_view(token.text, 0);
        return token;
    }
    m_token_line = m_line;
    m_token_newlines = -1;
    int kind = scan();
    token.kind = kind;
    token.line = m_token_line;
    token.text = reinterpret_cast<const char*>(m_token_start);
    token.length = token_length();
    token.value = m_has_value ? m_value : std::string_view(token.text, token.length);
    if (m_token_newlines >= 0)
        m_line += static_cast<uint32_t>(m_token_newlines);
    else if (may_span_lines(kind))
        m_line += count_newlines(token.text, token.length);
    if (kind == TOKEN_END) {
        m_finished = true;
        return token;
    }

    // After T_HALT_COMPILER and three more tokens that are not whitespace or comments, token_get_all() gives
    // the rest of the file as one T_INLINE_HTML, on the line of the third token.
    if (m_halt_tokens_needed > 0) {
        if (kind != T_WHITESPACE && kind != T_OPEN_TAG && kind != T_COMMENT && kind != T_DOC_COMMENT
            && --m_halt_tokens_needed == 0) {
            m_halt_tokens_needed = -1;
            m_halt_line = m_token_line;
            m_halt_end_line = m_line;
            m_halted = true;
            m_halt_end_check = true;
        }
    } else if (kind == T_HALT_COMPILER) {
        m_halt_tokens_needed = 3;
    }
    return token;
}

} // namespace miniphp

namespace miniphp {

Lexer::Lexer(const char* source, size_t length, LexerMode mode)
    : m_state(std::make_unique<State>(source, length, mode))
{
}

Lexer::~Lexer() = default;

Token Lexer::next()
{
    return m_state->next();
}

const std::vector<LexerDiagnostic>& Lexer::diagnostics() const
{
    return m_state->m_diagnostics;
}

void Lexer::set_short_open_tag(bool enabled)
{
    m_state->m_short_open_tag = enabled;
}

void Lexer::start_in_scripting() { m_state->m_condition = yycSCRIPTING; }

void Lexer::skip_shebang()
{
    State& state = *m_state;
    if (state.m_cursor != state.m_source || state.m_limit - state.m_cursor < 2 || state.m_cursor[0] != '#'
        || state.m_cursor[1] != '!')
        return;
    const void* newline = std::memchr(state.m_cursor, '\n', static_cast<size_t>(state.m_limit - state.m_cursor));
    if (!newline) {
        state.m_cursor = state.m_limit;
        return;
    }
    state.m_cursor = static_cast<const unsigned char*>(newline) + 1;
    state.m_line = 2;
    state.m_token_line = 2;
}

} // namespace miniphp

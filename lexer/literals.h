// Internal helpers of the lexer: decoding the bodies of string literals and measuring source text.
//
// These are the parts of scanning that do not depend on the scanner's state machine: escape sequences of
// single-quoted, double-quoted, backquoted and heredoc strings, the removal of a flexible heredoc's closing
// indentation, and PHP's way of counting lines. They write into caller-provided buffers so the scanner decides
// where decoded values live (its own arena), and report problems through a small result struct instead of
// raising them, because whether a problem is an error depends on the scanner's mode.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace miniphp::lexer_detail {

// Number of lines `text` moves the line counter by: "\n", "\r\n" and a lone "\r" each count once.
uint32_t count_newlines(const char* text, size_t length);

// True for the bytes that may start or continue a PHP label (identifier).
inline bool is_label_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
inline bool is_label_successor(unsigned char c)
{
    return is_label_start(c) || (c >= '0' && c <= '9');
}

struct EscapeProblem {
    enum class Kind { None, InvalidCodepoint, CodepointTooLarge } kind = Kind::None;
    uint32_t newlines_before = 0; // newlines of the input before the problem, for its line number
};

struct OctalOverflow {
    std::string digits;           // the three octal digits, e.g. "400"
    uint32_t newlines_before;
};

// Decodes the escape sequences of a double-quoted (quote '"'), backquoted ('`') or heredoc (0) string body
// in place: `buffer` holds `length` bytes on entry and the decoded bytes on return (never longer). Returns the
// decoded length. Octal escapes above \377 are appended to `overflows` (PHP warns about them). On an invalid
// \u{...} escape decoding stops and `problem` tells where; the returned length is then meaningless.
size_t decode_double_quoted(char* buffer, size_t length, char quote, EscapeProblem& problem,
                            std::vector<OctalOverflow>* overflows);

// Decodes `\\` and `\'` of a single-quoted string body in place. Returns the decoded length.
size_t decode_single_quoted(char* buffer, size_t length);

// Removes `indentation` columns from the start of each line of a flexible heredoc/nowdoc body, in place.
// `newline_at_start`: the body begins a line (else the first line is not indented text); `newline_at_end`: the
// closing marker follows the body. On failure returns false with the message and the number of newlines before
// the offending line.
bool strip_heredoc_indentation(char* buffer, size_t& length, int indentation, bool using_spaces,
                               bool newline_at_start, bool newline_at_end, std::string& message,
                               uint32_t& newlines_before);

} // namespace miniphp::lexer_detail

// Decoding of literal tokens: string escapes, heredoc indentation, and the values of number tokens.
//
// The string functions work in place on a buffer the scanner owns: every PHP escape sequence is at least as
// long as the bytes it stands for, and removing indentation only shortens lines, so the write position never
// overtakes the read position. Newlines are counted as PHP counts them while it decodes, because the line of
// a warning or error raised in the middle of a string is the line of the offending escape.
#include "lexer/literals.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "lexer/lexer.h"

namespace miniphp {
namespace lexer_detail {

uint32_t count_newlines(const char* text, size_t length)
{
    uint32_t lines = 0;
    const char* end = text + length;
    for (const char* p = text; p < end; ++p) {
        if (*p == '\n')
            ++lines;
        else if (*p == '\r' && (p + 1 >= end || p[1] != '\n'))
            ++lines;
    }
    return lines;
}

namespace {

bool is_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_octal(char c)
{
    return c >= '0' && c <= '7';
}

int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

// PHP counts a newline when it steps over "\n", or over "\r" not followed by "\n".
bool ends_line(const char* p, const char* end)
{
    return *p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n'));
}

char* append_utf8(char* out, unsigned long codepoint)
{
    if (codepoint < 0x80) {
        *out++ = static_cast<char>(codepoint);
    } else if (codepoint <= 0x7ff) {
        *out++ = static_cast<char>((codepoint >> 6) + 0xc0);
        *out++ = static_cast<char>((codepoint & 0x3f) + 0x80);
    } else if (codepoint <= 0xffff) {
        *out++ = static_cast<char>((codepoint >> 12) + 0xe0);
        *out++ = static_cast<char>(((codepoint >> 6) & 0x3f) + 0x80);
        *out++ = static_cast<char>((codepoint & 0x3f) + 0x80);
    } else {
        *out++ = static_cast<char>((codepoint >> 18) + 0xf0);
        *out++ = static_cast<char>(((codepoint >> 12) & 0x3f) + 0x80);
        *out++ = static_cast<char>(((codepoint >> 6) & 0x3f) + 0x80);
        *out++ = static_cast<char>((codepoint & 0x3f) + 0x80);
    }
    return out;
}

} // namespace

size_t decode_double_quoted(char* buffer, size_t length, char quote, EscapeProblem& problem,
                            std::vector<OctalOverflow>* overflows)
{
    const char* in = buffer;
    const char* end = buffer + length;
    char* out = buffer;
    uint32_t newlines = 0;
    while (in < end) {
        if (*in != '\\') {
            if (ends_line(in, end))
                ++newlines;
            *out++ = *in++;
            continue;
        }
        ++in;
        if (in >= end) {
            // A lone backslash at the very end stays as it is.
            *out++ = '\\';
            break;
        }
        switch (*in) {
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        case 't': *out++ = '\t'; break;
        case 'f': *out++ = '\f'; break;
        case 'v': *out++ = '\v'; break;
        case 'e': *out++ = '\x1b'; break;
        case '"':
        case '`':
            // Only the string's own quote character is escapable; the other stays with its backslash.
            if (*in != quote) {
                *out++ = '\\';
                *out++ = *in;
                break;
            }
            *out++ = *in;
            break;
        case '\\':
        case '$':
            *out++ = *in;
            break;
        case 'x':
        case 'X':
            if (in + 1 < end && is_hex(in[1])) {
                int value = hex_digit(*++in);
                if (in + 1 < end && is_hex(in[1]))
                    value = value * 16 + hex_digit(*++in);
                *out++ = static_cast<char>(value);
            } else {
                *out++ = '\\';
                *out++ = *in;
            }
            break;
        case 'u': {
            // "\u" without a brace passes through untouched (JSON in strings relies on it); "\u{...}" must be
            // a valid hexadecimal code point.
            if (in + 1 >= end || in[1] != '{') {
                *out++ = '\\';
                *out++ = 'u';
                break;
            }
            const char* digits = in + 2;
            const char* p = digits;
            while (p < end && is_hex(*p))
                ++p;
            if (p >= end || *p != '}' || p == digits) {
                problem.kind = EscapeProblem::Kind::InvalidCodepoint;
                problem.newlines_before = newlines;
                return 0;
            }
            unsigned long codepoint = 0;
            bool too_large = false;
            for (const char* d = digits; d < p; ++d) {
                codepoint = codepoint * 16 + static_cast<unsigned long>(hex_digit(*d));
                if (codepoint > 0x10ffff) {
                    too_large = true;
                    break;
                }
            }
            if (too_large) {
                problem.kind = EscapeProblem::Kind::CodepointTooLarge;
                problem.newlines_before = newlines;
                return 0;
            }
            out = append_utf8(out, codepoint);
            in = p;
            break;
        }
        default:
            if (is_octal(*in)) {
                char digits[4] = { *in, 0, 0, 0 };
                if (in + 1 < end && is_octal(in[1])) {
                    digits[1] = *++in;
                    if (in + 1 < end && is_octal(in[1]))
                        digits[2] = *++in;
                }
                if (digits[2] && digits[0] > '3' && overflows)
                    overflows->push_back({ digits, newlines });
                *out++ = static_cast<char>(std::strtol(digits, nullptr, 8));
            } else {
                *out++ = '\\';
                *out++ = *in;
            }
            break;
        }
        // PHP checks for a newline at the last byte the escape consumed (an escaped newline counts).
        if (ends_line(in, end))
            ++newlines;
        ++in;
    }
    return static_cast<size_t>(out - buffer);
}

size_t decode_single_quoted(char* buffer, size_t length)
{
    const char* in = buffer;
    const char* end = buffer + length;
    char* out = buffer;
    while (in < end) {
        if (*in == '\\' && in + 1 < end && (in[1] == '\\' || in[1] == '\'')) {
            *out++ = in[1];
            in += 2;
        } else {
            *out++ = *in++;
        }
    }
    return static_cast<size_t>(out - buffer);
}

namespace {

const char* next_newline(const char* p, const char* end, size_t& newline_length)
{
    for (; p < end; ++p) {
        if (*p == '\r') {
            newline_length = (p + 1 < end && p[1] == '\n') ? 2 : 1;
            return p;
        }
        if (*p == '\n') {
            newline_length = 1;
            return p;
        }
    }
    newline_length = 0;
    return nullptr;
}

} // namespace

bool strip_heredoc_indentation(char* buffer, size_t& length, int indentation, bool using_spaces,
                               bool newline_at_start, bool newline_at_end, std::string& message,
                               uint32_t& newlines_before)
{
    const char* in = buffer;
    const char* end = buffer + length;
    char* out = buffer;
    uint32_t newline_count = 0;
    size_t newline_length = 0;
    const char* newline;

    // A body that does not start a line (it follows an interpolation) keeps its first line as it is.
    if (!newline_at_start) {
        newline = next_newline(in, end, newline_length);
        if (!newline)
            return true;
        in = newline + newline_length;
        out = const_cast<char*>(in);
        ++newline_count;
    } else {
        newline = in;
    }

    while (in <= end && newline) {
        newline = next_newline(in, end, newline_length);
        if (!newline && newline_at_end)
            newline = end;
        for (int skip = 0; skip < indentation; ++skip, ++in) {
            // Lines of only whitespace need not carry the full indentation.
            if (in == newline)
                break;
            if (in == end || (*in != ' ' && *in != '\t')) {
                message = "Invalid body indentation level (expecting an indentation level of at least "
                    + std::to_string(indentation) + ")";
                newlines_before = newline_count;
                return false;
            }
            if ((!using_spaces && *in == ' ') || (using_spaces && *in == '\t')) {
                message = "Invalid indentation - tabs and spaces cannot be mixed";
                newlines_before = newline_count;
                return false;
            }
        }
        if (in == end)
            break;
        size_t line_length = newline ? static_cast<size_t>(newline - in) + newline_length
                                     : static_cast<size_t>(end - in);
        std::memmove(out, in, line_length);
        in += line_length;
        out += line_length;
        ++newline_count;
    }
    length = static_cast<size_t>(out - buffer);
    return true;
}

} // namespace lexer_detail

namespace {

// The digits of a number literal without its `_` separators, in a small stack buffer; literals longer than
// the buffer are necessarily floats of little interest, and the caller falls back to a string.
struct Digits {
    char small[128];
    std::string large;
    const char* data = small;
    size_t length = 0;
};

void strip_underscores(std::string_view text, Digits& digits)
{
    char* out = digits.small;
    if (text.size() >= sizeof(digits.small)) {
        digits.large.reserve(text.size());
        for (char c : text)
            if (c != '_')
                digits.large.push_back(c);
        digits.data = digits.large.data();
        digits.length = digits.large.size();
        return;
    }
    for (char c : text)
        if (c != '_')
            *out++ = c;
    digits.data = digits.small;
    digits.length = static_cast<size_t>(out - digits.small);
}

int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

// Splits a literal into its base and digits: 0x, 0b, 0o prefixes, a leading 0 for octal, else decimal.
int literal_base(std::string_view& text)
{
    if (text.size() >= 2 && text[0] == '0') {
        char prefix = text[1];
        if (prefix == 'x' || prefix == 'X') {
            text.remove_prefix(2);
            return 16;
        }
        if (prefix == 'b' || prefix == 'B') {
            text.remove_prefix(2);
            return 2;
        }
        if (prefix == 'o' || prefix == 'O') {
            text.remove_prefix(2);
            return 8;
        }
        return 8;
    }
    return 10;
}

} // namespace

bool integer_literal_value(std::string_view text, int64_t& out)
{
    int base = literal_base(text);
    uint64_t value = 0;
    for (char c : text) {
        if (c == '_')
            continue;
        int digit = digit_value(c);
        // An octal literal with 8 or 9 is invalid; PHP's tokenizer keeps the value of the digits before it.
        if (digit >= base)
            break;
        if (value > (static_cast<uint64_t>(INT64_MAX) - static_cast<uint64_t>(digit)) / static_cast<uint64_t>(base))
            return false;
        value = value * static_cast<uint64_t>(base) + static_cast<uint64_t>(digit);
    }
    out = static_cast<int64_t>(value);
    return true;
}

double float_literal_value(std::string_view text)
{
    std::string_view digits_text = text;
    bool is_hex = text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    bool is_plain_decimal = !is_hex && text.find_first_of(".eE") != std::string_view::npos;
    int base = is_plain_decimal ? 10 : literal_base(digits_text);
    if (base != 10) {
        // Integers too large for int64 (hex, octal, binary) become floats, accumulated digit by digit as PHP
        // does.
        double value = 0;
        for (char c : digits_text) {
            if (c == '_')
                continue;
            int digit = digit_value(c);
            if (digit >= base)
                break;
            value = value * base + digit;
        }
        return value;
    }
    Digits digits;
    strip_underscores(text, digits);
    double value = 0;
    auto result = std::from_chars(digits.data, digits.data + digits.length, value);
    if (result.ec == std::errc::result_out_of_range) {
        // from_chars leaves the value alone on overflow/underflow; PHP gives INF or 0.
        bool negative_exponent = false;
        for (size_t i = 0; i < digits.length; ++i)
            if ((digits.data[i] == 'e' || digits.data[i] == 'E') && i + 1 < digits.length && digits.data[i + 1] == '-')
                negative_exponent = true;
        return negative_exponent ? 0.0 : HUGE_VAL;
    }
    return value;
}

} // namespace miniphp

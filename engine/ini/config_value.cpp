// Configuration values in PHP's ini syntax (see config_value.h).
//
// The reader is written top-down: the whole value first (quotes, comment, keywords), then the expression
// reader, which either understands the whole text as operands joined by operators or leaves it alone.
#include "engine/ini/config_value.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <strings.h>

#include "engine/error/error_types.h"

namespace miniphp::ini {

namespace {

struct NamedConstant {
    const char* name;
    int64_t value;
};

// The constants an ini value may name. FIXME: PHP knows every constant defined at start-up.
constexpr NamedConstant kConstants[] = {
    { "E_ERROR", E_ERROR },
    { "E_WARNING", E_WARNING },
    { "E_PARSE", E_PARSE },
    { "E_NOTICE", E_NOTICE },
    { "E_CORE_ERROR", E_CORE_ERROR },
    { "E_CORE_WARNING", E_CORE_WARNING },
    { "E_COMPILE_ERROR", E_COMPILE_ERROR },
    { "E_COMPILE_WARNING", E_COMPILE_WARNING },
    { "E_USER_ERROR", E_USER_ERROR },
    { "E_USER_WARNING", E_USER_WARNING },
    { "E_USER_NOTICE", E_USER_NOTICE },
    { "E_STRICT", E_STRICT },
    { "E_RECOVERABLE_ERROR", E_RECOVERABLE_ERROR },
    { "E_DEPRECATED", E_DEPRECATED },
    { "E_USER_DEPRECATED", E_USER_DEPRECATED },
    { "E_ALL", E_ALL },
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }

size_t copy_out(const char* text, size_t length, char* out, size_t out_size)
{
    if (length < out_size) {
        std::memcpy(out, text, length);
        out[length] = '\0';
    }
    return length;
}

// Reads "operand (op operand)*" where an operand is an optional "~" before a constant or an integer.
// Returns false when the text is anything else, so the caller keeps it as a plain string.
struct ExpressionReader {
    const char* at;
    const char* end;
    int operators = 0;
    int constants = 0;

    void skip_blanks()
    {
        while (at < end && is_blank(*at))
            ++at;
    }

    bool operand(int64_t* value)
    {
        skip_blanks();
        bool invert = false;
        if (at < end && *at == '~') {
            invert = true;
            ++operators;
            ++at;
            skip_blanks();
        }
        if (at < end && is_name_start(*at)) {
            const char* start = at;
            while (at < end && is_name_char(*at))
                ++at;
            size_t length = static_cast<size_t>(at - start);
            bool known = false;
            for (const NamedConstant& constant : kConstants) {
                if (std::strlen(constant.name) == length && std::memcmp(constant.name, start, length) == 0) {
                    *value = constant.value;
                    known = true;
                    break;
                }
            }
            if (!known)
                return false;
            ++constants;
        } else if (at < end && *at >= '0' && *at <= '9') {
            char* number_end = nullptr;
            *value = std::strtoll(at, &number_end, 10);
            at = number_end;
        } else {
            return false;
        }
        if (invert)
            *value = ~*value;
        return true;
    }

    bool expression(int64_t* value)
    {
        if (!operand(value))
            return false;
        for (;;) {
            skip_blanks();
            if (at == end)
                return true;
            char op = *at++;
            if (op != '|' && op != '&' && op != '^')
                return false;
            ++operators;
            int64_t right;
            if (!operand(&right))
                return false;
            *value = op == '|' ? (*value | right) : op == '&' ? (*value & right) : (*value ^ right);
        }
    }
};

}

size_t normalize_config_value(const char* value, size_t length, char* out, size_t out_size)
{
    const char* start = value;
    const char* end = value + length;
    while (start < end && is_blank(*start))
        ++start;

    // A quoted string is taken as written, without its quotes.
    if (start < end && *start == '"') {
        const char* close = static_cast<const char*>(std::memchr(start + 1, '"', static_cast<size_t>(end - start - 1)));
        if (close)
            return copy_out(start + 1, static_cast<size_t>(close - start - 1), out, out_size);
    }

    // An unquoted ";" starts a comment.
    if (const char* comment = static_cast<const char*>(std::memchr(start, ';', static_cast<size_t>(end - start))))
        end = comment;
    while (end > start && is_blank(end[-1]))
        --end;
    size_t trimmed = static_cast<size_t>(end - start);

    static const char* const kTrue[] = { "on", "yes", "true" };
    static const char* const kFalse[] = { "off", "no", "none", "false", "null" };
    for (const char* word : kTrue) {
        if (std::strlen(word) == trimmed && strncasecmp(word, start, trimmed) == 0)
            return copy_out("1", 1, out, out_size);
    }
    for (const char* word : kFalse) {
        if (std::strlen(word) == trimmed && strncasecmp(word, start, trimmed) == 0)
            return copy_out("", 0, out, out_size);
    }

    // An expression is evaluated when it names a constant or combines numbers with an operator; a lone
    // number or any other text stays as written.
    ExpressionReader reader { start, end };
    int64_t result;
    if (trimmed && reader.expression(&result) && (reader.operators || reader.constants)) {
        // PHP's scanner reads "~0" (an operator on a bare number, nothing else) as text.
        if (reader.constants || reader.operators > 1 || start[0] != '~') {
            char number[32];
            int written = std::snprintf(number, sizeof number, "%lld", static_cast<long long>(result));
            return copy_out(number, static_cast<size_t>(written), out, out_size);
        }
    }
    return copy_out(start, trimmed, out, out_size);
}

}

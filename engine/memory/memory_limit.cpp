// memory_limit: parsing the ini value as PHP 8.2 does, and applying it.
//
// PHP reads memory_limit as an unsigned "quantity": optional whitespace, an optional sign, digits (with
// an optional 0x / 0o / 0b base prefix, and C's octal for a leading 0), optional whitespace, and an
// optional K, M or G multiplier (powers of 1024, either case). "-1" alone means no limit. Malformed
// text still yields a number, "for backwards compatibility", together with a warning whose wording is
// reproduced here, so `ini_set('memory_limit', 'x')` prints what PHP prints.
//
// The parser writes into a caller's buffer and keeps no C++ objects, since ini changes may happen
// inside a request, under a try point.
#include <cctype>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "engine/error/error.h"
#include "engine/error/messages.h"
#include "engine/memory/heap_internal.h"

namespace miniphp::memory {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A bounded writer for the warning text.
struct Writer {
    char* buffer;
    size_t size;
    size_t used = 0;

    void put(char c)
    {
        if (buffer && used + 1 < size) {
            buffer[used] = c;
            buffer[used + 1] = '\0';
        }
        ++used;
    }

    void text(const char* s)
    {
        while (*s)
            put(*s++);
    }

    // PHP shows the setting with control characters, backslashes and bytes above 126 escaped.
    void escaped(const char* s, size_t length)
    {
        static const char hex[] = "0123456789ABCDEF";
        for (size_t index = 0; index < length; ++index) {
            unsigned char c = static_cast<unsigned char>(s[index]);
            if (c >= 32 && c != '\\' && c <= 126) {
                put(static_cast<char>(c));
                continue;
            }
            put('\\');
            switch (c) {
            case '\n': put('n'); break;
            case '\r': put('r'); break;
            case '\t': put('t'); break;
            case '\f': put('f'); break;
            case '\v': put('v'); break;
            case '\\': put('\\'); break;
            case 27: put('e'); break;
            default:
                put('x');
                put(hex[c >> 4]);
                put(hex[c & 15]);
            }
        }
    }
};

// After a base prefix, PHP refuses a second sign, prefix or leading blank ("0x-1", "0x0x1", "0x 1").
bool starts_cleanly(const char* digits, const char* end)
{
    const char* p = digits;
    while (p < end && is_blank(*p))
        ++p;
    if (p < end && (*p == '+' || *p == '-'))
        ++p;
    if (p + 1 < end && p[0] == '0' && !is_digit(p[1])) {
        char c = static_cast<char>(std::tolower(static_cast<unsigned char>(p[1])));
        if (c == 'x' || c == 'o' || c == 'b')
            p += 2;
    }
    return p == digits;
}

}

size_t parse_memory_limit(const char* text, size_t length, char* warning, size_t warning_size)
{
    Writer out { warning, warning_size };
    if (warning && warning_size)
        warning[0] = '\0';

    // strtoull needs a terminated string: copy into a bounded buffer (a longer value is malformed
    // anyway; its first 255 bytes decide the number, the warning shows the whole text).
    char copy[256];
    size_t copied = length < sizeof copy - 1 ? length : sizeof copy - 1;
    std::memcpy(copy, text, copied);
    copy[copied] = '\0';

    const char* start = copy;
    const char* end = copy + copied;
    const char* digits = start;
    while (digits < end && is_blank(*digits))
        ++digits;
    while (digits < end && is_blank(end[-1]))
        --end;
    if (digits == end)
        return 0;

    bool negative = false;
    if (*digits == '+' || *digits == '-')
        negative = *digits++ == '-';

    auto no_leading_digits = [&]() -> size_t {
        out.text("Invalid quantity \"");
        out.escaped(text, length);
        out.text("\": no valid leading digits, interpreting as \"0\" for backwards compatibility");
        return 0;
    };
    if (digits >= end || !is_digit(*digits))
        return no_leading_digits();

    int base = 0;
    if (digits[0] == '0' && (digits + 1 >= end || !is_digit(digits[1]))) {
        if (digits + 1 == end)
            return 0;
        switch (digits[1]) {
        case 'g': case 'G': case 'm': case 'M': case 'k': case 'K':
            break;
        case 'x': case 'X': base = 16; break;
        case 'o': case 'O': base = 8; break;
        case 'b': case 'B': base = 2; break;
        default:
            out.text("Invalid prefix \"0");
            out.put(digits[1]);
            out.text("\", interpreting as \"0\" for backwards compatibility");
            return 0;
        }
        if (base) {
            digits += 2;
            if (digits == end || !starts_cleanly(digits, end)) {
                out.text("Invalid quantity \"");
                out.escaped(text, length);
                out.text("\": no digits after base prefix, interpreting as \"0\" for backwards compatibility");
                return 0;
            }
        }
    }

    errno = 0;
    char* digits_end_mutable = nullptr;
    unsigned long long value = std::strtoull(digits, &digits_end_mutable, base);
    const char* digits_end = digits_end_mutable > end ? end : digits_end_mutable;
    bool overflow = false;
    if (errno == ERANGE) {
        overflow = true;
    } else if (negative) {
        // "-1" alone is the usual spelling of "no limit"; any other negative value is out of range.
        if (value == 1 && digits_end == end)
            value = ~0ull;
        else
            overflow = true;
    }
    if (digits_end == digits)
        return no_leading_digits();

    while (digits_end < end && is_blank(*digits_end))
        ++digits_end;

    if (digits_end != end) {
        unsigned long long factor;
        switch (end[-1]) {
        case 'g': case 'G': factor = 1ull << 30; break;
        case 'm': case 'M': factor = 1ull << 20; break;
        case 'k': case 'K': factor = 1ull << 10; break;
        default:
            out.text("Invalid quantity \"");
            out.escaped(text, length);
            out.text("\": unknown multiplier \"");
            out.escaped(end - 1, 1);
            out.text("\", interpreting as \"");
            out.escaped(start, static_cast<size_t>(digits_end - start));
            out.text("\" for backwards compatibility");
            return static_cast<size_t>(value);
        }
        if (!overflow)
            overflow = value > ~0ull / factor;
        value *= factor;
        if (digits_end != end - 1) {
            out.text("Invalid quantity \"");
            out.escaped(text, length);
            out.text("\", interpreting as \"");
            out.escaped(start, static_cast<size_t>(digits_end - start));
            out.escaped(end - 1, 1);
            out.text("\" for backwards compatibility");
            return static_cast<size_t>(value);
        }
    }

    if (overflow) {
        out.text("Invalid quantity \"");
        out.escaped(text, length);
        out.text("\": value is out of range, using overflow result for backwards compatibility");
    }
    return static_cast<size_t>(value);
}

bool change_memory_limit(const char* text, size_t length)
{
    char warning[512];
    size_t limit = parse_memory_limit(text, length, warning, sizeof warning);
    if (warning[0])
        zend_error(E_WARNING, "Invalid \"%s\" setting. %s", "memory_limit", warning);
    if (!set_memory_limit(limit)) {
        zend_error(E_WARNING, error::messages::kMemoryLimitTooLow, static_cast<ssize_t>(limit),
                   static_cast<ssize_t>(memory_usage(true)));
        return false;
    }
    return true;
}

}

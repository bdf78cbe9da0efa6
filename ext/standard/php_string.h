// Helpers the string functions of ext/standard share (php-src keeps the same ones in
// ext/standard/php_string.h and Zend/zend_operators.h): ASCII case mapping that ignores the locale, as
// PHP 8.2's string functions do, byte-string search, and the character masks ("a..z" ranges) that trim,
// ucwords, addcslashes and str_word_count accept. Strings are binary: every length is explicit.
#pragma once

#include <cstddef>
#include <cstring>

#include "engine/api/php_api.h"

namespace standard {

// str_pad's $pad_type (the STR_PAD_* constants).
inline constexpr zend_long kStrPadLeft = 0;
inline constexpr zend_long kStrPadRight = 1;
inline constexpr zend_long kStrPadBoth = 2;

// The C library's isspace() and isdigit() in the "C" locale, which PHP's string functions rely on.
inline bool is_c_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool is_c_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// A hexadecimal digit's value, or -1 (engine/operators/numeric.h).
using ::hex_digit_value;

inline unsigned char ascii_tolower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }
inline unsigned char ascii_toupper(unsigned char c) { return (c >= 'a' && c <= 'z') ? c - ('a' - 'A') : c; }

// The first occurrence of `needle` in [haystack, end), or null. An empty needle is found at `haystack`.
inline const char* memnstr(const char* haystack, const char* needle, size_t needle_length, const char* end)
{
    if (needle_length == 0)
        return haystack;
    if (static_cast<size_t>(end - haystack) < needle_length)
        return nullptr;
    if (needle_length == 1)
        return static_cast<const char*>(std::memchr(haystack, *needle, end - haystack));
    const char* last = end - needle_length;
    for (const char* p = haystack; p <= last; ++p) {
        p = static_cast<const char*>(std::memchr(p, *needle, last - p + 1));
        if (!p)
            return nullptr;
        if (std::memcmp(p, needle, needle_length) == 0)
            return p;
    }
    return nullptr;
}

// The last occurrence of `needle` starting in [haystack, end - needle_length], or null. An empty
// needle is found at `end`.
inline const char* memnrstr(const char* haystack, const char* needle, size_t needle_length, const char* end)
{
    if (needle_length == 0)
        return end;
    if (end < haystack || static_cast<size_t>(end - haystack) < needle_length)
        return nullptr;
    for (const char* p = end - needle_length; p >= haystack; --p) {
        if (*p == *needle && std::memcmp(p, needle, needle_length) == 0)
            return p;
    }
    return nullptr;
}

// A copy of the bytes lower-cased (ASCII only), or another reference to `s` when nothing changes.
inline zend_string* string_tolower(zend_string* s) { return zend_string_tolower(s); }
zend_string* string_toupper(zend_string* s);

// Decodes the UTF-8 character at text[*cursor] into *code_point and moves *cursor past it; on an
// invalid sequence returns false with *cursor past the bytes that belong to it (PHP's rules).
bool next_utf8(const unsigned char* text, size_t length, size_t* cursor, unsigned* code_point);

// The bytes as lower-case hexadecimal text (bin2hex, md5, sha1).
zend_string* hex_string(const unsigned char* bytes, size_t length);

// Fills mask[256] with 1 for each byte listed in `input`, where "x..y" names the bytes from x to y.
// A malformed range raises PHP's warning and is skipped; returns false if one did.
bool charmask(const unsigned char* input, size_t length, char* mask);

} // namespace standard

// Appends `text` URL-encoded: urlencode's form, or rawurlencode's (RFC 3986) when `raw` (url.cpp).
void php_url_encode_to(smart_str* out, const char* text, size_t length, bool raw);

// basename()'s answer: the last component of `path`, without `suffix` when it ends with it (path.cpp).
zend_string* php_basename(const char* path, size_t length, const char* suffix, size_t suffix_length);

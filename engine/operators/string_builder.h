// smart_str: a growable string in request memory, for building a zend_string piece by piece.
//
// The builder owns one zend_string whose `len` is the bytes written so far and whose allocation holds
// `a` bytes (plus the header and the NUL). It grows by doubling, so appending n bytes one at a time
// costs O(n). `smart_str_extract` hands the finished string to the caller (an owned reference, the
// shared empty string when nothing was written) and leaves the builder empty. Because it lives in
// request memory it is safe across a bailout: nothing here has a destructor, and request end reclaims a
// builder abandoned by a fatal error. Extension code knows it as PHP's smart_str; the functions keep
// PHP's names.
#pragma once

#include <cstring>

#include "engine/operators/float_format.h"
#include "engine/value/zstring.h"

struct smart_str {
    zend_string* s = nullptr;
    size_t a = 0; // capacity in bytes, not counting the NUL
};

// Makes room for `extra` more bytes; returns the new length the caller will reach.
size_t smart_str_alloc(smart_str* dest, size_t extra);
void smart_str_free(smart_str* dest);
// Terminates the bytes with a NUL (the builder does not keep one while it writes).
inline void smart_str_0(smart_str* dest)
{
    if (dest->s)
        ZSTR_VAL(dest->s)[ZSTR_LEN(dest->s)] = '\0';
}
inline size_t smart_str_get_len(const smart_str* dest) { return dest->s ? ZSTR_LEN(dest->s) : 0; }
// The string built so far (owned by the caller), trimmed to its length; the builder is empty after.
zend_string* smart_str_extract(smart_str* dest);

inline void smart_str_appendl(smart_str* dest, const char* text, size_t length)
{
    size_t new_length = smart_str_alloc(dest, length);
    std::memcpy(ZSTR_VAL(dest->s) + ZSTR_LEN(dest->s), text, length);
    ZSTR_LEN(dest->s) = new_length;
}
inline void smart_str_appendc(smart_str* dest, char c)
{
    size_t new_length = smart_str_alloc(dest, 1);
    ZSTR_VAL(dest->s)[new_length - 1] = c;
    ZSTR_LEN(dest->s) = new_length;
}
inline void smart_str_appends(smart_str* dest, const char* text) { smart_str_appendl(dest, text, std::strlen(text)); }
inline void smart_str_append(smart_str* dest, const zend_string* s) { smart_str_appendl(dest, ZSTR_VAL(s), ZSTR_LEN(s)); }
void smart_str_append_long(smart_str* dest, zend_long value);
void smart_str_append_unsigned(smart_str* dest, zend_ulong value);
// The float as zend_gcvt formats it with `precision` (0 means 1, -1 the shortest form); with
// `zero_fraction`, a finite value printed without a point gets ".0" (var_export's 1.0).
void smart_str_append_double(smart_str* dest, double value, int precision, bool zero_fraction);
// The bytes with control characters, backslashes and bytes above 126 escaped as PHP prints them in
// messages: \n \r \t \f \v \\ \e, else \xHH (upper-case hex).
void smart_str_append_escaped(smart_str* dest, const char* text, size_t length);
// At most `length` bytes of `value`, escaped, then "..." if it was longer.
void smart_str_append_escaped_truncated(smart_str* dest, const zend_string* value, size_t length);
// A scalar as PHP's messages quote it (UnhandledMatchError, argument errors): NULL, true, false, the
// integer, the float at `precision` with ".0", a string in single quotes escaped and cut at `truncate`.
void smart_str_append_scalar(smart_str* dest, const zval* value, size_t truncate);
// printf into the builder (formats that need at most a few KB per call).
void smart_str_append_printf(smart_str* dest, const char* format, ...) __attribute__((format(printf, 2, 3)));

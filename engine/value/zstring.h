// zend_string: PHP's refcounted, length-prefixed, hash-caching byte string.
//
// One allocation holds the header (refcount word, cached hash, length) and the bytes, followed by a
// NUL so `ZSTR_VAL` can be handed to C functions. The hash is the classic DJB "times 33" function over
// the bytes with the top bit forced on, so a computed hash is never 0 and 0 means "not computed yet";
// it is filled in the first time someone asks (`ZSTR_HASH`) and cleared by anyone who changes the bytes.
//
// Interned strings are immutable and shared: they carry IS_STR_INTERNED, their refcount is never
// touched, and a zval holding one has no REFCOUNTED flag (`ZVAL_STR` looks at the string to decide).
// Because equal interned strings are the same pointer, the hash table can compare keys by address
// first. There are three kinds of interned string, from longest-lived to shortest:
//   - literal strings built by the compiler (`ZSTR_LITERAL("name")`): constant data in the binary,
//     hash computed at compile time, never allocated and never freed;
//   - permanent ones, interned while the engine starts (names of functions, classes, constants), kept
//     in a persistent table until engine shutdown;
//   - request ones, interned while a request runs (literals of compiled scripts), kept in a request
//     table that is dropped at request end.
// (Interning lives in string.cpp; the table it uses belongs to the engine or the request state.)
//
// Ownership: functions that return `zend_string*` return an owned reference; `zend_string_release`
// gives one back. Interned strings may be "released" freely: it does nothing.
#pragma once

#include <cstring>

#include "engine/value/allocation.h"
#include "engine/value/zval.h"

struct zend_string {
    zend_refcounted_h gc;
    zend_ulong h; // 0 until computed
    size_t len;
    char val[1]; // len bytes and a NUL
};

#define ZSTR_VAL(s) (s)->val
#define ZSTR_LEN(s) (s)->len
#define ZSTR_H(s) (s)->h
#define ZSTR_IS_INTERNED(s) ((GC_FLAGS(s) & IS_STR_INTERNED) != 0)
#define ZSTR_IS_PERSISTENT(s) ((GC_FLAGS(s) & IS_STR_PERSISTENT) != 0)

// Bytes needed for a string of `len` bytes (header, bytes and the trailing NUL), rounded to 8.
constexpr size_t zend_string_struct_size(size_t len)
{
    return (offsetof(zend_string, val) + len + 1 + 7) & ~size_t(7);
}
#define _ZSTR_STRUCT_SIZE(len) zend_string_struct_size(len)

// --- hashing ---------------------------------------------------------------------------------------

// DJB "times 33" with the top bit set; constexpr so literal strings get their hash at compile time.
//
// DJB is h = h * 33 + byte, one byte after another: a chain of dependent multiply-adds. Eight steps of
// it equal h * 33^8 + b0 * 33^7 + ... + b7 (arithmetic modulo 2^64 either way), and in that form the
// eight products are independent, so the CPU computes them side by side. The result is bit for bit
// the byte-serial one.
namespace miniphp::detail {
inline constexpr zend_ulong djb_power1 = 33;
inline constexpr zend_ulong djb_power2 = djb_power1 * 33;
inline constexpr zend_ulong djb_power3 = djb_power2 * 33;
inline constexpr zend_ulong djb_power4 = djb_power3 * 33;
inline constexpr zend_ulong djb_power5 = djb_power4 * 33;
inline constexpr zend_ulong djb_power6 = djb_power5 * 33;
inline constexpr zend_ulong djb_power7 = djb_power6 * 33;
inline constexpr zend_ulong djb_power8 = djb_power7 * 33;
} // namespace miniphp::detail

constexpr zend_ulong zend_inline_hash_func(const char* text, size_t len)
{
    using namespace miniphp::detail;
    auto byte = [text](size_t i) constexpr { return static_cast<zend_ulong>(static_cast<unsigned char>(text[i])); };
    zend_ulong hash = 5381;
    size_t i = 0;
    for (; len - i >= 8; i += 8) {
        hash = hash * djb_power8 + (byte(i) * djb_power7 + byte(i + 1) * djb_power6)
            + (byte(i + 2) * djb_power5 + byte(i + 3) * djb_power4) + (byte(i + 4) * djb_power3 + byte(i + 5) * djb_power2)
            + (byte(i + 6) * djb_power1 + byte(i + 7));
    }
    if (len - i >= 4) {
        hash = hash * djb_power4 + (byte(i) * djb_power3 + byte(i + 1) * djb_power2) + (byte(i + 2) * djb_power1 + byte(i + 3));
        i += 4;
    }
    for (; i < len; ++i)
        hash = hash * 33 + byte(i);
    return hash | 0x8000000000000000ULL;
}

inline zend_ulong zend_hash_func(const char* str, size_t len) { return zend_inline_hash_func(str, len); }

inline zend_ulong zend_string_hash_func(zend_string* s) { return s->h = zend_inline_hash_func(s->val, s->len); }

inline zend_ulong zend_string_hash_val(zend_string* s) { return s->h ? s->h : zend_string_hash_func(s); }
#define ZSTR_HASH(s) zend_string_hash_val(s)

inline void zend_string_forget_hash_val(zend_string* s) { s->h = 0; }

// --- counting --------------------------------------------------------------------------------------

inline uint32_t zend_string_refcount(const zend_string* s) { return ZSTR_IS_INTERNED(s) ? 1 : s->gc.refcount; }
inline uint32_t zend_string_addref(zend_string* s) { return ZSTR_IS_INTERNED(s) ? 1 : ++s->gc.refcount; }
inline uint32_t zend_string_delref(zend_string* s) { return ZSTR_IS_INTERNED(s) ? 1 : --s->gc.refcount; }

// Another owned reference to the same string.
inline zend_string* zend_string_copy(zend_string* s)
{
    if (!ZSTR_IS_INTERNED(s))
        GC_ADDREF(s);
    return s;
}

inline void zend_string_free(zend_string* s)
{
    if (!ZSTR_IS_INTERNED(s))
        pefree(s, ZSTR_IS_PERSISTENT(s));
}

inline void zend_string_efree(zend_string* s) { efree(s); }

inline void zend_string_release(zend_string* s)
{
    if (!ZSTR_IS_INTERNED(s) && GC_DELREF(s) == 0)
        pefree(s, ZSTR_IS_PERSISTENT(s));
}
inline void zend_string_release_ex(zend_string* s, bool persistent)
{
    if (!ZSTR_IS_INTERNED(s) && GC_DELREF(s) == 0)
        pefree(s, persistent);
}

// --- creating --------------------------------------------------------------------------------------

// A fresh string of `len` bytes, contents undefined apart from the trailing NUL the caller must write.
inline zend_string* zend_string_alloc(size_t len, bool persistent)
{
    auto* s = static_cast<zend_string*>(pemalloc(zend_string_struct_size(len), persistent));
    s->gc.refcount = 1;
    s->gc.type_info = GC_STRING | (persistent ? IS_STR_PERSISTENT : 0u);
    s->h = 0;
    s->len = len;
    return s;
}

inline zend_string* zend_string_init(const char* str, size_t len, bool persistent)
{
    zend_string* s = zend_string_alloc(len, persistent);
    if (len)
        std::memcpy(s->val, str, len);
    s->val[len] = '\0';
    return s;
}

// A string of n*m + l bytes with overflow checked (the heap raises the fatal error on overflow).
zend_string* zend_string_safe_alloc(size_t n, size_t m, size_t l, bool persistent);

// An unshared copy with the same bytes (interned strings are copied too: the result is writable).
inline zend_string* zend_string_dup(zend_string* s, bool persistent)
{
    zend_string* copy = zend_string_init(s->val, s->len, persistent);
    copy->h = s->h;
    return copy;
}

// A string that the caller may write to: `s` itself when it is not shared, else a copy (the caller's
// reference to `s` moves to the result).
inline zend_string* zend_string_separate(zend_string* s, bool persistent)
{
    if (ZSTR_IS_INTERNED(s) || GC_REFCOUNT(s) > 1) {
        if (!ZSTR_IS_INTERNED(s))
            GC_DELREF(s);
        return zend_string_dup(s, persistent);
    }
    zend_string_forget_hash_val(s);
    return s;
}

// Resize, keeping the common prefix. The caller's reference moves to the result; the hash is reset.
zend_string* zend_string_realloc(zend_string* s, size_t len, bool persistent);
inline zend_string* zend_string_extend(zend_string* s, size_t len, bool persistent)
{
    return zend_string_realloc(s, len, persistent);
}
inline zend_string* zend_string_truncate(zend_string* s, size_t len, bool persistent)
{
    return zend_string_realloc(s, len, persistent);
}

zend_string* zend_string_concat2(const char* a, size_t a_len, const char* b, size_t b_len);

// ASCII lower-casing, as PHP uses for function and class names (locale-independent). Returns another
// reference to `s` itself when it has no upper-case letters.
void zend_str_tolower(char* str, size_t len);
zend_string* zend_string_tolower_ex(zend_string* s, bool persistent);
inline zend_string* zend_string_tolower(zend_string* s) { return zend_string_tolower_ex(s, false); }

// --- comparing -------------------------------------------------------------------------------------

inline bool zend_string_equal_val(const zend_string* a, const zend_string* b)
{
    return std::memcmp(a->val, b->val, a->len) == 0;
}
inline bool zend_string_equal_content(const zend_string* a, const zend_string* b)
{
    return a->len == b->len && zend_string_equal_val(a, b);
}
inline bool zend_string_equals(const zend_string* a, const zend_string* b)
{
    return a == b || zend_string_equal_content(a, b);
}
inline bool zend_string_equals_cstr(const zend_string* s, const char* str, size_t len)
{
    return s->len == len && std::memcmp(s->val, str, len) == 0;
}
#define zend_string_equals_literal(s, literal) zend_string_equals_cstr((s), "" literal, sizeof(literal) - 1)

// --- strings baked into the binary -----------------------------------------------------------------

namespace miniphp {

// A string literal as a template argument, so each distinct literal gets one static zend_string.
template<size_t N>
struct LiteralText {
    char chars[N] {};
    constexpr LiteralText(const char (&text)[N])
    {
        for (size_t i = 0; i < N; ++i)
            chars[i] = text[i];
    }
};

// Laid out exactly as zend_string with room for the bytes; lives in read-only data.
template<size_t N>
struct StaticString {
    zend_refcounted_h gc;
    zend_ulong h;
    size_t len;
    char val[N];
};

template<size_t N>
constexpr StaticString<N> make_static_string(const char (&text)[N], size_t len)
{
    StaticString<N> s {};
    s.gc.refcount = 1;
    s.gc.type_info = GC_STRING | IS_STR_INTERNED | IS_STR_PERMANENT;
    s.h = zend_inline_hash_func(text, len);
    s.len = len;
    for (size_t i = 0; i < N; ++i)
        s.val[i] = text[i];
    return s;
}

template<LiteralText Text>
inline constexpr auto static_string_instance = make_static_string(Text.chars, sizeof(Text.chars) - 1);

template<LiteralText Text>
inline zend_string* literal_string()
{
    static_assert(offsetof(StaticString<sizeof(Text.chars)>, val) == offsetof(zend_string, val));
    // Interned strings are never written to (counts and hashes are skipped for them), so handing out a
    // non-const pointer to read-only data is safe.
    return reinterpret_cast<zend_string*>(const_cast<StaticString<sizeof(Text.chars)>*>(&static_string_instance<Text>));
}

// The empty string and the 256 one-byte strings, shared by everyone.
zend_string* empty_string();
zend_string* one_char_string(unsigned char c);

} // namespace miniphp

// An interned zend_string for a literal, with no allocation and no run-time hashing.
#define ZSTR_LITERAL(text) (miniphp::literal_string<text>())
#define ZSTR_EMPTY_ALLOC() (miniphp::empty_string())
#define ZSTR_CHAR(c) (miniphp::one_char_string(static_cast<unsigned char>(c)))

// --- interning (string.cpp) ------------------------------------------------------------------------

// Takes ownership of `s` and returns the interned string with the same bytes (maybe `s` itself, now
// interned). Outside engine start-up the result lives until request end.
zend_string* zend_new_interned_string(zend_string* s);
// The interned string with these bytes, creating it if needed. `permanent` asks for an engine-lifetime
// string; it is honoured only while the engine starts (as in PHP).
zend_string* zend_string_init_interned(const char* str, size_t len, bool permanent);
// The interned string with these bytes if one exists, else nullptr.
zend_string* zend_interned_string_find_permanent(zend_string* s);

// --- putting strings into zvals --------------------------------------------------------------------

inline void zval_set_str(zval* zv, zend_string* s)
{
    zv->value.str = s;
    zv->u1.type_info = ZSTR_IS_INTERNED(s) ? IS_INTERNED_STRING_EX : IS_STRING_EX;
}
#define ZVAL_STR(zv, s) zval_set_str((zv), (s))
#define ZVAL_NEW_STR(zv, s) zval_set_ptr((zv), (s), IS_STRING_EX)
#define ZVAL_INTERNED_STR(zv, s) zval_set_ptr((zv), (s), IS_INTERNED_STRING_EX)
#define ZVAL_STR_COPY(zv, s) zval_set_str((zv), zend_string_copy(s))
#define ZVAL_STRINGL(zv, str, len) ZVAL_NEW_STR((zv), zend_string_init((str), (len), false))
#define ZVAL_STRING(zv, str) ZVAL_STRINGL((zv), (str), std::strlen(str))
#define ZVAL_EMPTY_STRING(zv) ZVAL_INTERNED_STR((zv), ZSTR_EMPTY_ALLOC())
#define ZVAL_CHAR(zv, c) ZVAL_INTERNED_STR((zv), ZSTR_CHAR(c))

#define Z_STRVAL(zv) ZSTR_VAL(Z_STR(zv))
#define Z_STRVAL_P(zv_p) Z_STRVAL(*(zv_p))
#define Z_STRLEN(zv) ZSTR_LEN(Z_STR(zv))
#define Z_STRLEN_P(zv_p) Z_STRLEN(*(zv_p))
#define Z_STRHASH(zv) ZSTR_HASH(Z_STR(zv))
#define Z_STRHASH_P(zv_p) Z_STRHASH(*(zv_p))

// Encodings and digests: urlencode/urldecode and their raw (RFC 3986) forms, http_build_query,
// base64_encode/base64_decode (RFC 4648, with PHP's lenient and strict decoding), and the md5 (RFC 1321),
// sha1 (FIPS 180-4) and crc32 (ISO 3309, the zlib polynomial) digests, written from the specifications.
#include "ext/standard/php_standard.h"

#include <cstdint>
#include <cstring>

namespace {

constexpr char kHexUpper[] = "0123456789ABCDEF";
constexpr char kHexLower[] = "0123456789abcdef";

// --- URL encoding ---------------------------------------------------------------------------------------

bool is_alnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// urlencode (form encoding: space as "+", "~" escaped) or rawurlencode (RFC 3986: "~" kept, space "%20").
void url_encode(smart_str* out, const char* text, size_t length, bool raw)
{
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (is_alnum(c) || c == '-' || c == '_' || c == '.' || (raw && c == '~')) {
            smart_str_appendc(out, static_cast<char>(c));
        } else if (c == ' ' && !raw) {
            smart_str_appendc(out, '+');
        } else {
            smart_str_appendc(out, '%');
            smart_str_appendc(out, kHexUpper[c >> 4]);
            smart_str_appendc(out, kHexUpper[c & 15]);
        }
    }
}

zend_string* url_encode_string(const char* text, size_t length, bool raw)
{
    smart_str out {};
    url_encode(&out, text, length, raw);
    return out.s ? smart_str_extract(&out) : ZSTR_EMPTY_ALLOC();
}

int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "%XX" with two hex digits becomes the byte; a lone "%" stays. urldecode also turns "+" into a space.
zend_string* url_decode(const char* text, size_t length, bool raw)
{
    zend_string* result = zend_string_alloc(length, false);
    char* out = ZSTR_VAL(result);
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '+' && !raw) {
            *out++ = ' ';
        } else if (c == '%' && i + 2 < length && hex_value(text[i + 1]) >= 0
                   && hex_value(text[i + 2]) >= 0) {
            *out++ = static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            *out++ = static_cast<char>(c);
        }
    }
    *out = '\0';
    ZSTR_LEN(result) = static_cast<size_t>(out - ZSTR_VAL(result));
    return result;
}

void url_function(zend_execute_data* execute_data, zval* return_value, bool decode, bool raw)
{
    char* text;
    size_t length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s", &text, &length) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(decode ? url_decode(text, length, raw) : url_encode_string(text, length, raw));
}

} // namespace

PHP_FUNCTION(urlencode) { url_function(execute_data, return_value, false, false); }
PHP_FUNCTION(rawurlencode) { url_function(execute_data, return_value, false, true); }
PHP_FUNCTION(urldecode) { url_function(execute_data, return_value, true, false); }
PHP_FUNCTION(rawurldecode) { url_function(execute_data, return_value, true, true); }

namespace {

constexpr zend_long kQueryRfc1738 = 1;
constexpr zend_long kQueryRfc3986 = 2;

// One level of http_build_query: keys of nested arrays are written "outer%5Binner%5D".
void build_query(smart_str* out, HashTable* ht, const char* numeric_prefix, size_t numeric_prefix_length,
                 const char* key_prefix, size_t key_prefix_length, bool nested, const char* separator,
                 size_t separator_length, bool raw)
{
    zend_hash_for_each(ht, [&](zend_ulong index, zend_string* key, zval* value) {
        ZVAL_DEREF(value);
        // The key as it appears: prefix, encoded name (or numeric prefix and number), "%5D" inside an array.
        smart_str name {};
        smart_str_appendl(&name, key_prefix, key_prefix_length);
        if (key) {
            url_encode(&name, ZSTR_VAL(key), ZSTR_LEN(key), raw);
        } else {
            smart_str_appendl(&name, numeric_prefix, numeric_prefix_length);
            smart_str_append_long(&name, static_cast<zend_long>(index));
        }
        if (nested)
            smart_str_appends(&name, "%5D");
        if (Z_TYPE_P(value) == IS_ARRAY) {
            smart_str_appends(&name, "%5B");
            zend_string* prefix = name.s ? smart_str_extract(&name) : ZSTR_EMPTY_ALLOC();
            HashTable* inner = Z_ARRVAL_P(value);
            if (!(GC_FLAGS(inner) & GC_IMMUTABLE)) {
                if (GC_IS_RECURSIVE(inner)) {
                    zend_string_release(prefix);
                    return;
                }
                GC_PROTECT_RECURSION(inner);
            }
            build_query(out, inner, "", 0, ZSTR_VAL(prefix), ZSTR_LEN(prefix), true, separator, separator_length,
                        raw);
            if (!(GC_FLAGS(inner) & GC_IMMUTABLE))
                GC_UNPROTECT_RECURSION(inner);
            zend_string_release(prefix);
            return;
        }
        if (Z_TYPE_P(value) == IS_NULL || Z_TYPE_P(value) == IS_RESOURCE || Z_TYPE_P(value) == IS_OBJECT) {
            smart_str_free(&name);
            return;
        }
        if (out->s)
            smart_str_appendl(out, separator, separator_length);
        if (name.s)
            smart_str_append(out, name.s);
        smart_str_free(&name);
        smart_str_appendc(out, '=');
        switch (Z_TYPE_P(value)) {
        case IS_LONG: smart_str_append_long(out, Z_LVAL_P(value)); break;
        case IS_FALSE: smart_str_appendc(out, '0'); break;
        case IS_TRUE: smart_str_appendc(out, '1'); break;
        default: {
            zend_string* tmp = nullptr;
            zend_string* text = zval_get_tmp_string(value, &tmp);
            url_encode(out, ZSTR_VAL(text), ZSTR_LEN(text), raw);
            zend_tmp_string_release(tmp);
            break;
        }
        }
    });
}

} // namespace

// http_build_query(array|object $data, string $numeric_prefix = "", ?string $arg_separator = null,
//                  int $encoding_type = PHP_QUERY_RFC1738): string
// https://www.php.net/manual/en/function.http-build-query.php
// FIXME(classes): objects (their public properties).
PHP_FUNCTION(http_build_query)
{
    zval* data;
    char* numeric_prefix = nullptr;
    size_t numeric_prefix_length = 0;
    char* separator = nullptr;
    size_t separator_length = 0;
    zend_long encoding = kQueryRfc1738;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|ss!l", &data, &numeric_prefix, &numeric_prefix_length, &separator,
                              &separator_length, &encoding)
        == FAILURE)
        RETURN_THROWS();
    ZVAL_DEREF(data);
    if (Z_TYPE_P(data) != IS_ARRAY) {
        zend_argument_type_error(1, "must be of type array, %s given", zend_zval_type_name(data));
        RETURN_THROWS();
    }
    if (!separator || separator_length == 0) {
        separator = const_cast<char*>("&");
        separator_length = 1;
    }
    smart_str out {};
    build_query(&out, Z_ARRVAL_P(data), numeric_prefix ? numeric_prefix : "", numeric_prefix_length, "", 0, false,
                separator, separator_length, encoding == kQueryRfc3986);
    if (!out.s)
        RETURN_EMPTY_STRING();
    RETURN_STR(smart_str_extract(&out));
}

// --- base64 ---------------------------------------------------------------------------------------------

namespace {

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// -1 for the whitespace that strict decoding skips (tab, newline, carriage return, space), -2 for other
// bytes outside the alphabet.
int base64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    if (c == '\t' || c == '\n' || c == '\r' || c == ' ')
        return -1;
    return -2;
}

} // namespace

// base64_encode(string $string): string
PHP_FUNCTION(base64_encode)
{
    char* text;
    size_t length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s", &text, &length) == FAILURE)
        RETURN_THROWS();
    zend_string* result = zend_string_safe_alloc((length + 2) / 3, 4, 0, false);
    char* out = ZSTR_VAL(result);
    const auto* in = reinterpret_cast<const unsigned char*>(text);
    size_t i = 0;
    for (; i + 2 < length; i += 3) {
        *out++ = kBase64Alphabet[in[i] >> 2];
        *out++ = kBase64Alphabet[((in[i] & 3) << 4) | (in[i + 1] >> 4)];
        *out++ = kBase64Alphabet[((in[i + 1] & 15) << 2) | (in[i + 2] >> 6)];
        *out++ = kBase64Alphabet[in[i + 2] & 63];
    }
    if (i < length) {
        *out++ = kBase64Alphabet[in[i] >> 2];
        if (i + 1 < length) {
            *out++ = kBase64Alphabet[((in[i] & 3) << 4) | (in[i + 1] >> 4)];
            *out++ = kBase64Alphabet[(in[i + 1] & 15) << 2];
        } else {
            *out++ = kBase64Alphabet[(in[i] & 3) << 4];
            *out++ = '=';
        }
        *out++ = '=';
    }
    *out = '\0';
    ZSTR_LEN(result) = static_cast<size_t>(out - ZSTR_VAL(result));
    RETURN_STR(result);
}

// base64_decode(string $string, bool $strict = false): string|false
// Lenient: bytes outside the alphabet are skipped. Strict: only whitespace is skipped; any other
// stranger, data after padding, a lone last character or wrong padding is false.
PHP_FUNCTION(base64_decode)
{
    char* text;
    size_t length;
    bool strict = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|b", &text, &length, &strict) == FAILURE)
        RETURN_THROWS();
    zend_string* result = zend_string_alloc(length, false);
    auto* out = reinterpret_cast<unsigned char*>(ZSTR_VAL(result));
    size_t count = 0;   // alphabet characters taken
    size_t written = 0; // complete bytes
    size_t padding = 0;
    for (size_t k = 0; k < length; ++k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        if (c == '=') {
            ++padding;
            continue;
        }
        int value = base64_value(c);
        if (!strict) {
            if (value < 0)
                continue;
        } else {
            if (value == -1)
                continue;
            if (value == -2 || padding) {
                zend_string_efree(result);
                RETURN_FALSE;
            }
        }
        switch (count % 4) {
        case 0: out[written] = static_cast<unsigned char>(value << 2); break;
        case 1:
            out[written++] |= static_cast<unsigned char>(value >> 4);
            out[written] = static_cast<unsigned char>((value & 15) << 4);
            break;
        case 2:
            out[written++] |= static_cast<unsigned char>(value >> 2);
            out[written] = static_cast<unsigned char>((value & 3) << 6);
            break;
        case 3: out[written++] |= static_cast<unsigned char>(value); break;
        }
        ++count;
    }
    if (strict && (count % 4 == 1 || (padding && (padding > 2 || (count + padding) % 4 != 0)))) {
        zend_string_efree(result);
        RETURN_FALSE;
    }
    ZSTR_LEN(result) = written;
    ZSTR_VAL(result)[written] = '\0';
    RETURN_STR(result);
}

// --- digests ------------------------------------------------------------------------------------------------

namespace {

uint32_t rotate_left(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

// The message padded as MD5 and SHA-1 both pad it: 0x80, zeros to 56 mod 64, then the bit length in
// 8 bytes (little-endian for MD5, big-endian for SHA-1). Request memory; the caller frees it.
unsigned char* pad_message(const char* data, size_t length, bool big_endian, size_t* padded_length)
{
    size_t total = ((length + 8) / 64 + 1) * 64;
    auto* block = static_cast<unsigned char*>(emalloc(total));
    std::memcpy(block, data, length);
    block[length] = 0x80;
    std::memset(block + length + 1, 0, total - length - 1);
    uint64_t bits = static_cast<uint64_t>(length) * 8;
    for (int i = 0; i < 8; ++i) {
        unsigned char byte = static_cast<unsigned char>(bits >> (8 * i));
        if (big_endian)
            block[total - 1 - i] = byte;
        else
            block[total - 8 + i] = byte;
    }
    *padded_length = total;
    return block;
}

// RFC 1321.
void md5_digest(const char* data, size_t length, unsigned char digest[16])
{
    static const uint32_t k[64] = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
    static const int shifts[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                   5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                   4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                   6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
    uint32_t h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    size_t padded_length;
    unsigned char* message = pad_message(data, length, false, &padded_length);
    for (size_t offset = 0; offset < padded_length; offset += 64) {
        uint32_t m[16];
        for (int i = 0; i < 16; ++i) {
            const unsigned char* p = message + offset + i * 4;
            m[i] = p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24);
        }
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
        for (int i = 0; i < 64; ++i) {
            uint32_t f;
            int g;
            if (i < 16) {
                f = (b & c) | (~b & d);
                g = i;
            } else if (i < 32) {
                f = (d & b) | (~d & c);
                g = (5 * i + 1) % 16;
            } else if (i < 48) {
                f = b ^ c ^ d;
                g = (3 * i + 5) % 16;
            } else {
                f = c ^ (b | ~d);
                g = (7 * i) % 16;
            }
            uint32_t next = d;
            d = c;
            c = b;
            b = b + rotate_left(a + f + k[i] + m[g], shifts[i]);
            a = next;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
    }
    efree(message);
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            digest[i * 4 + j] = static_cast<unsigned char>(h[i] >> (8 * j));
}

// FIPS 180-4, SHA-1.
void sha1_digest(const char* data, size_t length, unsigned char digest[20])
{
    uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    size_t padded_length;
    unsigned char* message = pad_message(data, length, true, &padded_length);
    for (size_t offset = 0; offset < padded_length; offset += 64) {
        uint32_t w[80];
        for (int i = 0; i < 16; ++i) {
            const unsigned char* p = message + offset + i * 4;
            w[i] = (static_cast<uint32_t>(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
        }
        for (int i = 16; i < 80; ++i)
            w[i] = rotate_left(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            uint32_t f, k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            uint32_t temp = rotate_left(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rotate_left(b, 30);
            b = a;
            a = temp;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
    efree(message);
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 4; ++j)
            digest[i * 4 + j] = static_cast<unsigned char>(h[i] >> (24 - 8 * j));
}

void return_digest(zval* return_value, const unsigned char* digest, size_t length, bool binary)
{
    if (binary) {
        RETVAL_STRINGL(reinterpret_cast<const char*>(digest), length);
        return;
    }
    zend_string* hex = zend_string_alloc(length * 2, false);
    for (size_t i = 0; i < length; ++i) {
        ZSTR_VAL(hex)[i * 2] = kHexLower[digest[i] >> 4];
        ZSTR_VAL(hex)[i * 2 + 1] = kHexLower[digest[i] & 15];
    }
    ZSTR_VAL(hex)[length * 2] = '\0';
    RETVAL_STR(hex);
}

} // namespace

// md5(string $string, bool $binary = false): string
PHP_FUNCTION(md5)
{
    char* text;
    size_t length;
    bool binary = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|b", &text, &length, &binary) == FAILURE)
        RETURN_THROWS();
    unsigned char digest[16];
    md5_digest(text, length, digest);
    return_digest(return_value, digest, sizeof digest, binary);
}

// sha1(string $string, bool $binary = false): string
PHP_FUNCTION(sha1)
{
    char* text;
    size_t length;
    bool binary = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|b", &text, &length, &binary) == FAILURE)
        RETURN_THROWS();
    unsigned char digest[20];
    sha1_digest(text, length, digest);
    return_digest(return_value, digest, sizeof digest, binary);
}

// crc32(string $string): int — the reflected CRC-32 of zlib and PNG (polynomial 0xEDB88320).
PHP_FUNCTION(crc32)
{
    char* text;
    size_t length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s", &text, &length) == FAILURE)
        RETURN_THROWS();
    static uint32_t table[256];
    static bool table_ready = false;
    if (!table_ready) {
        for (uint32_t n = 0; n < 256; ++n) {
            uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        table_ready = true;
    }
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < length; ++i)
        crc = table[(crc ^ static_cast<unsigned char>(text[i])) & 0xFF] ^ (crc >> 8);
    RETURN_LONG(static_cast<zend_long>(crc ^ 0xFFFFFFFFu));
}

namespace {

const char* const arginfo_string[] = {"string", nullptr};
const char* const arginfo_string_binary[] = {"string", "binary", nullptr};
const char* const arginfo_base64_decode[] = {"string", "strict", nullptr};
const char* const arginfo_http_build_query[] = {"data", "numeric_prefix", "arg_separator", "encoding_type", nullptr};

} // namespace

const zend_function_entry standard_encoding_functions[] = {
    PHP_FE(urlencode, arginfo_string)
    PHP_FE(rawurlencode, arginfo_string)
    PHP_FE(urldecode, arginfo_string)
    PHP_FE(rawurldecode, arginfo_string)
    PHP_FE(http_build_query, arginfo_http_build_query)
    PHP_FE(base64_encode, arginfo_string)
    PHP_FE(base64_decode, arginfo_base64_decode)
    PHP_FE(md5, arginfo_string_binary)
    PHP_FE(sha1, arginfo_string_binary)
    PHP_FE(crc32, arginfo_string)
    PHP_FE_END
};

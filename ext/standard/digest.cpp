// Message digests of strings (https://www.php.net/manual/en/ref.strings.php): md5 (RFC 1321), sha1
// (FIPS 180-4) and crc32 (the IEEE 802.3 polynomial, as zlib and PHP compute it).
//
// The two hash functions share one shape: 64-byte blocks, padding with 0x80, zeros and the bit length
// (little-endian for MD5, big-endian for SHA-1), then a compression function per block. The whole
// input is in memory, so there is no streaming context.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"

#include <cstdint>
#include <cstring>

namespace {

// The CRC-32 table of the reflected polynomial 0xEDB88320, computed at compile time.
struct Crc32Table {
    uint32_t entries[256];
    constexpr Crc32Table() : entries {}
    {
        for (uint32_t n = 0; n < 256; ++n) {
            uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            entries[n] = c;
        }
    }
};
constexpr Crc32Table kCrc32Table;

uint32_t rotate_left(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

// Calls `compress(block)` for every 64-byte block of the padded message.
template<typename Compress>
void for_each_padded_block(const unsigned char* data, size_t length, bool big_endian_length, Compress compress)
{
    size_t full = length / 64;
    for (size_t i = 0; i < full; ++i)
        compress(data + i * 64);
    unsigned char tail[128] = {};
    size_t rest = length - full * 64;
    std::memcpy(tail, data + full * 64, rest);
    tail[rest] = 0x80;
    size_t tail_length = rest + 1 + 8 <= 64 ? 64 : 128;
    uint64_t bits = static_cast<uint64_t>(length) * 8;
    for (int i = 0; i < 8; ++i) {
        size_t index = big_endian_length ? tail_length - 1 - i : tail_length - 8 + i;
        tail[index] = static_cast<unsigned char>(bits >> (8 * i));
    }
    compress(tail);
    if (tail_length == 128)
        compress(tail + 64);
}

void md5_digest(const unsigned char* data, size_t length, unsigned char out[16])
{
    // The per-round shift amounts and the constants floor(2^32 * |sin(i + 1)|).
    static const int shifts[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                   5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                   4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                   6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
    static const uint32_t sines[64] = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    };
    uint32_t state[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    for_each_padded_block(data, length, false, [&](const unsigned char* block) {
        uint32_t m[16];
        for (int i = 0; i < 16; ++i)
            m[i] = static_cast<uint32_t>(block[4 * i]) | static_cast<uint32_t>(block[4 * i + 1]) << 8
                | static_cast<uint32_t>(block[4 * i + 2]) << 16 | static_cast<uint32_t>(block[4 * i + 3]) << 24;
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
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
            uint32_t next = b + rotate_left(a + f + sines[i] + m[g], shifts[i]);
            a = d;
            d = c;
            c = b;
            b = next;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
    });
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            out[4 * i + j] = static_cast<unsigned char>(state[i] >> (8 * j));
}

void sha1_digest(const unsigned char* data, size_t length, unsigned char out[20])
{
    uint32_t state[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    for_each_padded_block(data, length, true, [&](const unsigned char* block) {
        uint32_t w[80];
        for (int i = 0; i < 16; ++i)
            w[i] = static_cast<uint32_t>(block[4 * i]) << 24 | static_cast<uint32_t>(block[4 * i + 1]) << 16
                | static_cast<uint32_t>(block[4 * i + 2]) << 8 | static_cast<uint32_t>(block[4 * i + 3]);
        for (int i = 16; i < 80; ++i)
            w[i] = rotate_left(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
        for (int i = 0; i < 80; ++i) {
            uint32_t f;
            uint32_t k;
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
            uint32_t next = rotate_left(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rotate_left(b, 30);
            b = a;
            a = next;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    });
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 4; ++j)
            out[4 * i + j] = static_cast<unsigned char>(state[i] >> (24 - 8 * j));
}

// The digest as raw bytes, or (the default) as lower-case hex.
void return_digest(zval* return_value, const unsigned char* digest, size_t length, bool binary)
{
    if (binary)
        RETURN_STRINGL(reinterpret_cast<const char*>(digest), length);
    RETURN_STR(standard::hex_string(digest, length));
}

} // namespace

// md5(string $string, bool $binary = false): string
// https://www.php.net/manual/en/function.md5.php
PHP_FUNCTION(md5)
{
    zend_string* input;
    bool binary = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|b", &input, &binary) == FAILURE)
        RETURN_THROWS();
    unsigned char digest[16];
    md5_digest(reinterpret_cast<const unsigned char*>(ZSTR_VAL(input)), ZSTR_LEN(input), digest);
    return_digest(return_value, digest, sizeof digest, binary);
}

// sha1(string $string, bool $binary = false): string
// https://www.php.net/manual/en/function.sha1.php
PHP_FUNCTION(sha1)
{
    zend_string* input;
    bool binary = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|b", &input, &binary) == FAILURE)
        RETURN_THROWS();
    unsigned char digest[20];
    sha1_digest(reinterpret_cast<const unsigned char*>(ZSTR_VAL(input)), ZSTR_LEN(input), digest);
    return_digest(return_value, digest, sizeof digest, binary);
}

// crc32(string $string): int
// https://www.php.net/manual/en/function.crc32.php
// Always non-negative on 64-bit platforms.
PHP_FUNCTION(crc32)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    uint32_t crc = 0xFFFFFFFFU;
    for (size_t i = 0; i < ZSTR_LEN(input); ++i)
        crc = kCrc32Table.entries[(crc ^ static_cast<unsigned char>(ZSTR_VAL(input)[i])) & 0xFF] ^ (crc >> 8);
    RETURN_LONG(static_cast<zend_long>(crc ^ 0xFFFFFFFFU));
}

namespace {

const char* const arginfo_digest[] = {"string", "binary", nullptr};
const char* const arginfo_string[] = {"string", nullptr};

} // namespace

const zend_function_entry standard_digest_functions[] = {
    PHP_FE(md5, arginfo_digest)
    PHP_FE(sha1, arginfo_digest)
    PHP_FE(crc32, arginfo_string)
    PHP_FE_END
};

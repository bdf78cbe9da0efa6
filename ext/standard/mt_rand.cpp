// Random numbers (https://www.php.net/manual/en/ref.random.php): the Mersenne Twister behind mt_rand,
// rand, mt_srand and srand; random_int and random_bytes from the operating system's CSPRNG; lcg_value's
// combined linear congruential generator. (PHP 8.2 keeps these in its "random" extension; miniphp has
// them in standard.)
//
// The Mersenne Twister is MT19937 exactly as PHP 8.2 runs it, so that mt_srand($seed) gives PHP's
// sequence: Knuth's initialisation of the 624-word state, the state regenerated right after seeding and
// whenever it is used up, and the standard tempering. MT_RAND_PHP selects PHP 5's buggy twist (it tests
// the wrong word's low bit) and its scaling for ranges. A range [min, max] takes a 32-bit output when
// max - min fits in 32 bits, else two outputs (the first in the low half), and rejects outputs above
// the largest multiple of the range size so that every value is equally likely.
//
// Until a script seeds it, the generator seeds itself from the CSPRNG on first use, in each request.
// FIXME(context): the generator state is process-wide; it belongs in the request's module globals once
// the API has them.
#include "ext/standard/php_standard.h"
#include "ext/standard/standard_messages.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <sys/random.h>
#include <sys/time.h>
#include <unistd.h>

namespace msg = standard_messages;

namespace {

constexpr int kMtRandMt19937 = 0;
constexpr int kMtRandPhp = 1;
constexpr zend_long kRandMax = 2147483647;

constexpr int kStateSize = 624;
constexpr int kShift = 397;

struct MersenneTwister {
    uint32_t state[kStateSize];
    int count = kStateSize;
    int mode = kMtRandMt19937;
    bool seeded = false;
};

MersenneTwister generator;

uint32_t twist(uint32_t m, uint32_t u, uint32_t v, bool php_mode)
{
    uint32_t mixed = (u & 0x80000000U) | (v & 0x7FFFFFFFU);
    uint32_t low_bit = php_mode ? (u & 1U) : (v & 1U);
    return m ^ (mixed >> 1) ^ (static_cast<uint32_t>(-static_cast<int32_t>(low_bit)) & 0x9908B0DFU);
}

void reload(MersenneTwister* mt)
{
    bool php_mode = mt->mode == kMtRandPhp;
    uint32_t* s = mt->state;
    int i = 0;
    for (; i < kStateSize - kShift; ++i)
        s[i] = twist(s[i + kShift], s[i], s[i + 1], php_mode);
    for (; i < kStateSize - 1; ++i)
        s[i] = twist(s[i + kShift - kStateSize], s[i], s[i + 1], php_mode);
    s[i] = twist(s[i + kShift - kStateSize], s[i], s[0], php_mode);
    mt->count = 0;
}

void seed(MersenneTwister* mt, uint32_t value)
{
    mt->state[0] = value;
    for (uint32_t i = 1; i < kStateSize; ++i) {
        uint32_t previous = mt->state[i - 1];
        mt->state[i] = 1812433253U * (previous ^ (previous >> 30)) + i;
    }
    reload(mt);
    mt->seeded = true;
}

// Bytes from the kernel's CSPRNG. False (after PHP's exception) if it cannot deliver.
bool random_bytes(void* buffer, size_t size)
{
    char* out = static_cast<char*>(buffer);
    while (size > 0) {
        ssize_t n = getrandom(out, size, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            miniphp::throw_error(miniphp::ErrorClass::Error, "%s", msg::kNoRandomSource);
            return false;
        }
        out += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

void seed_randomly(MersenneTwister* mt)
{
    uint32_t value;
    if (getrandom(&value, sizeof value, 0) != sizeof value) {
        struct timeval now;
        gettimeofday(&now, nullptr);
        value = static_cast<uint32_t>(now.tv_sec ^ (now.tv_usec << 11) ^ getpid());
    }
    seed(mt, value);
}

uint32_t next32()
{
    if (!generator.seeded)
        seed_randomly(&generator);
    if (generator.count >= kStateSize)
        reload(&generator);
    uint32_t s = generator.state[generator.count++];
    s ^= s >> 11;
    s ^= (s << 7) & 0x9D2C5680U;
    s ^= (s << 15) & 0xEFC60000U;
    return s ^ (s >> 18);
}

// A uniformly distributed value in [min, max] from the twister (PHP's php_random_range).
zend_long twister_range(zend_long min, zend_long max)
{
    zend_ulong span = static_cast<zend_ulong>(max) - static_cast<zend_ulong>(min);
    if (span > UINT32_MAX) {
        auto draw = [] { return static_cast<uint64_t>(next32()) | (static_cast<uint64_t>(next32()) << 32); };
        uint64_t result = draw();
        if (span == UINT64_MAX)
            return static_cast<zend_long>(result + static_cast<uint64_t>(min));
        uint64_t size = span + 1;
        if ((size & (size - 1)) == 0)
            return static_cast<zend_long>((result & (size - 1)) + static_cast<uint64_t>(min));
        uint64_t limit = UINT64_MAX - (UINT64_MAX % size) - 1;
        while (result > limit)
            result = draw();
        return static_cast<zend_long>(result % size + static_cast<uint64_t>(min));
    }
    uint32_t result = next32();
    if (span == UINT32_MAX)
        return static_cast<zend_long>(static_cast<zend_ulong>(result) + static_cast<zend_ulong>(min));
    uint32_t size = static_cast<uint32_t>(span) + 1;
    if ((size & (size - 1)) == 0)
        return static_cast<zend_long>(static_cast<zend_ulong>(result & (size - 1)) + static_cast<zend_ulong>(min));
    uint32_t limit = UINT32_MAX - (UINT32_MAX % size) - 1;
    while (result > limit)
        result = next32();
    return static_cast<zend_long>(static_cast<zend_ulong>(result % size) + static_cast<zend_ulong>(min));
}

// mt_rand(min, max) and rand(min, max): the twister's range, or PHP 5's scaling in MT_RAND_PHP mode.
zend_long ranged(zend_long min, zend_long max)
{
    if (!generator.seeded)
        seed_randomly(&generator);
    if (generator.mode == kMtRandMt19937)
        return twister_range(min, max);
    uint64_t r = next32() >> 1;
    zend_ulong offset = static_cast<zend_ulong>(
        (static_cast<double>(max) - static_cast<double>(min) + 1.0) * (static_cast<double>(r) / (kRandMax + 1.0)));
    return static_cast<zend_long>(offset + static_cast<zend_ulong>(min));
}

// lcg_value's generator (L'Ecuyer's combined LCG), seeded on first use.
struct CombinedLcg {
    int32_t s1 = 0;
    int32_t s2 = 0;
    bool seeded = false;
};

CombinedLcg lcg;

int32_t lcg_step(int32_t s, int32_t a, int32_t b, int32_t c, int32_t m)
{
    int32_t q = s / a;
    s = b * (s - a * q) - c * q;
    if (s < 0)
        s += m;
    return s;
}

} // namespace

// mt_srand(int $seed = 0, int $mode = MT_RAND_MT19937): void (alias srand)
// https://www.php.net/manual/en/function.mt-srand.php
PHP_FUNCTION(mt_srand)
{
    zend_long seed_value = 0;
    zend_long mode = kMtRandMt19937;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|ll", &seed_value, &mode) == FAILURE)
        RETURN_THROWS();
    generator.mode = mode == kMtRandPhp ? kMtRandPhp : kMtRandMt19937;
    if (ZEND_NUM_ARGS() == 0)
        seed_randomly(&generator);
    else
        seed(&generator, static_cast<uint32_t>(seed_value));
}

// mt_rand(): int / mt_rand(int $min, int $max): int
// https://www.php.net/manual/en/function.mt-rand.php
PHP_FUNCTION(mt_rand)
{
    if (ZEND_NUM_ARGS() == 0)
        RETURN_LONG(static_cast<zend_long>(next32() >> 1));
    zend_long min;
    zend_long max;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "ll", &min, &max) == FAILURE)
        RETURN_THROWS();
    if (max < min) {
        zend_argument_value_error(2, "%s", msg::kMaxBelowMin);
        RETURN_THROWS();
    }
    RETURN_LONG(ranged(min, max));
}

// rand(): int / rand(int $min, int $max): int
// https://www.php.net/manual/en/function.rand.php
// Unlike mt_rand, a reversed range is accepted (and swapped).
PHP_FUNCTION(rand)
{
    if (ZEND_NUM_ARGS() == 0)
        RETURN_LONG(static_cast<zend_long>(next32() >> 1));
    zend_long min;
    zend_long max;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "ll", &min, &max) == FAILURE)
        RETURN_THROWS();
    if (max < min)
        RETURN_LONG(ranged(max, min));
    RETURN_LONG(ranged(min, max));
}

// mt_getrandmax(): int (alias getrandmax)
// https://www.php.net/manual/en/function.mt-getrandmax.php
PHP_FUNCTION(mt_getrandmax)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(kRandMax);
}

// random_int(int $min, int $max): int
// https://www.php.net/manual/en/function.random-int.php
PHP_FUNCTION(random_int)
{
    zend_long min;
    zend_long max;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "ll", &min, &max) == FAILURE)
        RETURN_THROWS();
    if (min > max) {
        zend_argument_value_error(1, "%s", msg::kMinAboveMax);
        RETURN_THROWS();
    }
    if (min == max)
        RETURN_LONG(min);
    zend_ulong span = static_cast<zend_ulong>(max) - static_cast<zend_ulong>(min);
    zend_ulong trial;
    if (!random_bytes(&trial, sizeof trial))
        RETURN_THROWS();
    if (span == ZEND_ULONG_MAX)
        RETURN_LONG(static_cast<zend_long>(trial));
    zend_ulong size = span + 1;
    if ((size & (size - 1)) != 0) {
        zend_ulong limit = ZEND_ULONG_MAX - (ZEND_ULONG_MAX % size) - 1;
        while (trial > limit) {
            if (!random_bytes(&trial, sizeof trial))
                RETURN_THROWS();
        }
    }
    RETURN_LONG(static_cast<zend_long>(trial % size + static_cast<zend_ulong>(min)));
}

// random_bytes(int $length): string
// https://www.php.net/manual/en/function.random-bytes.php
PHP_FUNCTION(random_bytes)
{
    zend_long length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "l", &length) == FAILURE)
        RETURN_THROWS();
    if (length < 1) {
        zend_argument_value_error(1, "%s", msg::kMustBeGreaterThanZero);
        RETURN_THROWS();
    }
    zend_string* bytes = zend_string_alloc(static_cast<size_t>(length), false);
    if (!random_bytes(ZSTR_VAL(bytes), static_cast<size_t>(length))) {
        zend_string_efree(bytes);
        RETURN_THROWS();
    }
    ZSTR_VAL(bytes)[length] = '\0';
    RETURN_STR(bytes);
}

// lcg_value(): float
// https://www.php.net/manual/en/function.lcg-value.php
// A value in (0, 1).
PHP_FUNCTION(lcg_value)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    if (!lcg.seeded) {
        struct timeval now;
        gettimeofday(&now, nullptr);
        lcg.s1 = static_cast<int32_t>(now.tv_sec ^ (now.tv_usec << 11));
        gettimeofday(&now, nullptr);
        lcg.s2 = static_cast<int32_t>(getpid() ^ (now.tv_usec << 11));
        if (lcg.s1 <= 0)
            lcg.s1 = (lcg.s1 & 0x7FFFFFFF) | 1;
        if (lcg.s2 <= 0)
            lcg.s2 = (lcg.s2 & 0x7FFFFFFF) | 1;
        lcg.seeded = true;
    }
    lcg.s1 = lcg_step(lcg.s1, 53668, 40014, 12211, 2147483563);
    lcg.s2 = lcg_step(lcg.s2, 52774, 40692, 3791, 2147483399);
    int32_t z = lcg.s1 - lcg.s2;
    if (z < 1)
        z += 2147483562;
    RETURN_DOUBLE(z * 4.656613e-10);
}

zend_long standard_mt_rand_range(zend_long min, zend_long max)
{
    if (!generator.seeded)
        seed_randomly(&generator);
    return twister_range(min, max);
}

// Request end: like PHP (its RINIT), the next request seeds both generators afresh.
void standard_random_request_shutdown()
{
    generator.seeded = false;
    lcg.seeded = false;
}

void standard_register_mt_rand_constants(int module_number)
{
    REGISTER_LONG_CONSTANT("MT_RAND_MT19937", kMtRandMt19937, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("MT_RAND_PHP", kMtRandPhp, CONST_PERSISTENT);
}

namespace {

const char* const arginfo_mt_srand[] = {"seed", "mode", nullptr};
const char* const arginfo_min_max[] = {"min", "max", nullptr};
const char* const arginfo_none[] = {nullptr};
const char* const arginfo_random_bytes[] = {"length", nullptr};

} // namespace

const zend_function_entry standard_mt_rand_functions[] = {
    PHP_FE(mt_srand, arginfo_mt_srand)
    PHP_FALIAS(srand, mt_srand, arginfo_mt_srand)
    PHP_FE(mt_rand, arginfo_min_max)
    PHP_FE(rand, arginfo_min_max)
    PHP_FE(mt_getrandmax, arginfo_none)
    PHP_FALIAS(getrandmax, mt_getrandmax, arginfo_none)
    PHP_FE(random_int, arginfo_min_max)
    PHP_FE(random_bytes, arginfo_random_bytes)
    PHP_FE(lcg_value, arginfo_none)
    PHP_FE_END
};

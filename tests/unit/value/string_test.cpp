// zend_string: creation, hashing, counting, resizing, literals and interning.
#include "value_fixture.h"

#include <cstring>

#include "engine/error/bailout.h"
#include "engine/error/error.h"

namespace {
// The reference DJB "times 33" hash, byte by byte, with PHP's top bit.
zend_ulong reference_hash(const char* s, size_t len)
{
    zend_ulong h = 5381;
    for (size_t i = 0; i < len; ++i)
        h = h * 33 + static_cast<unsigned char>(s[i]);
    return h | 0x8000000000000000ULL;
}
} // namespace

TEST(StringHash, IsDjbTimes33WithTopBit)
{
    const char* samples[] = { "", "a", "ab", "hello", "12345678", "123456789", "a longer key with spaces and \xff bytes" };
    for (const char* s : samples)
        EXPECT_EQ(zend_inline_hash_func(s, std::strlen(s)), reference_hash(s, std::strlen(s))) << s;
    static_assert(zend_inline_hash_func("abc", 3) != 0, "computable at compile time");
    // Every length from 0 to 40, so each path of the unrolled loop is compared with the plain one.
    std::string text;
    for (int len = 0; len <= 40; ++len) {
        EXPECT_EQ(zend_inline_hash_func(text.data(), text.size()), reference_hash(text.data(), text.size())) << len;
        text += static_cast<char>(0x20 + len * 7 % 200);
    }
}

TEST_F(ValueTest, InitCopiesAndTerminates)
{
    zend_string* s = zend_string_init("hello world", 5, false);
    EXPECT_EQ(ZSTR_LEN(s), 5u);
    EXPECT_STREQ(ZSTR_VAL(s), "hello");
    EXPECT_EQ(GC_REFCOUNT(s), 1u);
    EXPECT_EQ(GC_TYPE(s), IS_STRING);
    EXPECT_FALSE(ZSTR_IS_INTERNED(s));
    EXPECT_EQ(ZSTR_H(s), 0u) << "hash is computed lazily";
    EXPECT_EQ(ZSTR_HASH(s), reference_hash("hello", 5));
    EXPECT_EQ(ZSTR_H(s), reference_hash("hello", 5));
    zend_string_release(s);
}

TEST_F(ValueTest, CopyAndRelease)
{
    zend_string* s = zend_string_init("abc", 3, false);
    zend_string* t = zend_string_copy(s);
    EXPECT_EQ(s, t);
    EXPECT_EQ(GC_REFCOUNT(s), 2u);
    zend_string_release(t);
    EXPECT_EQ(zend_string_refcount(s), 1u);
    zend_string* d = zend_string_dup(s, false);
    EXPECT_NE(d, s);
    EXPECT_TRUE(zend_string_equals(d, s));
    zend_string_release(d);
    zend_string_release(s);
}

TEST_F(ValueTest, ReallocKeepsPrefixAndResetsHash)
{
    zend_string* s = zend_string_init("abcdef", 6, false);
    ZSTR_HASH(s);
    s = zend_string_extend(s, 100, false);
    EXPECT_EQ(ZSTR_LEN(s), 100u);
    EXPECT_EQ(std::memcmp(ZSTR_VAL(s), "abcdef", 6), 0);
    EXPECT_EQ(ZSTR_H(s), 0u);
    s = zend_string_truncate(s, 2, false);
    EXPECT_STREQ(ZSTR_VAL(s), "ab");
    zend_string* shared = zend_string_copy(s);
    zend_string* grown = zend_string_extend(shared, 4, false); // shared: copies, gives back our count
    EXPECT_NE(grown, s);
    EXPECT_EQ(GC_REFCOUNT(s), 1u);
    zend_string_release(grown);
    zend_string_release(s);
}

TEST_F(ValueTest, SafeAllocAndConcat)
{
    zend_string* s = zend_string_safe_alloc(3, 4, 1, false);
    EXPECT_EQ(ZSTR_LEN(s), 13u);
    zend_string_release(s);
    zend_string* c = zend_string_concat2("foo", 3, "bar", 3);
    EXPECT_STREQ(ZSTR_VAL(c), "foobar");
    EXPECT_TRUE(zend_string_equals_literal(c, "foobar"));
    EXPECT_FALSE(zend_string_equals_literal(c, "foo"));
    zend_string_release(c);
}

TEST_F(ValueTest, PersistentStringsUsePersistentMemory)
{
    const size_t baseline = miniphp::memory::memory_usage(false);
    zend_string* s = zend_string_init("persist", 7, true);
    EXPECT_TRUE(ZSTR_IS_PERSISTENT(s));
    EXPECT_EQ(miniphp::memory::memory_usage(false), baseline) << "no request memory";
    zend_string_release(s);
}

TEST_F(ValueTest, LiteralsAreStaticInternedAndPrehashed)
{
    zend_string* a = ZSTR_LITERAL("name");
    zend_string* b = ZSTR_LITERAL("name");
    EXPECT_EQ(a, b) << "one instance per literal";
    EXPECT_TRUE(ZSTR_IS_INTERNED(a));
    EXPECT_EQ(ZSTR_LEN(a), 4u);
    EXPECT_STREQ(ZSTR_VAL(a), "name");
    EXPECT_EQ(ZSTR_H(a), reference_hash("name", 4));
    zend_string_release(a); // harmless
    EXPECT_EQ(zend_string_copy(a), a);
    zval zv;
    ZVAL_STR(&zv, a);
    EXPECT_EQ(Z_TYPE_INFO(zv), static_cast<uint32_t>(IS_INTERNED_STRING_EX));
    EXPECT_EQ(ZSTR_LEN(ZSTR_EMPTY_ALLOC()), 0u);
    EXPECT_EQ(ZSTR_VAL(ZSTR_CHAR('x'))[0], 'x');
    EXPECT_EQ(ZSTR_LEN(ZSTR_CHAR(0)), 1u);
    EXPECT_EQ(ZSTR_CHAR('x'), ZSTR_CHAR('x'));
}

TEST_F(ValueTest, InterningReturnsOnePointerPerContent)
{
    zend_string* a = zend_new_interned_string(zend_string_init("key", 3, false));
    zend_string* b = zend_new_interned_string(zend_string_init("key", 3, false));
    EXPECT_EQ(a, b);
    EXPECT_TRUE(ZSTR_IS_INTERNED(a));
    EXPECT_FALSE(ZSTR_IS_PERSISTENT(a)) << "after start-up, interned strings belong to the request";
    zend_string* c = zend_string_init_interned("key", 3, true);
    EXPECT_EQ(c, a);
    // A shared string is copied, not converted in place (the other holder must not see it change).
    zend_string* shared = zend_string_init("other", 5, false);
    zend_string* keep = zend_string_copy(shared);
    zend_string* interned = zend_new_interned_string(shared);
    EXPECT_NE(interned, keep);
    EXPECT_FALSE(ZSTR_IS_INTERNED(keep));
    zend_string_release(keep);
    // Interned strings are freed by the request-end cleanup; the fixture checks nothing is left.
}

TEST(StringInterning, PermanentStringsSurviveRequests)
{
    miniphp::Context* context = miniphp::context_create();
    miniphp::set_current_context(context);
    miniphp::value_engine_startup();
    zend_string* name = zend_string_init_interned("strlen", 6, true);
    EXPECT_TRUE(ZSTR_IS_INTERNED(name));
    EXPECT_TRUE(ZSTR_IS_PERSISTENT(name));
    miniphp::value_engine_startup_done();
    for (int request = 0; request < 3; ++request) {
        miniphp::request_startup();
        miniphp::value_request_startup();
        EXPECT_EQ(zend_new_interned_string(zend_string_init("strlen", 6, false)), name);
        zend_string* local = zend_string_init_interned("local", 5, false);
        EXPECT_FALSE(ZSTR_IS_PERSISTENT(local));
        miniphp::value_request_shutdown();
        EXPECT_EQ(miniphp::memory::memory_usage(false), 0u);
        miniphp::request_shutdown();
    }
    miniphp::value_engine_shutdown();
    miniphp::set_current_context(nullptr);
    miniphp::context_destroy(context);
}

TEST_F(ValueTest, ToLower)
{
    zend_string* mixed = zend_string_init("StrLen_X1", 9, false);
    zend_string* lower = zend_string_tolower(mixed);
    EXPECT_STREQ(ZSTR_VAL(lower), "strlen_x1");
    EXPECT_NE(lower, mixed);
    zend_string* again = zend_string_tolower(lower);
    EXPECT_EQ(again, lower) << "already lower case: the same string";
    EXPECT_EQ(GC_REFCOUNT(lower), 2u);
    char buffer[] = "ÄBC";
    zend_str_tolower(buffer, sizeof(buffer) - 1);
    EXPECT_STREQ(buffer, "Äbc") << "ASCII only";
    zend_string_release(again);
    zend_string_release(lower);
    zend_string_release(mixed);
}

namespace {
std::string g_last_error;
void capture_hook(void*, int, const char* message, const char*, uint32_t) { g_last_error = message; }
} // namespace

TEST_F(ValueTest, SizeOverflowIsAFatalErrorWithPhpsMessage)
{
    miniphp::error::set_error_hook(capture_hook, nullptr);
    volatile bool bailed_out = false;
    MINIPHP_TRY {
        zend_string_safe_alloc(SIZE_MAX / 2, 4, 1, false);
    } MINIPHP_CATCH {
        bailed_out = true;
    } MINIPHP_END_TRY
    miniphp::error::set_error_hook(nullptr, nullptr);
    EXPECT_TRUE(bailed_out);
    EXPECT_EQ(g_last_error, "Possible integer overflow in memory allocation (9223372036854775807 * 4 + 32)");
}

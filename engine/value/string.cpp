// String functions that are not inline, the shared one-byte strings, and interning.
//
// Interning keeps one copy of each distinct string and hands out that copy. The permanent table (engine
// state, persistent memory) is filled while the engine starts; after that, new interned strings go to
// the request's table and die at request end, but a lookup always checks the permanent table first, so
// a name interned at start-up is the same pointer in every request. A request string that nobody else
// holds is interned in place (its flags change, nothing is copied).
#include "engine/value/zstring.h"

#include "engine/error/messages.h"
#include "engine/value/hash_table.h"
#include "engine/value/value_state.h"

namespace {

struct OneByteStrings {
    miniphp::StaticString<2> strings[256];
};

constexpr OneByteStrings make_one_byte_strings()
{
    OneByteStrings table {};
    for (unsigned c = 0; c < 256; ++c) {
        const char text[2] = { static_cast<char>(c), '\0' };
        table.strings[c] = miniphp::make_static_string(text, 1);
    }
    return table;
}

constexpr OneByteStrings g_one_byte_strings = make_one_byte_strings();
constexpr miniphp::StaticString<1> g_empty_string = miniphp::make_static_string("", 0);

zend_string* as_string(const void* p) { return reinterpret_cast<zend_string*>(const_cast<void*>(p)); }

} // namespace

namespace miniphp {

zend_string* empty_string() { return as_string(&g_empty_string); }
zend_string* one_char_string(unsigned char c) { return as_string(&g_one_byte_strings.strings[c]); }

} // namespace miniphp

zend_string* zend_string_safe_alloc(size_t n, size_t m, size_t l, bool persistent)
{
    // As PHP: the check (and its message) is on n * m + the allocation size of an l-byte string.
    const size_t offset = zend_string_struct_size(l);
    size_t product;
    size_t total;
    if (__builtin_mul_overflow(n, m, &product) || __builtin_add_overflow(product, offset, &total))
        miniphp::value_fatal(miniphp::error::messages::kAllocationOverflow, n, m, offset);
    return zend_string_alloc(product + l, persistent);
}

zend_string* zend_string_realloc(zend_string* s, size_t len, bool persistent)
{
    if (!ZSTR_IS_INTERNED(s) && GC_REFCOUNT(s) == 1) {
        s = static_cast<zend_string*>(perealloc(s, zend_string_struct_size(len), persistent));
        s->len = len;
        s->h = 0;
        s->val[len] = '\0';
        return s;
    }
    zend_string* copy = zend_string_alloc(len, persistent);
    std::memcpy(copy->val, s->val, (len < s->len ? len : s->len) + 1);
    copy->val[len] = '\0';
    if (!ZSTR_IS_INTERNED(s))
        GC_DELREF(s);
    return copy;
}

zend_string* zend_string_concat2(const char* a, size_t a_len, const char* b, size_t b_len)
{
    zend_string* s = zend_string_alloc(a_len + b_len, false);
    std::memcpy(s->val, a, a_len);
    std::memcpy(s->val + a_len, b, b_len);
    s->val[a_len + b_len] = '\0';
    return s;
}

void zend_str_tolower(char* str, size_t len)
{
    for (size_t i = 0; i < len; ++i) {
        if (str[i] >= 'A' && str[i] <= 'Z')
            str[i] = static_cast<char>(str[i] + ('a' - 'A'));
    }
}

zend_string* zend_string_tolower_ex(zend_string* s, bool persistent)
{
    for (size_t i = 0; i < s->len; ++i) {
        if (s->val[i] >= 'A' && s->val[i] <= 'Z') {
            zend_string* lower = zend_string_alloc(s->len, persistent);
            std::memcpy(lower->val, s->val, i);
            for (size_t j = i; j < s->len; ++j) {
                const char c = s->val[j];
                lower->val[j] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
            }
            lower->val[s->len] = '\0';
            return lower;
        }
    }
    return zend_string_copy(s);
}

// --- interning -----------------------------------------------------------------------------------

namespace {

zend_string* find_in(const HashTable* table, zend_string* s)
{
    Bucket* p = zend_hash_find_bucket(table, s, ZSTR_H(s));
    return p ? p->key : nullptr;
}

void insert_into(HashTable* table, zend_string* interned)
{
    zval zv;
    ZVAL_INTERNED_STR(&zv, interned);
    zend_hash_add_new(table, interned, &zv);
}

bool interning_is_permanent()
{
    miniphp::ValueState* state = miniphp::value_state();
    return state->engine.interning_permanent || !state->request.active;
}

} // namespace

zend_string* zend_interned_string_find_permanent(zend_string* s)
{
    zend_string_hash_val(s);
    return find_in(&miniphp::value_engine()->interned_strings, s);
}

zend_string* zend_new_interned_string(zend_string* s)
{
    if (ZSTR_IS_INTERNED(s))
        return s;
    zend_string_hash_val(s);
    miniphp::ValueState* state = miniphp::value_state();
    if (zend_string* found = find_in(&state->engine.interned_strings, s)) {
        zend_string_release(s);
        return found;
    }
    if (interning_is_permanent()) {
        zend_string* interned = s;
        if (!ZSTR_IS_PERSISTENT(s) || GC_REFCOUNT(s) > 1) {
            interned = zend_string_init(ZSTR_VAL(s), ZSTR_LEN(s), true);
            interned->h = s->h;
            zend_string_release(s);
        }
        interned->gc.refcount = 1;
        interned->gc.type_info = GC_STRING | IS_STR_PERSISTENT | IS_STR_INTERNED | IS_STR_PERMANENT;
        insert_into(&state->engine.interned_strings, interned);
        return interned;
    }
    if (zend_string* found = find_in(&state->request.interned_strings, s)) {
        zend_string_release(s);
        return found;
    }
    zend_string* interned = s;
    if (ZSTR_IS_PERSISTENT(s) || GC_REFCOUNT(s) > 1) {
        interned = zend_string_init(ZSTR_VAL(s), ZSTR_LEN(s), false);
        interned->h = s->h;
        zend_string_release(s);
    }
    interned->gc.refcount = 1;
    interned->gc.type_info = GC_STRING | IS_STR_INTERNED;
    insert_into(&state->request.interned_strings, interned);
    return interned;
}

zend_string* zend_string_init_interned(const char* str, size_t len, bool permanent)
{
    const zend_ulong h = zend_inline_hash_func(str, len);
    miniphp::ValueState* state = miniphp::value_state();
    if (Bucket* p = zend_hash_str_find_bucket(&state->engine.interned_strings, str, len, h))
        return p->key;
    if (!interning_is_permanent()) {
        if (Bucket* p = zend_hash_str_find_bucket(&state->request.interned_strings, str, len, h))
            return p->key;
    }
    const bool persistent = interning_is_permanent();
    zend_string* s = zend_string_init(str, len, persistent);
    s->h = h;
    return zend_new_interned_string(s);
}

namespace miniphp {

// pDestructor of the interned-string tables: the table owns the strings it holds.
void interned_string_table_dtor(zval* zv)
{
    zend_string* s = Z_STR_P(zv);
    pefree(s, ZSTR_IS_PERSISTENT(s));
}

} // namespace miniphp

// Sorting arrays (https://www.php.net/manual/en/array.sorting.php): sort, rsort, asort, arsort, ksort,
// krsort, natsort, natcasesort, array_unique, array_multisort, and the comparisons behind their flags.
//
// PHP sorts with its own algorithm (zend_sort, php_array.h), and the result of a sort is only
// defined by the algorithm when the comparison is not a total order: PHP 8's `<=>` on mixed types
// (e.g. "10" < "9a" < 9 < "10"), or a user comparator that disagrees with itself. So the elements
// are copied into a bucket array and sorted there with the same algorithm and the same comparison
// calls as PHP. Stability (PHP 8 guarantees it) comes from the comparison: ties fall back to the
// original position, kept in Z_EXTRA of each value as PHP does.
//
// sort() and its siblings then move the sorted elements into the argument's own table (separated
// first), so a foreach by reference over it carries on as in PHP; usort() and its siblings put a
// sorted copy in the argument's place, as PHP does.
#include "ext/standard/php_array.h"
#include "ext/standard/standard_messages.h"

#include <cctype>
#include <cinttypes>
#include <cstdio>
#include <cstring>

// --- natural order -------------------------------------------------------------------------------

namespace {

bool natural_is_digit(char c) { return c >= '0' && c <= '9'; }
bool natural_is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Two digit runs, compared as whole numbers: the longer run wins; between equal lengths the first
// differing digit decides (remembered as `bias` until the lengths are known).
int compare_integer_runs(const char** a, const char* a_end, const char** b, const char* b_end)
{
    int bias = 0;
    for (;; ++*a, ++*b) {
        bool a_digit = *a < a_end && natural_is_digit(**a);
        bool b_digit = *b < b_end && natural_is_digit(**b);
        if (!a_digit && !b_digit)
            return bias;
        if (!a_digit)
            return -1;
        if (!b_digit)
            return 1;
        if (bias == 0 && **a != **b)
            bias = **a < **b ? -1 : 1;
    }
}

// Two digit runs after a leading zero, compared as fractions: the first differing digit decides.
int compare_fraction_runs(const char** a, const char* a_end, const char** b, const char* b_end)
{
    for (;; ++*a, ++*b) {
        bool a_digit = *a < a_end && natural_is_digit(**a);
        bool b_digit = *b < b_end && natural_is_digit(**b);
        if (!a_digit && !b_digit)
            return 0;
        if (!a_digit)
            return -1;
        if (!b_digit)
            return 1;
        if (**a != **b)
            return **a < **b ? -1 : 1;
    }
}

} // namespace

int strnatcmp_ex(const char* a, size_t a_length, const char* b, size_t b_length, bool fold_case)
{
    if (a_length == 0 || b_length == 0)
        return a_length == b_length ? 0 : (a_length > b_length ? 1 : -1);
    const char* a_end = a + a_length;
    const char* b_end = b + b_length;
    const char* ap = a;
    const char* bp = b;
    // Leading zeros of a number do not count ("007" is 7), but a lone "0" stays.
    while (*ap == '0' && ap + 1 < a_end && natural_is_digit(ap[1]))
        ++ap;
    while (*bp == '0' && bp + 1 < b_end && natural_is_digit(bp[1]))
        ++bp;
    // Reading one past the end gives the NUL that follows every PHP string's bytes, as in PHP.
    auto at = [](const char* p, const char* end) -> unsigned char {
        return p < end ? static_cast<unsigned char>(*p) : 0;
    };
    while (true) {
        while (ap < a_end && natural_is_space(*ap))
            ++ap;
        while (bp < b_end && natural_is_space(*bp))
            ++bp;
        unsigned char ca = at(ap, a_end);
        unsigned char cb = at(bp, b_end);
        if (natural_is_digit(static_cast<char>(ca)) && natural_is_digit(static_cast<char>(cb))) {
            bool fractional = ca == '0' || cb == '0';
            int result = fractional ? compare_fraction_runs(&ap, a_end, &bp, b_end)
                                    : compare_integer_runs(&ap, a_end, &bp, b_end);
            if (result != 0)
                return result;
            if (ap == a_end && bp == b_end)
                return 0;
            if (ap == a_end)
                return -1;
            if (bp == b_end)
                return 1;
            ca = at(ap, a_end);
            cb = at(bp, b_end);
        }
        if (fold_case) {
            ca = static_cast<unsigned char>(std::toupper(ca));
            cb = static_cast<unsigned char>(std::toupper(cb));
        }
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++ap;
        ++bp;
        if (ap >= a_end && bp >= b_end)
            return 0;
        if (ap >= a_end)
            return -1;
        if (bp >= b_end)
            return 1;
    }
}

// --- the comparisons -----------------------------------------------------------------------------

int php_array_compare_strings(zval* a, zval* b, bool fold_case)
{
    zend_string* tmp_a;
    zend_string* tmp_b;
    zend_string* string_a = zval_get_tmp_string(a, &tmp_a);
    zend_string* string_b = zval_get_tmp_string(b, &tmp_b);
    const char* x = ZSTR_VAL(string_a);
    const char* y = ZSTR_VAL(string_b);
    int result = fold_case ? zend_binary_strcasecmp(x, ZSTR_LEN(string_a), y, ZSTR_LEN(string_b))
                           : zend_binary_strcmp(x, ZSTR_LEN(string_a), y, ZSTR_LEN(string_b));
    zend_tmp_string_release(tmp_a);
    zend_tmp_string_release(tmp_b);
    return result;
}

namespace {

// A bucket's key as text: string keys as they are, integer keys printed in decimal.
struct KeyText {
    char buffer[MAX_LENGTH_OF_LONG + 1];
    const char* text;
    size_t length;
    explicit KeyText(const Bucket* b)
    {
        if (b->key) {
            text = ZSTR_VAL(b->key);
            length = ZSTR_LEN(b->key);
        } else {
            int n = std::snprintf(buffer, sizeof buffer, "%" PRId64, static_cast<zend_long>(b->h));
            text = buffer;
            length = static_cast<size_t>(n);
        }
    }
};

int stable_fallback(const Bucket* a, const Bucket* b)
{
    uint32_t x = Z_EXTRA(a->val);
    uint32_t y = Z_EXTRA(b->val);
    return x > y ? 1 : (x < y ? -1 : 0);
}

zval* bucket_value(Bucket* b)
{
    zval* value = &b->val;
    ZVAL_DEREF(value);
    return value;
}

// --- by value

int data_regular(Bucket* a, Bucket* b) { return zend_compare(bucket_value(a), bucket_value(b)); }

int data_numeric(Bucket* a, Bucket* b)
{
    double d1 = zval_get_double(bucket_value(a));
    double d2 = zval_get_double(bucket_value(b));
    return ZEND_NORMALIZE_BOOL(d1 - d2);
}

int data_string(Bucket* a, Bucket* b) { return php_array_compare_strings(bucket_value(a), bucket_value(b), false); }
int data_string_case(Bucket* a, Bucket* b) { return php_array_compare_strings(bucket_value(a), bucket_value(b), true); }

int data_natural_general(Bucket* a, Bucket* b, bool fold_case)
{
    zend_string* tmp_a;
    zend_string* tmp_b;
    zend_string* string_a = zval_get_tmp_string(bucket_value(a), &tmp_a);
    zend_string* string_b = zval_get_tmp_string(bucket_value(b), &tmp_b);
    int result
        = strnatcmp_ex(ZSTR_VAL(string_a), ZSTR_LEN(string_a), ZSTR_VAL(string_b), ZSTR_LEN(string_b), fold_case);
    zend_tmp_string_release(tmp_a);
    zend_tmp_string_release(tmp_b);
    return result;
}
int data_natural(Bucket* a, Bucket* b) { return data_natural_general(a, b, false); }
int data_natural_case(Bucket* a, Bucket* b) { return data_natural_general(a, b, true); }

int data_locale(Bucket* a, Bucket* b)
{
    zend_string* tmp_a;
    zend_string* tmp_b;
    zend_string* string_a = zval_get_tmp_string(bucket_value(a), &tmp_a);
    zend_string* string_b = zval_get_tmp_string(bucket_value(b), &tmp_b);
    int result = std::strcoll(ZSTR_VAL(string_a), ZSTR_VAL(string_b));
    zend_tmp_string_release(tmp_a);
    zend_tmp_string_release(tmp_b);
    return result;
}

// --- by key

int key_regular(Bucket* a, Bucket* b)
{
    if (!a->key && !b->key)
        return static_cast<zend_long>(a->h) > static_cast<zend_long>(b->h) ? 1 : -1;
    if (a->key && b->key)
        return zendi_smart_strcmp(a->key, b->key);
    zval first;
    zval second;
    if (a->key)
        ZVAL_STR(&first, a->key);
    else
        ZVAL_LONG(&first, static_cast<zend_long>(a->h));
    if (b->key)
        ZVAL_STR(&second, b->key);
    else
        ZVAL_LONG(&second, static_cast<zend_long>(b->h));
    return zend_compare(&first, &second);
}

int key_numeric(Bucket* a, Bucket* b)
{
    if (!a->key && !b->key)
        return static_cast<zend_long>(a->h) > static_cast<zend_long>(b->h) ? 1 : -1;
    double d1 = a->key ? zend_strtod(ZSTR_VAL(a->key), nullptr) : static_cast<double>(static_cast<zend_long>(a->h));
    double d2 = b->key ? zend_strtod(ZSTR_VAL(b->key), nullptr) : static_cast<double>(static_cast<zend_long>(b->h));
    return ZEND_NORMALIZE_BOOL(d1 - d2);
}

int key_string(Bucket* a, Bucket* b)
{
    KeyText x(a), y(b);
    return zend_binary_strcmp(x.text, x.length, y.text, y.length);
}

int key_string_case(Bucket* a, Bucket* b)
{
    KeyText x(a), y(b);
    return zend_binary_strcasecmp(x.text, x.length, y.text, y.length);
}

int key_natural_general(Bucket* a, Bucket* b, bool fold_case)
{
    KeyText x(a), y(b);
    return strnatcmp_ex(x.text, x.length, y.text, y.length, fold_case);
}
int key_natural(Bucket* a, Bucket* b) { return key_natural_general(a, b, false); }
int key_natural_case(Bucket* a, Bucket* b) { return key_natural_general(a, b, true); }

int key_locale(Bucket* a, Bucket* b)
{
    KeyText x(a), y(b);
    return std::strcoll(x.text, y.text);
}

// Each comparison in four forms: as is, reversed, and each of those made stable. (PHP reverses the
// natural comparisons by swapping the operands and the others by negating the result.)
template <int (*Compare)(Bucket*, Bucket*)>
int unstable_reverse(Bucket* a, Bucket* b)
{
    return -Compare(a, b);
}
template <int (*Compare)(Bucket*, Bucket*)>
int stable(Bucket* a, Bucket* b)
{
    int result = Compare(a, b);
    return result ? result : stable_fallback(a, b);
}
template <int (*Compare)(Bucket*, Bucket*)>
int stable_reverse(Bucket* a, Bucket* b)
{
    int result = -Compare(a, b);
    return result ? result : stable_fallback(a, b);
}
template <int (*Compare)(Bucket*, Bucket*)>
int stable_swapped(Bucket* a, Bucket* b)
{
    int result = Compare(b, a);
    return result ? result : stable_fallback(a, b);
}

struct CompareSet {
    bucket_compare_func_t forward;
    bucket_compare_func_t reverse;
    bucket_compare_func_t stable_forward;
    bucket_compare_func_t stable_reverse;
};

template <int (*Compare)(Bucket*, Bucket*)>
constexpr CompareSet negating_set()
{
    return { Compare, unstable_reverse<Compare>, stable<Compare>, stable_reverse<Compare> };
}
template <int (*Compare)(Bucket*, Bucket*)>
constexpr CompareSet swapping_set()
{
    return { Compare, unstable_reverse<Compare>, stable<Compare>, stable_swapped<Compare> };
}

// The flags select a comparison as php_get_data_compare_func does: SORT_FLAG_CASE only matters with
// SORT_STRING and SORT_NATURAL, and an unknown flag is SORT_REGULAR.
CompareSet data_set(zend_long flags)
{
    bool fold_case = (flags & PHP_SORT_FLAG_CASE) != 0;
    switch (flags & ~PHP_SORT_FLAG_CASE) {
    case PHP_SORT_NUMERIC: return negating_set<data_numeric>();
    case PHP_SORT_STRING: return fold_case ? negating_set<data_string_case>() : negating_set<data_string>();
    case PHP_SORT_NATURAL: return fold_case ? negating_set<data_natural_case>() : negating_set<data_natural>();
    case PHP_SORT_LOCALE_STRING: return negating_set<data_locale>();
    default: return negating_set<data_regular>();
    }
}

CompareSet key_set(zend_long flags)
{
    bool fold_case = (flags & PHP_SORT_FLAG_CASE) != 0;
    switch (flags & ~PHP_SORT_FLAG_CASE) {
    case PHP_SORT_NUMERIC: return negating_set<key_numeric>();
    case PHP_SORT_STRING: return fold_case ? negating_set<key_string_case>() : negating_set<key_string>();
    case PHP_SORT_NATURAL: return fold_case ? swapping_set<key_natural_case>() : swapping_set<key_natural>();
    case PHP_SORT_LOCALE_STRING: return negating_set<key_locale>();
    default: return negating_set<key_regular>();
    }
}

} // namespace

bucket_compare_func_t php_get_data_compare_func(zend_long flags, bool reverse)
{
    CompareSet set = data_set(flags);
    return reverse ? set.stable_reverse : set.stable_forward;
}

bucket_compare_func_t php_get_data_compare_func_unstable(zend_long flags, bool reverse)
{
    CompareSet set = data_set(flags);
    return reverse ? set.reverse : set.forward;
}

bucket_compare_func_t php_get_key_compare_func(zend_long flags, bool reverse)
{
    CompareSet set = key_set(flags);
    return reverse ? set.stable_reverse : set.stable_forward;
}

bucket_compare_func_t php_get_key_compare_func_unstable(zend_long flags, bool reverse)
{
    CompareSet set = key_set(flags);
    return reverse ? set.reverse : set.forward;
}

// --- sorting a table -----------------------------------------------------------------------------

void php_sort_array(zval* array, bucket_compare_func_t compare, bool renumber, bool as_copy)
{
    struct Holder {
        bucket_compare_func_t compare;
    } holder { compare };
    auto trampoline = [](Bucket* a, Bucket* b, void* context) { return static_cast<Holder*>(context)->compare(a, b); };
    php_sort_array_ex(array, trampoline, &holder, renumber, as_copy);
}

void php_sort_array_ex(zval* array, php_bucket_compare_with_context compare, void* context, bool renumber,
                       bool as_copy)
{
    HashTable* ht = Z_ARRVAL_P(array);
    const uint32_t count = zend_hash_num_elements(ht);
    if (!(count > 1) && !(renumber && count > 0))
        return; // nothing moves (PHP leaves even the internal pointer alone)
    // sort() and the others sort the argument's table itself, so that a foreach by reference over
    // it goes on over the sorted elements, as in PHP.
    if (!as_copy) {
        SEPARATE_ARRAY(array);
        ht = Z_ARRVAL_P(array);
    }
    // A user comparison may reassign the variable: the table (and so the values the buckets point
    // at) stays alive until the sort is done. (The other comparisons run no PHP code.)
    const bool counted = as_copy && !(GC_FLAGS(ht) & GC_IMMUTABLE);
    if (counted)
        GC_ADDREF(ht);
    // Request memory: a comparator that bails out leaves it to the request's end, as the rule for
    // bailouts wants (no C++ object may own it).
    auto* buckets = static_cast<Bucket*>(emalloc(sizeof(Bucket) * count));
    uint32_t n = 0;
    for (miniphp::HashEntry entry : miniphp::hash_entries(ht)) {
        Bucket* b = &buckets[n];
        ZVAL_COPY_VALUE(&b->val, entry.value);
        Z_EXTRA(b->val) = n;
        b->h = entry.h;
        b->key = entry.key;
        ++n;
    }
    php_zend_sort(buckets, count, [compare, context](Bucket* a, Bucket* b) { return compare(a, b, context); });
    HashTable* sorted = zend_new_array(count);
    for (uint32_t i = 0; i < count; ++i) {
        Bucket* b = &buckets[i];
        zval copy;
        if (as_copy)
            php_array_copy_element(&copy, &b->val);
        else
            ZVAL_COPY(&copy, &b->val);
        if (renumber)
            zend_hash_next_index_insert(sorted, &copy);
        else if (b->key)
            zend_hash_add_new(sorted, b->key, &copy);
        else
            zend_hash_index_add_new(sorted, b->h, &copy);
    }
    if (!renumber)
        sorted->nNextFreeElement = ht->nNextFreeElement;
    efree(buckets);
    if (!as_copy) {
        // sort() and the others: the argument's own table takes the new order.
        php_array_take_contents(ht, sorted);
        return;
    }
    // usort() and the others: the sorted copy takes the argument's place, as in PHP.
    if (counted) {
        zval hold;
        ZVAL_ARR(&hold, ht);
        zval_ptr_dtor(&hold);
    }
    php_array_replace(array, sorted);
}

namespace {

void sort_by(zend_execute_data* execute_data, zval* return_value, bool by_key, bool reverse, bool renumber)
{
    zval* array;
    zend_long flags = PHP_SORT_REGULAR;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a|l", &array, &flags) == FAILURE)
        RETURN_THROWS();
    bucket_compare_func_t compare = by_key ? php_get_key_compare_func(flags, reverse)
                                           : php_get_data_compare_func(flags, reverse);
    php_sort_array(array, compare, renumber, false);
    RETURN_TRUE;
}

int natural_stable(Bucket* a, Bucket* b)
{
    int result = data_natural(a, b);
    return result ? result : stable_fallback(a, b);
}

int natural_case_stable(Bucket* a, Bucket* b)
{
    int result = data_natural_case(a, b);
    return result ? result : stable_fallback(a, b);
}

} // namespace

// sort(array &$array, int $flags = SORT_REGULAR): true
// https://www.php.net/manual/en/function.sort.php
PHP_FUNCTION(sort) { sort_by(execute_data, return_value, false, false, true); }

// rsort(array &$array, int $flags = SORT_REGULAR): true
// https://www.php.net/manual/en/function.rsort.php
PHP_FUNCTION(rsort) { sort_by(execute_data, return_value, false, true, true); }

// asort(array &$array, int $flags = SORT_REGULAR): true
// https://www.php.net/manual/en/function.asort.php
PHP_FUNCTION(asort) { sort_by(execute_data, return_value, false, false, false); }

// arsort(array &$array, int $flags = SORT_REGULAR): true
// https://www.php.net/manual/en/function.arsort.php
PHP_FUNCTION(arsort) { sort_by(execute_data, return_value, false, true, false); }

// ksort(array &$array, int $flags = SORT_REGULAR): true
// https://www.php.net/manual/en/function.ksort.php
PHP_FUNCTION(ksort) { sort_by(execute_data, return_value, true, false, false); }

// krsort(array &$array, int $flags = SORT_REGULAR): true
// https://www.php.net/manual/en/function.krsort.php
PHP_FUNCTION(krsort) { sort_by(execute_data, return_value, true, true, false); }

// natsort(array &$array): bool
// https://www.php.net/manual/en/function.natsort.php
PHP_FUNCTION(natsort)
{
    zval* array;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a", &array) == FAILURE)
        RETURN_THROWS();
    php_sort_array(array, natural_stable, false, false);
    RETURN_TRUE;
}

// natcasesort(array &$array): bool
// https://www.php.net/manual/en/function.natcasesort.php
PHP_FUNCTION(natcasesort)
{
    zval* array;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a", &array) == FAILURE)
        RETURN_THROWS();
    php_sort_array(array, natural_case_stable, false, false);
    RETURN_TRUE;
}

// array_unique(array $array, int $flags = SORT_STRING): array
// https://www.php.net/manual/en/function.array-unique.php
// The first of equal values is kept. With SORT_STRING values are equal when their string forms are;
// with other flags PHP sorts copies of the buckets with the flag's comparison (not stable) and drops
// each run of equal neighbours but its earliest element, so this does the same sort.
PHP_FUNCTION(array_unique)
{
    zval* array;
    zend_long flags = PHP_SORT_STRING;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a|l", &array, &flags) == FAILURE)
        RETURN_THROWS();
    HashTable* ht = Z_ARRVAL_P(array);
    if (zend_hash_num_elements(ht) <= 1)
        RETURN_COPY(array);
    if (flags == PHP_SORT_STRING) {
        HashTable* seen = zend_new_array(zend_hash_num_elements(ht));
        array_init(return_value);
        for (miniphp::HashEntry entry : miniphp::hash_entries(ht)) {
            zval* value = entry.value;
            ZVAL_DEREF(value);
            zend_string* tmp;
            zend_string* string = zval_get_tmp_string(value, &tmp);
            bool first = zend_hash_add_empty_element(seen, string) != nullptr;
            zend_tmp_string_release(tmp);
            if (!first)
                continue;
            php_array_add_with_key(Z_ARRVAL_P(return_value), entry, entry.value);
        }
        zend_array_destroy(seen);
        return;
    }
    bucket_compare_func_t compare = php_get_data_compare_func_unstable(flags, false);
    RETVAL_ARR(zend_array_dup(ht));
    struct IndexedBucket {
        Bucket b;
        uint32_t position;
    };
    const uint32_t count = zend_hash_num_elements(ht);
    auto* entries = static_cast<IndexedBucket*>(emalloc(sizeof(IndexedBucket) * count));
    uint32_t n = 0;
    for (miniphp::HashEntry entry : miniphp::hash_entries(ht)) {
        ZVAL_COPY_VALUE(&entries[n].b.val, entry.value);
        entries[n].b.h = entry.h;
        entries[n].b.key = entry.key;
        entries[n].position = n;
        ++n;
    }
    php_zend_sort(entries, count, [compare](IndexedBucket* x, IndexedBucket* y) { return compare(&x->b, &y->b); });
    IndexedBucket* last_kept = &entries[0];
    for (uint32_t i = 1; i < count; ++i) {
        IndexedBucket* current = &entries[i];
        if (compare(&last_kept->b, &current->b)) {
            last_kept = current;
            continue;
        }
        Bucket* dropped;
        if (last_kept->position > current->position) {
            dropped = &last_kept->b;
            last_kept = current;
        } else {
            dropped = &current->b;
        }
        if (dropped->key)
            zend_hash_del(Z_ARRVAL_P(return_value), dropped->key);
        else
            zend_hash_index_del(Z_ARRVAL_P(return_value), dropped->h);
    }
    efree(entries);
}

// array_multisort(array &$array, mixed &...$rest): bool
// https://www.php.net/manual/en/function.array-multisort.php
// Sorts the arrays as the columns of one table, by the first array, ties broken by the next, ...;
// each array may be followed by its order (SORT_ASC, SORT_DESC) and its comparison (SORT_REGULAR,
// ...). Rows that compare equal keep their order. String keys stay, integer keys are renumbered.
// Every argument is "prefer reference" (&?): arrays in variables are sorted in place, literal flags
// come by value.
PHP_FUNCTION(array_multisort)
{
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z+", &args, &count) == FAILURE)
        RETURN_THROWS();
    // Request memory: the comparisons do not run PHP code, but a fatal error may still come.
    auto* arrays = static_cast<zval**>(emalloc(sizeof(zval*) * count));
    auto* compares = static_cast<bucket_compare_func_t*>(emalloc(sizeof(bucket_compare_func_t) * count));
    uint32_t array_count = 0;
    zend_long order = PHP_SORT_ASC;
    zend_long type = PHP_SORT_REGULAR;
    bool order_allowed = false; // a flag is allowed once per kind after each array
    bool type_allowed = false;
    auto release = [&] {
        efree(compares);
        efree(arrays);
    };
    for (uint32_t i = 0; i < count; ++i) {
        zval* arg = &args[i];
        ZVAL_DEREF(arg);
        if (Z_TYPE_P(arg) == IS_ARRAY) {
            SEPARATE_ARRAY(arg);
            if (array_count > 0) {
                compares[array_count - 1] = php_get_data_compare_func_unstable(type, order != PHP_SORT_ASC);
                order = PHP_SORT_ASC;
                type = PHP_SORT_REGULAR;
            }
            arrays[array_count++] = arg;
            order_allowed = type_allowed = true;
            continue;
        }
        if (Z_TYPE_P(arg) != IS_LONG) {
            release();
            zend_argument_type_error(i + 1, "%s", standard_messages::kMultisortArgument);
            RETURN_THROWS();
        }
        switch (Z_LVAL_P(arg) & ~PHP_SORT_FLAG_CASE) {
        case PHP_SORT_ASC:
        case PHP_SORT_DESC:
            if (!order_allowed) {
                release();
                zend_argument_type_error(i + 1, "%s", standard_messages::kMultisortFlagRepeated);
                RETURN_THROWS();
            }
            order = Z_LVAL_P(arg) == PHP_SORT_DESC ? PHP_SORT_DESC : PHP_SORT_ASC;
            order_allowed = false;
            break;
        case PHP_SORT_REGULAR:
        case PHP_SORT_NUMERIC:
        case PHP_SORT_STRING:
        case PHP_SORT_NATURAL:
        case PHP_SORT_LOCALE_STRING:
            if (!type_allowed) {
                release();
                zend_argument_type_error(i + 1, "%s", standard_messages::kMultisortFlagRepeated);
                RETURN_THROWS();
            }
            type = Z_LVAL_P(arg);
            type_allowed = false;
            break;
        default:
            release();
            zend_argument_value_error(i + 1, "%s", standard_messages::kMultisortBadFlag);
            RETURN_THROWS();
        }
    }
    compares[array_count - 1] = php_get_data_compare_func_unstable(type, order != PHP_SORT_ASC);
    const uint32_t rows = zend_hash_num_elements(Z_ARRVAL_P(arrays[0]));
    for (uint32_t i = 1; i < array_count; ++i) {
        if (zend_hash_num_elements(Z_ARRVAL_P(arrays[i])) != rows) {
            release();
            zend_value_error("%s", standard_messages::kMultisortSizes);
            RETURN_THROWS();
        }
    }
    if (rows == 0) {
        release();
        RETURN_TRUE;
    }
    // One row per element position: the arrays' buckets side by side, then an end marker (UNDEF)
    // whose Z_EXTRA is the row's original number, for ties.
    const uint32_t width = array_count + 1;
    auto* cells = static_cast<Bucket*>(emalloc(sizeof(Bucket) * rows * width));
    auto* table = static_cast<Bucket**>(emalloc(sizeof(Bucket*) * rows));
    for (uint32_t k = 0; k < rows; ++k) {
        table[k] = cells + size_t(k) * width;
        ZVAL_UNDEF(&table[k][array_count].val);
        Z_EXTRA(table[k][array_count].val) = k;
    }
    for (uint32_t i = 0; i < array_count; ++i) {
        uint32_t k = 0;
        for (miniphp::HashEntry entry : miniphp::hash_entries(Z_ARRVAL_P(arrays[i]))) {
            Bucket* b = &table[k++][i];
            ZVAL_COPY_VALUE(&b->val, entry.value);
            b->h = entry.h;
            b->key = entry.key;
        }
    }
    php_zend_sort(table, rows, [compares](Bucket** x, Bucket** y) {
        Bucket* a = *x;
        Bucket* b = *y;
        uint32_t r = 0;
        do {
            int result = compares[r](&a[r], &b[r]);
            if (result != 0)
                return result > 0 ? 1 : -1;
            ++r;
        } while (!Z_ISUNDEF(a[r].val));
        return stable_fallback(&a[r], &b[r]);
    });
    for (uint32_t i = 0; i < array_count; ++i) {
        HashTable* rebuilt = zend_new_array(rows);
        zend_ulong next_index = 0;
        for (uint32_t k = 0; k < rows; ++k) {
            Bucket* b = &table[k][i];
            zval copy;
            ZVAL_COPY(&copy, &b->val);
            if (b->key)
                zend_hash_add_new(rebuilt, b->key, &copy);
            else
                zend_hash_index_add_new(rebuilt, next_index++, &copy);
        }
        rebuilt->nNextFreeElement = rows;
        php_array_take_contents(Z_ARRVAL_P(arrays[i]), rebuilt);
    }
    efree(table);
    efree(cells);
    release();
    RETURN_TRUE;
}

namespace {

const char* const arginfo_array_ref_flags[] = {"&array", "flags", nullptr};
const char* const arginfo_array_ref[] = {"&array", nullptr};
const char* const arginfo_array_flags[] = {"array", "flags", nullptr};
const char* const arginfo_array_multisort[] = {"&?array", "&?...rest", nullptr};

} // namespace

const zend_function_entry standard_array_sort_functions[] = {
    PHP_FE(sort, arginfo_array_ref_flags)
    PHP_FE(rsort, arginfo_array_ref_flags)
    PHP_FE(asort, arginfo_array_ref_flags)
    PHP_FE(arsort, arginfo_array_ref_flags)
    PHP_FE(ksort, arginfo_array_ref_flags)
    PHP_FE(krsort, arginfo_array_ref_flags)
    PHP_FE(natsort, arginfo_array_ref)
    PHP_FE(natcasesort, arginfo_array_ref)
    PHP_FE(array_unique, arginfo_array_flags)
    PHP_FE(array_multisort, arginfo_array_multisort)
    PHP_FE_END
};

// String comparison functions (https://www.php.net/manual/en/ref.strings.php): strcmp and its
// case-insensitive and length-limited forms, natural-order comparison, substr_compare, and the two
// similarity measures, similar_text and levenshtein.
//
// The plain comparisons return what PHP 8.2 returns, not just the sign: the difference of the first
// differing bytes (case-folded for the *case* forms; strcmp takes memcmp's value, as PHP does), or
// -1/1 when one string is a prefix of the other.
#include "ext/standard/php_array.h"
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/standard_messages.h"

#include <cstring>

namespace msg = standard_messages;
using standard::ascii_tolower;

namespace {

int binary_strncasecmp(const char* s1, size_t len1, const char* s2, size_t len2, size_t length)
{
    size_t a = len1 < length ? len1 : length;
    size_t b = len2 < length ? len2 : length;
    size_t common = a < b ? a : b;
    for (size_t i = 0; i < common; ++i) {
        int c1 = ascii_tolower(static_cast<unsigned char>(s1[i]));
        int c2 = ascii_tolower(static_cast<unsigned char>(s2[i]));
        if (c1 != c2)
            return c1 - c2;
    }
    return ZEND_THREEWAY_COMPARE(a, b);
}

void compare_two(zend_execute_data* execute_data, zval* return_value,
                 int (*compare)(const char*, size_t, const char*, size_t))
{
    zend_string* s1;
    zend_string* s2;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS", &s1, &s2) == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(compare(ZSTR_VAL(s1), ZSTR_LEN(s1), ZSTR_VAL(s2), ZSTR_LEN(s2)));
}

void compare_n(zend_execute_data* execute_data, zval* return_value,
               int (*compare)(const char*, size_t, const char*, size_t, size_t))
{
    zend_string* s1;
    zend_string* s2;
    zend_long length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SSl", &s1, &s2, &length) == FAILURE)
        RETURN_THROWS();
    if (length < 0) {
        zend_argument_value_error(3, "%s", msg::kMustBeGreaterOrEqualZero);
        RETURN_THROWS();
    }
    RETURN_LONG(compare(ZSTR_VAL(s1), ZSTR_LEN(s1), ZSTR_VAL(s2), ZSTR_LEN(s2), static_cast<size_t>(length)));
}

void natural(zend_execute_data* execute_data, zval* return_value, bool ignore_case)
{
    zend_string* s1;
    zend_string* s2;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS", &s1, &s2) == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(strnatcmp_ex(ZSTR_VAL(s1), ZSTR_LEN(s1), ZSTR_VAL(s2), ZSTR_LEN(s2), ignore_case));
}

// similar_text's measure (Oliver's algorithm as PHP implements it): the longest common substring (the
// first one found when scanning the first string, then the second), plus the same measure on the parts
// left of it and right of it.
size_t similar_chars(const char* s1, size_t len1, const char* s2, size_t len2)
{
    size_t best = 0;
    size_t best1 = 0;
    size_t best2 = 0;
    size_t improvements = 0;
    for (size_t i = 0; i < len1; ++i) {
        for (size_t j = 0; j < len2; ++j) {
            size_t l = 0;
            while (i + l < len1 && j + l < len2 && s1[i + l] == s2[j + l])
                ++l;
            if (l > best) {
                best = l;
                best1 = i;
                best2 = j;
                ++improvements;
            }
        }
    }
    size_t sum = best;
    if (sum) {
        if (best1 && best2 && improvements > 1)
            sum += similar_chars(s1, best1, s2, best2);
        if (best1 + best < len1 && best2 + best < len2)
            sum += similar_chars(s1 + best1 + best, len1 - best1 - best, s2 + best2 + best, len2 - best2 - best);
    }
    return sum;
}

int strcmp_adapter(const char* s1, size_t len1, const char* s2, size_t len2)
{
    return zend_binary_strcmp(s1, len1, s2, len2);
}
int strcasecmp_adapter(const char* s1, size_t len1, const char* s2, size_t len2)
{
    return zend_binary_strcasecmp(s1, len1, s2, len2);
}
int strncmp_adapter(const char* s1, size_t len1, const char* s2, size_t len2, size_t n)
{
    return zend_binary_strncmp(s1, len1, s2, len2, n);
}

} // namespace

// strcmp(string $string1, string $string2): int
// https://www.php.net/manual/en/function.strcmp.php
PHP_FUNCTION(strcmp) { compare_two(execute_data, return_value, strcmp_adapter); }

// strcasecmp(string $string1, string $string2): int
// https://www.php.net/manual/en/function.strcasecmp.php
PHP_FUNCTION(strcasecmp) { compare_two(execute_data, return_value, strcasecmp_adapter); }

// strncmp(string $string1, string $string2, int $length): int
// https://www.php.net/manual/en/function.strncmp.php
PHP_FUNCTION(strncmp) { compare_n(execute_data, return_value, strncmp_adapter); }

// strncasecmp(string $string1, string $string2, int $length): int
// https://www.php.net/manual/en/function.strncasecmp.php
PHP_FUNCTION(strncasecmp) { compare_n(execute_data, return_value, binary_strncasecmp); }

// strnatcmp(string $string1, string $string2): int
// https://www.php.net/manual/en/function.strnatcmp.php
PHP_FUNCTION(strnatcmp) { natural(execute_data, return_value, false); }

// strnatcasecmp(string $string1, string $string2): int
// https://www.php.net/manual/en/function.strnatcasecmp.php
PHP_FUNCTION(strnatcasecmp) { natural(execute_data, return_value, true); }

// substr_compare(string $haystack, string $needle, int $offset, ?int $length = null, bool $case_insensitive = false): int
// https://www.php.net/manual/en/function.substr-compare.php
PHP_FUNCTION(substr_compare)
{
    zend_string* haystack;
    zend_string* needle;
    zend_long offset;
    zend_long length = 0;
    bool length_is_null = true;
    bool ignore_case = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SSl|l!b", &haystack, &needle, &offset, &length, &length_is_null,
                              &ignore_case)
        == FAILURE)
        RETURN_THROWS();
    if (!length_is_null && length <= 0) {
        if (length == 0)
            RETURN_LONG(0);
        zend_argument_value_error(4, "%s", msg::kMustBeGreaterOrEqualZero);
        RETURN_THROWS();
    }
    if (offset < 0) {
        offset += static_cast<zend_long>(ZSTR_LEN(haystack));
        if (offset < 0)
            offset = 0;
    }
    if (static_cast<size_t>(offset) > ZSTR_LEN(haystack)) {
        zend_argument_value_error(3, "%s", msg::kOffsetNotContained);
        RETURN_THROWS();
    }
    size_t rest = ZSTR_LEN(haystack) - static_cast<size_t>(offset);
    size_t longer = ZSTR_LEN(needle) > rest ? ZSTR_LEN(needle) : rest;
    size_t compare_length = length_is_null ? longer : static_cast<size_t>(length);
    const char* start = ZSTR_VAL(haystack) + offset;
    if (ignore_case)
        RETURN_LONG(binary_strncasecmp(start, rest, ZSTR_VAL(needle), ZSTR_LEN(needle), compare_length));
    RETURN_LONG(zend_binary_strncmp(start, rest, ZSTR_VAL(needle), ZSTR_LEN(needle), compare_length));
}

// strcoll(string $string1, string $string2): int
// https://www.php.net/manual/en/function.strcoll.php
// By the C library's collation for LC_COLLATE (miniphp never changes the locale from "C").
PHP_FUNCTION(strcoll)
{
    zend_string* s1;
    zend_string* s2;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS", &s1, &s2) == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(std::strcoll(ZSTR_VAL(s1), ZSTR_VAL(s2)));
}

// similar_text(string $string1, string $string2, &$percent = null): int
// https://www.php.net/manual/en/function.similar-text.php
PHP_FUNCTION(similar_text)
{
    zend_string* s1;
    zend_string* s2;
    zval* percent = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|z", &s1, &s2, &percent) == FAILURE)
        RETURN_THROWS();
    size_t total = ZSTR_LEN(s1) + ZSTR_LEN(s2);
    size_t similar = total ? similar_chars(ZSTR_VAL(s1), ZSTR_LEN(s1), ZSTR_VAL(s2), ZSTR_LEN(s2)) : 0;
    if (percent) {
        zval_ptr_dtor(percent);
        ZVAL_DOUBLE(percent, total ? similar * 200.0 / total : 0.0);
    }
    RETURN_LONG(static_cast<zend_long>(similar));
}

// levenshtein(string $string1, string $string2, int $insertion_cost = 1, int $replacement_cost = 1,
//             int $deletion_cost = 1): int
// https://www.php.net/manual/en/function.levenshtein.php
PHP_FUNCTION(levenshtein)
{
    zend_string* s1;
    zend_string* s2;
    zend_long insert_cost = 1;
    zend_long replace_cost = 1;
    zend_long delete_cost = 1;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|lll", &s1, &s2, &insert_cost, &replace_cost, &delete_cost) == FAILURE)
        RETURN_THROWS();
    size_t len1 = ZSTR_LEN(s1);
    size_t len2 = ZSTR_LEN(s2);
    if (len1 == 0)
        RETURN_LONG(static_cast<zend_long>(len2) * insert_cost);
    if (len2 == 0)
        RETURN_LONG(static_cast<zend_long>(len1) * delete_cost);
    // Two rows of the distance matrix, in request memory (safe across a bailout).
    zend_long* previous = static_cast<zend_long*>(safe_emalloc(len2 + 1, sizeof(zend_long), 0));
    zend_long* current = static_cast<zend_long*>(safe_emalloc(len2 + 1, sizeof(zend_long), 0));
    for (size_t j = 0; j <= len2; ++j)
        previous[j] = static_cast<zend_long>(j) * insert_cost;
    for (size_t i = 0; i < len1; ++i) {
        current[0] = previous[0] + delete_cost;
        for (size_t j = 0; j < len2; ++j) {
            zend_long cost = previous[j] + (ZSTR_VAL(s1)[i] == ZSTR_VAL(s2)[j] ? 0 : replace_cost);
            zend_long deletion = previous[j + 1] + delete_cost;
            zend_long insertion = current[j] + insert_cost;
            if (deletion < cost)
                cost = deletion;
            if (insertion < cost)
                cost = insertion;
            current[j + 1] = cost;
        }
        zend_long* swap = previous;
        previous = current;
        current = swap;
    }
    zend_long distance = previous[len2];
    efree(previous);
    efree(current);
    RETURN_LONG(distance);
}

namespace {

const char* const arginfo_two_strings[] = {"string1", "string2", nullptr};
const char* const arginfo_strncmp[] = {"string1", "string2", "length", nullptr};
const char* const arginfo_substr_compare[] = {"haystack", "needle", "offset", "length", "case_insensitive", nullptr};
const char* const arginfo_similar_text[] = {"string1", "string2", "&percent", nullptr};
const char* const arginfo_levenshtein[] = {"string1", "string2", "insertion_cost", "replacement_cost", "deletion_cost",
                                           nullptr};

} // namespace

const zend_function_entry standard_string_compare_functions[] = {
    PHP_FE(strcmp, arginfo_two_strings)
    PHP_FE(strcasecmp, arginfo_two_strings)
    PHP_FE(strncmp, arginfo_strncmp)
    PHP_FE(strncasecmp, arginfo_strncmp)
    PHP_FE(strnatcmp, arginfo_two_strings)
    PHP_FE(strnatcasecmp, arginfo_two_strings)
    PHP_FE(substr_compare, arginfo_substr_compare)
    PHP_FE(strcoll, arginfo_two_strings)
    PHP_FE(similar_text, arginfo_similar_text)
    PHP_FE(levenshtein, arginfo_levenshtein)
    PHP_FE_END
};

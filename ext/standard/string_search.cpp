// String functions that search (https://www.php.net/manual/en/ref.strings.php): the strpos family,
// str_contains and friends, strstr/stristr/strrchr/strpbrk, substr_count, strspn/strcspn, and the
// replacing ones built on search: str_replace/str_ireplace, strtr and substr_replace.
//
// Case-insensitive variants compare ASCII letters only, as PHP 8.2 does. Offsets follow PHP 8: a
// negative offset counts from the end, and an offset outside the haystack is a ValueError.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/standard_messages.h"

#include <cmath>
#include <cstring>

namespace msg = standard_messages;
using standard::ascii_tolower;

namespace {

// The first occurrence of `needle` in [haystack, end) ignoring ASCII case, or null.
const char* memnistr(const char* haystack, const char* needle, size_t needle_length, const char* end)
{
    if (needle_length == 0)
        return haystack;
    if (static_cast<size_t>(end - haystack) < needle_length)
        return nullptr;
    for (const char* p = haystack; p + needle_length <= end; ++p) {
        size_t i = 0;
        while (i < needle_length
               && ascii_tolower(static_cast<unsigned char>(p[i])) == ascii_tolower(static_cast<unsigned char>(needle[i])))
            ++i;
        if (i == needle_length)
            return p;
    }
    return nullptr;
}

// A union-typed array|string parameter (php-src's Z_PARAM_ARRAY_HT_OR_STR), read from `arg` (already
// dereferenced) in coercive mode: scalars become strings in place, null becomes "" with PHP 8.1's
// deprecation. Sets exactly one of *array and *string; false after a TypeError.
bool parse_array_or_string(zval* arg, uint32_t n, HashTable** array, zend_string** string)
{
    *array = nullptr;
    *string = nullptr;
    switch (Z_TYPE_P(arg)) {
    case IS_ARRAY: *array = Z_ARRVAL_P(arg); return true;
    case IS_STRING: *string = Z_STR_P(arg); return true;
    case IS_NULL: {
        const char* name = get_active_function_arg_name(n);
        zend_error(E_DEPRECATED, msg::kPassingNullUnion, get_active_function_name(), n, name ? name : "", "array|string");
        ZVAL_EMPTY_STRING(arg);
        *string = Z_STR_P(arg);
        return true;
    }
    case IS_FALSE:
    case IS_TRUE:
    case IS_LONG:
    case IS_DOUBLE:
        convert_to_string(arg);
        *string = Z_STR_P(arg);
        return true;
    default:
        zend_argument_type_error(n, msg::kArrayOrStringType, zend_zval_type_name(arg));
        return false;
    }
}

// strpos() and stripos(): the offset check and the forward search.
void find_first(zend_execute_data* execute_data, zval* return_value, bool ignore_case)
{
    zend_string* haystack;
    zend_string* needle;
    zend_long offset = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|l", &haystack, &needle, &offset) == FAILURE)
        RETURN_THROWS();
    if (offset < 0)
        offset += static_cast<zend_long>(ZSTR_LEN(haystack));
    if (offset < 0 || static_cast<size_t>(offset) > ZSTR_LEN(haystack)) {
        zend_argument_value_error(3, "%s", msg::kOffsetNotContained);
        RETURN_THROWS();
    }
    const char* end = ZSTR_VAL(haystack) + ZSTR_LEN(haystack);
    const char* start = ZSTR_VAL(haystack) + offset;
    const char* found = ignore_case ? memnistr(start, ZSTR_VAL(needle), ZSTR_LEN(needle), end)
                                    : standard::memnstr(start, ZSTR_VAL(needle), ZSTR_LEN(needle), end);
    if (!found)
        RETURN_FALSE;
    RETURN_LONG(found - ZSTR_VAL(haystack));
}

// strrpos() and strripos(). A non-negative offset starts the search there; a negative one makes the
// match start no later than that many bytes from the end.
void find_last(zend_execute_data* execute_data, zval* return_value, bool ignore_case)
{
    zend_string* haystack;
    zend_string* needle;
    zend_long offset = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|l", &haystack, &needle, &offset) == FAILURE)
        RETURN_THROWS();
    size_t length = ZSTR_LEN(haystack);
    size_t needle_length = ZSTR_LEN(needle);
    if (ignore_case)
        haystack = standard::string_tolower(haystack);
    else
        zend_string_addref(haystack);
    const char* start;
    const char* end;
    if (offset >= 0) {
        if (static_cast<size_t>(offset) > length) {
            zend_string_release(haystack);
            zend_argument_value_error(3, "%s", msg::kOffsetNotContained);
            RETURN_THROWS();
        }
        start = ZSTR_VAL(haystack) + offset;
        end = ZSTR_VAL(haystack) + length;
    } else {
        if (offset < -ZEND_LONG_MAX || static_cast<size_t>(-offset) > length) {
            zend_string_release(haystack);
            zend_argument_value_error(3, "%s", msg::kOffsetNotContained);
            RETURN_THROWS();
        }
        start = ZSTR_VAL(haystack);
        if (static_cast<size_t>(-offset) < needle_length)
            end = ZSTR_VAL(haystack) + length;
        else
            end = ZSTR_VAL(haystack) + length + offset + needle_length;
    }
    // PHP's strripos compares a one-byte needle as a signed char against unsigned bytes, so a needle
    // byte of 0x80 or above is never found.
    if (ignore_case && needle_length == 1 && static_cast<unsigned char>(ZSTR_VAL(needle)[0]) >= 0x80) {
        zend_string_release(haystack);
        RETURN_FALSE;
    }
    zend_string* lowered_needle = ignore_case ? standard::string_tolower(needle) : zend_string_copy(needle);
    const char* found = standard::memnrstr(start, ZSTR_VAL(lowered_needle), needle_length, end);
    zend_long position = found ? found - ZSTR_VAL(haystack) : -1;
    zend_string_release(lowered_needle);
    zend_string_release(haystack);
    if (position < 0)
        RETURN_FALSE;
    RETURN_LONG(position);
}

// strstr() and stristr(): the haystack from the match on, or (with $before_needle) before it.
void find_substring(zend_execute_data* execute_data, zval* return_value, bool ignore_case)
{
    zend_string* haystack;
    zend_string* needle;
    bool before = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|b", &haystack, &needle, &before) == FAILURE)
        RETURN_THROWS();
    const char* end = ZSTR_VAL(haystack) + ZSTR_LEN(haystack);
    const char* found = ignore_case ? memnistr(ZSTR_VAL(haystack), ZSTR_VAL(needle), ZSTR_LEN(needle), end)
                                    : standard::memnstr(ZSTR_VAL(haystack), ZSTR_VAL(needle), ZSTR_LEN(needle), end);
    if (!found)
        RETURN_FALSE;
    if (before)
        RETURN_STRINGL(ZSTR_VAL(haystack), found - ZSTR_VAL(haystack));
    RETURN_STRINGL(found, end - found);
}

// strspn() and strcspn(): the length of the initial run of bytes in (or not in) the mask, within the
// part of the subject that $offset and $length select (clamped, never an error).
void span(zend_execute_data* execute_data, zval* return_value, bool accept)
{
    zend_string* subject;
    zend_string* mask;
    zend_long offset = 0;
    zend_long length = 0;
    bool length_is_null = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|ll!", &subject, &mask, &offset, &length, &length_is_null) == FAILURE)
        RETURN_THROWS();
    zend_long size = static_cast<zend_long>(ZSTR_LEN(subject));
    if (offset < 0) {
        offset += size;
        if (offset < 0)
            offset = 0;
    } else if (offset > size) {
        offset = size;
    }
    zend_long remaining = size - offset;
    if (length_is_null) {
        length = remaining;
    } else if (length < 0) {
        length += remaining;
        if (length < 0)
            length = 0;
    } else if (length > remaining) {
        length = remaining;
    }
    bool in_mask[256] = {};
    for (size_t i = 0; i < ZSTR_LEN(mask); ++i)
        in_mask[static_cast<unsigned char>(ZSTR_VAL(mask)[i])] = true;
    // PHP's strcspn reads the terminating NUL of an empty mask, so NUL stops it.
    if (!accept && ZSTR_LEN(mask) == 0)
        in_mask[0] = true;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(ZSTR_VAL(subject)) + offset;
    zend_long count = 0;
    while (count < length && in_mask[p[count]] == accept)
        ++count;
    RETURN_LONG(count);
}

// Replaces every non-overlapping occurrence of `needle` in `subject`, left to right (str_replace's core).
// Returns an owned string (another reference to `subject` when nothing matched) and adds the number of
// replacements to *count.
zend_string* replace_all(zend_string* subject, const char* needle, size_t needle_length, const char* replacement,
                         size_t replacement_length, bool ignore_case, zend_long* count)
{
    if (needle_length == 0 || needle_length > ZSTR_LEN(subject))
        return zend_string_copy(subject);
    const char* text = ZSTR_VAL(subject);
    const char* end = text + ZSTR_LEN(subject);
    auto find = [&](const char* from) {
        return ignore_case ? memnistr(from, needle, needle_length, end)
                           : standard::memnstr(from, needle, needle_length, end);
    };
    const char* found = find(text);
    if (!found)
        return zend_string_copy(subject);
    smart_str result {};
    const char* p = text;
    while (found) {
        smart_str_appendl(&result, p, found - p);
        smart_str_appendl(&result, replacement, replacement_length);
        ++*count;
        p = found + needle_length;
        found = find(p);
    }
    smart_str_appendl(&result, p, end - p);
    if (!result.s)
        return ZSTR_EMPTY_ALLOC();
    return smart_str_extract(&result);
}

// The next element of `ht` at or after *position (skipping holes), or null; advances *position past it.
zval* next_element(HashTable* ht, uint32_t* position)
{
    while (*position < ht->nNumUsed) {
        zval* value = HT_IS_PACKED(ht) ? &ht->arPacked[*position] : &ht->arData[*position].val;
        ++*position;
        if (!Z_ISUNDEF_P(value)) {
            ZVAL_DEREF(value);
            return value;
        }
    }
    return nullptr;
}

// str_replace on one subject string: every search entry in turn, each on the result of the previous.
zend_string* replace_in_subject(HashTable* search_array, zend_string* search, HashTable* replace_array,
                                zend_string* replace, zend_string* subject, bool ignore_case, zend_long* count)
{
    if (ZSTR_LEN(subject) == 0)
        return ZSTR_EMPTY_ALLOC();
    if (!search_array)
        return replace_all(subject, ZSTR_VAL(search), ZSTR_LEN(search), ZSTR_VAL(replace), ZSTR_LEN(replace),
                           ignore_case, count);
    zend_string* current = zend_string_copy(subject);
    uint32_t replace_position = 0;
    zend_hash_for_each(search_array, [&](zend_ulong, zend_string*, zval* entry) {
        ZVAL_DEREF(entry);
        zend_string* search_tmp;
        zend_string* search_text = zval_get_tmp_string(entry, &search_tmp);
        zend_string* replace_tmp = nullptr;
        zend_string* replace_text = replace;
        if (replace_array) {
            zval* replace_entry = next_element(replace_array, &replace_position);
            replace_text = replace_entry ? zval_get_tmp_string(replace_entry, &replace_tmp) : ZSTR_EMPTY_ALLOC();
        }
        if (ZSTR_LEN(current) != 0 && ZSTR_LEN(search_text) != 0) {
            zend_string* next = replace_all(current, ZSTR_VAL(search_text), ZSTR_LEN(search_text),
                                            ZSTR_VAL(replace_text), ZSTR_LEN(replace_text), ignore_case, count);
            zend_string_release(current);
            current = next;
        }
        zend_tmp_string_release(search_tmp);
        zend_tmp_string_release(replace_tmp);
    });
    return current;
}

// str_replace() and str_ireplace().
void replace_common(zend_execute_data* execute_data, zval* return_value, bool ignore_case)
{
    zval* search_arg;
    zval* replace_arg;
    zval* subject_arg;
    zval* count_arg = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zzz|z", &search_arg, &replace_arg, &subject_arg, &count_arg) == FAILURE)
        RETURN_THROWS();
    // "z" hands out null for a null argument; the union parser wants the frame's zval.
    zval* args[3] = {ZEND_CALL_ARG(execute_data, 1), ZEND_CALL_ARG(execute_data, 2), ZEND_CALL_ARG(execute_data, 3)};
    HashTable* search_array;
    zend_string* search;
    HashTable* replace_array;
    zend_string* replace;
    HashTable* subject_array;
    zend_string* subject;
    for (zval*& arg : args)
        ZVAL_DEREF(arg);
    if (!parse_array_or_string(args[0], 1, &search_array, &search)
        || !parse_array_or_string(args[1], 2, &replace_array, &replace)
        || !parse_array_or_string(args[2], 3, &subject_array, &subject))
        RETURN_THROWS();
    if (search && replace_array) {
        zend_argument_type_error(2, "%s", msg::kReplaceArrayWithString);
        RETURN_THROWS();
    }
    zend_long count = 0;
    if (subject_array) {
        array_init(return_value);
        zend_hash_for_each(subject_array, [&](zend_ulong index, zend_string* key, zval* entry) {
            ZVAL_DEREF(entry);
            zend_string* tmp;
            zend_string* text = zval_get_tmp_string(entry, &tmp);
            zval result;
            ZVAL_STR(&result, replace_in_subject(search_array, search, replace_array, replace, text, ignore_case, &count));
            zend_tmp_string_release(tmp);
            if (key)
                zend_hash_add_new(Z_ARRVAL_P(return_value), key, &result);
            else
                zend_hash_index_add_new(Z_ARRVAL_P(return_value), index, &result);
        });
    } else {
        RETVAL_STR(replace_in_subject(search_array, search, replace_array, replace, subject, ignore_case, &count));
    }
    if (count_arg) {
        zval_ptr_dtor(count_arg);
        ZVAL_LONG(count_arg, count);
    }
}

// strtr() with an array: at each position the longest key that matches is replaced, and the scan goes
// on after the replacement (replacements are never rescanned). Integer keys count as their decimal text.
void translate_with_array(zval* return_value, zend_string* input, HashTable* pairs)
{
    size_t length = ZSTR_LEN(input);
    HashTable* table = zend_new_array(zend_hash_num_elements(pairs));
    size_t min_key = SIZE_MAX;
    size_t max_key = 0;
    zend_hash_for_each(pairs, [&](zend_ulong index, zend_string* key, zval* value) {
        zend_string* text = key ? zend_string_copy(key) : zend_long_to_str(static_cast<zend_long>(index));
        if (ZSTR_LEN(text) == 0) {
            php_error_docref(nullptr, E_WARNING, "%s", msg::kStrtrEmptyKey);
        } else if (ZSTR_LEN(text) <= length) {
            min_key = ZSTR_LEN(text) < min_key ? ZSTR_LEN(text) : min_key;
            max_key = ZSTR_LEN(text) > max_key ? ZSTR_LEN(text) : max_key;
            zval copy;
            ZVAL_COPY_DEREF(&copy, value);
            if (!zend_hash_add(table, text, &copy))
                zval_ptr_dtor(&copy);
        }
        zend_string_release(text);
    });
    if (min_key > max_key) {
        zend_array_destroy(table);
        RETURN_STR_COPY(input);
    }
    const char* text = ZSTR_VAL(input);
    smart_str result {};
    size_t copied = 0;
    size_t position = 0;
    while (position + min_key <= length) {
        size_t try_length = length - position < max_key ? length - position : max_key;
        bool replaced = false;
        for (; try_length >= min_key; --try_length) {
            zval* value = zend_hash_str_find(table, text + position, try_length);
            if (!value)
                continue;
            zend_string* tmp;
            zend_string* replacement = zval_get_tmp_string(value, &tmp);
            smart_str_appendl(&result, text + copied, position - copied);
            smart_str_append(&result, replacement);
            zend_tmp_string_release(tmp);
            position += try_length;
            copied = position;
            replaced = true;
            break;
        }
        if (!replaced)
            ++position;
    }
    zend_array_destroy(table);
    if (!result.s)
        RETURN_STR_COPY(input);
    smart_str_appendl(&result, text + copied, length - copied);
    RETURN_STR(smart_str_extract(&result));
}

// The next element of an optional array parameter of substr_replace as an int, or `fallback`.
zend_long next_long(HashTable* ht, uint32_t* position, zend_long fallback, bool* found)
{
    zval* value = next_element(ht, position);
    *found = value != nullptr;
    return value ? zval_get_long(value) : fallback;
}

// substr_replace on one string: `offset` and `length` as PHP clamps them.
zend_string* replace_part(zend_string* text, zend_long offset, zend_long length, const char* replacement,
                          size_t replacement_length)
{
    zend_long size = static_cast<zend_long>(ZSTR_LEN(text));
    if (offset < 0) {
        offset += size;
        if (offset < 0)
            offset = 0;
    } else if (offset > size) {
        offset = size;
    }
    if (length < 0) {
        length += size - offset;
        if (length < 0)
            length = 0;
    }
    if (length > size - offset)
        length = size - offset;
    smart_str result {};
    smart_str_appendl(&result, ZSTR_VAL(text), static_cast<size_t>(offset));
    smart_str_appendl(&result, replacement, replacement_length);
    smart_str_appendl(&result, ZSTR_VAL(text) + offset + length, static_cast<size_t>(size - offset - length));
    if (!result.s)
        return ZSTR_EMPTY_ALLOC();
    return smart_str_extract(&result);
}

// An array|int parameter (substr_replace's $offset and $length), with `nullable` for ?length.
bool parse_array_or_long(zval* arg, uint32_t n, bool nullable, HashTable** array, zend_long* number, bool* is_null)
{
    *array = nullptr;
    *is_null = false;
    switch (Z_TYPE_P(arg)) {
    case IS_ARRAY: *array = Z_ARRVAL_P(arg); return true;
    case IS_LONG: *number = Z_LVAL_P(arg); return true;
    case IS_FALSE:
    case IS_TRUE: *number = Z_TYPE_P(arg) == IS_TRUE; return true;
    case IS_NULL:
        if (nullable) {
            *is_null = true;
            return true;
        } else {
            const char* name = get_active_function_arg_name(n);
            zend_error(E_DEPRECATED, msg::kPassingNullUnion, get_active_function_name(), n, name ? name : "", "array|int");
            *number = 0;
            return true;
        }
    case IS_DOUBLE:
        if (!std::isnan(Z_DVAL_P(arg)) && ZEND_DOUBLE_FITS_LONG(Z_DVAL_P(arg))) {
            *number = zval_get_long_ex(arg, true);
            return true;
        }
        break;
    case IS_STRING: {
        zend_long l;
        double d;
        zend_uchar type = is_numeric_str_function(Z_STR_P(arg), &l, &d);
        if (type == IS_LONG) {
            *number = l;
            return true;
        }
        if (type == IS_DOUBLE && !std::isnan(d) && ZEND_DOUBLE_FITS_LONG(d)) {
            *number = zval_get_long_ex(arg, true);
            return true;
        }
        break;
    }
    default: break;
    }
    zend_argument_type_error(n, nullable ? msg::kArrayOrIntOrNullType : msg::kArrayOrIntType, zend_zval_type_name(arg));
    return false;
}

} // namespace

// strpos(string $haystack, string $needle, int $offset = 0): int|false
// https://www.php.net/manual/en/function.strpos.php
PHP_FUNCTION(strpos) { find_first(execute_data, return_value, false); }

// stripos(string $haystack, string $needle, int $offset = 0): int|false
// https://www.php.net/manual/en/function.stripos.php
PHP_FUNCTION(stripos) { find_first(execute_data, return_value, true); }

// strrpos(string $haystack, string $needle, int $offset = 0): int|false
// https://www.php.net/manual/en/function.strrpos.php
PHP_FUNCTION(strrpos) { find_last(execute_data, return_value, false); }

// strripos(string $haystack, string $needle, int $offset = 0): int|false
// https://www.php.net/manual/en/function.strripos.php
PHP_FUNCTION(strripos) { find_last(execute_data, return_value, true); }

// str_contains(string $haystack, string $needle): bool
// https://www.php.net/manual/en/function.str-contains.php
PHP_FUNCTION(str_contains)
{
    zend_string* haystack;
    zend_string* needle;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS", &haystack, &needle) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(standard::memnstr(ZSTR_VAL(haystack), ZSTR_VAL(needle), ZSTR_LEN(needle),
                                  ZSTR_VAL(haystack) + ZSTR_LEN(haystack)) != nullptr);
}

// str_starts_with(string $haystack, string $needle): bool
// https://www.php.net/manual/en/function.str-starts-with.php
PHP_FUNCTION(str_starts_with)
{
    zend_string* haystack;
    zend_string* needle;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS", &haystack, &needle) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(ZSTR_LEN(needle) <= ZSTR_LEN(haystack)
                && std::memcmp(ZSTR_VAL(haystack), ZSTR_VAL(needle), ZSTR_LEN(needle)) == 0);
}

// str_ends_with(string $haystack, string $needle): bool
// https://www.php.net/manual/en/function.str-ends-with.php
PHP_FUNCTION(str_ends_with)
{
    zend_string* haystack;
    zend_string* needle;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS", &haystack, &needle) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(ZSTR_LEN(needle) <= ZSTR_LEN(haystack)
                && std::memcmp(ZSTR_VAL(haystack) + ZSTR_LEN(haystack) - ZSTR_LEN(needle), ZSTR_VAL(needle),
                               ZSTR_LEN(needle)) == 0);
}

// strstr(string $haystack, string $needle, bool $before_needle = false): string|false (alias strchr)
// https://www.php.net/manual/en/function.strstr.php
PHP_FUNCTION(strstr) { find_substring(execute_data, return_value, false); }

// stristr(string $haystack, string $needle, bool $before_needle = false): string|false
// https://www.php.net/manual/en/function.stristr.php
PHP_FUNCTION(stristr) { find_substring(execute_data, return_value, true); }

// strrchr(string $haystack, string $needle): string|false
// https://www.php.net/manual/en/function.strrchr.php
// Only the needle's first byte counts (NUL for an empty needle).
PHP_FUNCTION(strrchr)
{
    zend_string* haystack;
    zend_string* needle;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS", &haystack, &needle) == FAILURE)
        RETURN_THROWS();
    char c = ZSTR_VAL(needle)[0];
    for (size_t i = ZSTR_LEN(haystack); i > 0; --i) {
        if (ZSTR_VAL(haystack)[i - 1] == c)
            RETURN_STRINGL(ZSTR_VAL(haystack) + i - 1, ZSTR_LEN(haystack) - i + 1);
    }
    RETURN_FALSE;
}

// strpbrk(string $string, string $characters): string|false
// https://www.php.net/manual/en/function.strpbrk.php
PHP_FUNCTION(strpbrk)
{
    zend_string* haystack;
    zend_string* characters;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS", &haystack, &characters) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(characters) == 0) {
        zend_argument_value_error(2, "%s", msg::kMustBeNonEmptyString);
        RETURN_THROWS();
    }
    for (size_t i = 0; i < ZSTR_LEN(haystack); ++i) {
        if (std::memchr(ZSTR_VAL(characters), ZSTR_VAL(haystack)[i], ZSTR_LEN(characters)))
            RETURN_STRINGL(ZSTR_VAL(haystack) + i, ZSTR_LEN(haystack) - i);
    }
    RETURN_FALSE;
}

// substr_count(string $haystack, string $needle, int $offset = 0, ?int $length = null): int
// https://www.php.net/manual/en/function.substr-count.php
// Occurrences do not overlap.
PHP_FUNCTION(substr_count)
{
    zend_string* haystack;
    zend_string* needle;
    zend_long offset = 0;
    zend_long length = 0;
    bool length_is_null = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|ll!", &haystack, &needle, &offset, &length, &length_is_null)
        == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(needle) == 0) {
        zend_argument_value_error(2, "%s", msg::kCannotBeEmpty);
        RETURN_THROWS();
    }
    zend_long size = static_cast<zend_long>(ZSTR_LEN(haystack));
    if (offset < 0)
        offset += size;
    if (offset < 0 || offset > size) {
        zend_argument_value_error(3, "%s", msg::kOffsetNotContained);
        RETURN_THROWS();
    }
    size -= offset;
    if (!length_is_null) {
        if (length < 0)
            length += size;
        if (length < 0 || length > size) {
            zend_argument_value_error(4, "%s", msg::kOffsetNotContained);
            RETURN_THROWS();
        }
    } else {
        length = size;
    }
    const char* p = ZSTR_VAL(haystack) + offset;
    const char* end = p + length;
    zend_long count = 0;
    while ((p = standard::memnstr(p, ZSTR_VAL(needle), ZSTR_LEN(needle), end))) {
        p += ZSTR_LEN(needle);
        ++count;
    }
    RETURN_LONG(count);
}

// strspn(string $string, string $characters, int $offset = 0, ?int $length = null): int
// https://www.php.net/manual/en/function.strspn.php
PHP_FUNCTION(strspn) { span(execute_data, return_value, true); }

// strcspn(string $string, string $characters, int $offset = 0, ?int $length = null): int
// https://www.php.net/manual/en/function.strcspn.php
PHP_FUNCTION(strcspn) { span(execute_data, return_value, false); }

namespace {

// strtok's string and where the next token starts (PHP keeps them per request).
// FIXME(context): process-wide, like the mt_rand state; released at request end.
struct TokenizerState {
    zend_string* string = nullptr;
    size_t position = 0;
};

TokenizerState tokenizer;

} // namespace

void standard_string_request_shutdown()
{
    if (tokenizer.string)
        zend_string_release(tokenizer.string);
    tokenizer = TokenizerState {};
}

// strtok(string $string, ?string $token = null): string|false
// https://www.php.net/manual/en/function.strtok.php
// strtok($string, $token) starts on a new string; strtok($token) goes on with it. Runs of delimiters
// are skipped, so no token is empty; false at the end.
PHP_FUNCTION(strtok)
{
    zend_string* first;
    zend_string* token = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|S!", &first, &token) == FAILURE)
        RETURN_THROWS();
    if (!token) {
        token = first;
    } else {
        if (tokenizer.string)
            zend_string_release(tokenizer.string);
        tokenizer.string = zend_string_copy(first);
        tokenizer.position = 0;
    }
    if (!tokenizer.string)
        RETURN_FALSE;
    const char* text = ZSTR_VAL(tokenizer.string);
    size_t length = ZSTR_LEN(tokenizer.string);
    size_t p = tokenizer.position;
    if (p >= length)
        RETURN_FALSE;
    bool delimiter[256] = {};
    for (size_t i = 0; i < ZSTR_LEN(token); ++i)
        delimiter[static_cast<unsigned char>(ZSTR_VAL(token)[i])] = true;
    while (delimiter[static_cast<unsigned char>(text[p])]) {
        if (++p >= length) {
            standard_string_request_shutdown();
            RETURN_FALSE;
        }
    }
    size_t start = p;
    while (++p < length && !delimiter[static_cast<unsigned char>(text[p])]) {
    }
    RETVAL_STRINGL(text + start, p - start);
    tokenizer.position = p + 1;
}

// str_replace(array|string $search, array|string $replace, string|array $subject, &$count = null): string|array
// https://www.php.net/manual/en/function.str-replace.php
PHP_FUNCTION(str_replace) { replace_common(execute_data, return_value, false); }

// str_ireplace(array|string $search, array|string $replace, string|array $subject, &$count = null): string|array
// https://www.php.net/manual/en/function.str-ireplace.php
PHP_FUNCTION(str_ireplace) { replace_common(execute_data, return_value, true); }

// strtr(string $string, string|array $from, ?string $to = null): string
// https://www.php.net/manual/en/function.strtr.php
// Three arguments map bytes (the longer list is cut to the shorter); two map strings (see
// translate_with_array; a single pair replaces left to right like str_replace).
PHP_FUNCTION(strtr)
{
    zend_string* input;
    zval* from_arg;
    char* to = nullptr;
    size_t to_length = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sz|s!", &input, &from_arg, &to, &to_length) == FAILURE)
        RETURN_THROWS();
    zval* from_zval = ZEND_CALL_ARG(execute_data, 2);
    ZVAL_DEREF(from_zval);
    HashTable* from_array;
    zend_string* from;
    if (!parse_array_or_string(from_zval, 2, &from_array, &from))
        RETURN_THROWS();
    if (!to && !from_array) {
        zend_argument_type_error(2, "%s", msg::kStrtrTwoArguments);
        RETURN_THROWS();
    }
    if (to && !from) {
        zend_argument_type_error(2, "%s", msg::kStrtrThreeArguments);
        RETURN_THROWS();
    }
    if (ZSTR_LEN(input) == 0)
        RETURN_EMPTY_STRING();
    if (!to) {
        uint32_t pairs = zend_hash_num_elements(from_array);
        if (pairs == 0)
            RETURN_STR_COPY(input);
        if (pairs > 1) {
            translate_with_array(return_value, input, from_array);
            return;
        }
        zend_hash_for_each(from_array, [&](zend_ulong index, zend_string* key, zval* value) {
            zend_string* search = key ? zend_string_copy(key) : zend_long_to_str(static_cast<zend_long>(index));
            ZVAL_DEREF(value);
            zend_string* tmp;
            zend_string* replacement = zval_get_tmp_string(value, &tmp);
            if (ZSTR_LEN(search) == 0) {
                php_error_docref(nullptr, E_WARNING, "%s", msg::kStrtrEmptyKey);
                RETVAL_STR_COPY(input);
            } else {
                zend_long ignored = 0;
                RETVAL_STR(replace_all(input, ZSTR_VAL(search), ZSTR_LEN(search), ZSTR_VAL(replacement),
                                       ZSTR_LEN(replacement), false, &ignored));
            }
            zend_tmp_string_release(tmp);
            zend_string_release(search);
        });
        return;
    }
    size_t pairs = ZSTR_LEN(from) < to_length ? ZSTR_LEN(from) : to_length;
    unsigned char map[256];
    for (int c = 0; c < 256; ++c)
        map[c] = static_cast<unsigned char>(c);
    for (size_t i = 0; i < pairs; ++i)
        map[static_cast<unsigned char>(ZSTR_VAL(from)[i])] = static_cast<unsigned char>(to[i]);
    zend_string* result = zend_string_init(ZSTR_VAL(input), ZSTR_LEN(input), false);
    for (size_t i = 0; i < ZSTR_LEN(result); ++i)
        ZSTR_VAL(result)[i] = static_cast<char>(map[static_cast<unsigned char>(ZSTR_VAL(result)[i])]);
    RETURN_STR(result);
}

// substr_replace(array|string $string, array|string $replace, array|int $offset,
//                array|int|null $length = null): string|array
// https://www.php.net/manual/en/function.substr-replace.php
// With an array of strings, array offsets/lengths/replacements are consumed one per string (missing
// ones mean 0, the whole length and "").
PHP_FUNCTION(substr_replace)
{
    zval* unused[4];
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zzz|z", &unused[0], &unused[1], &unused[2], &unused[3]) == FAILURE)
        RETURN_THROWS();
    zval* args[4];
    for (uint32_t i = 0; i < 4; ++i) {
        args[i] = i < ZEND_NUM_ARGS() ? ZEND_CALL_ARG(execute_data, i + 1) : nullptr;
        if (args[i])
            ZVAL_DEREF(args[i]);
    }
    HashTable* subject_array;
    zend_string* subject;
    HashTable* replace_array;
    zend_string* replace;
    HashTable* offset_array;
    zend_long offset = 0;
    HashTable* length_array = nullptr;
    zend_long length = 0;
    bool length_is_null = true;
    bool ignored;
    if (!parse_array_or_string(args[0], 1, &subject_array, &subject)
        || !parse_array_or_string(args[1], 2, &replace_array, &replace)
        || !parse_array_or_long(args[2], 3, false, &offset_array, &offset, &ignored)
        || (args[3] && !parse_array_or_long(args[3], 4, true, &length_array, &length, &length_is_null)))
        RETURN_THROWS();
    if (subject) {
        if (offset_array) {
            zend_argument_type_error(3, "%s", msg::kNotArrayForSingleString);
            RETURN_THROWS();
        }
        if (length_array) {
            zend_argument_type_error(4, "%s", msg::kNotArrayForSingleString);
            RETURN_THROWS();
        }
        if (length_is_null)
            length = static_cast<zend_long>(ZSTR_LEN(subject));
        zend_string* tmp = nullptr;
        zend_string* replacement = replace;
        if (replace_array) {
            uint32_t position = 0;
            zval* first = next_element(replace_array, &position);
            replacement = first ? zval_get_tmp_string(first, &tmp) : ZSTR_EMPTY_ALLOC();
        }
        RETVAL_STR(replace_part(subject, offset, length, ZSTR_VAL(replacement), ZSTR_LEN(replacement)));
        zend_tmp_string_release(tmp);
        return;
    }
    array_init(return_value);
    uint32_t offset_position = 0;
    uint32_t length_position = 0;
    uint32_t replace_position = 0;
    zend_hash_for_each(subject_array, [&](zend_ulong index, zend_string* key, zval* entry) {
        ZVAL_DEREF(entry);
        zend_string* text_tmp;
        zend_string* text = zval_get_tmp_string(entry, &text_tmp);
        bool found;
        zend_long from = offset_array ? next_long(offset_array, &offset_position, 0, &found) : offset;
        zend_long size = static_cast<zend_long>(ZSTR_LEN(text));
        zend_long count = length_array ? next_long(length_array, &length_position, size, &found)
                                       : (length_is_null ? size : length);
        zend_string* replacement_tmp = nullptr;
        zend_string* replacement = replace;
        if (replace_array) {
            zval* value = next_element(replace_array, &replace_position);
            replacement = value ? zval_get_tmp_string(value, &replacement_tmp) : ZSTR_EMPTY_ALLOC();
        }
        zval result;
        ZVAL_STR(&result, replace_part(text, from, count, ZSTR_VAL(replacement), ZSTR_LEN(replacement)));
        zend_tmp_string_release(replacement_tmp);
        zend_tmp_string_release(text_tmp);
        if (key)
            zend_symtable_update(Z_ARRVAL_P(return_value), key, &result);
        else
            zend_hash_index_update(Z_ARRVAL_P(return_value), index, &result);
    });
}

namespace {

const char* const arginfo_position[] = {"haystack", "needle", "offset", nullptr};
const char* const arginfo_haystack_needle[] = {"haystack", "needle", nullptr};
const char* const arginfo_strstr[] = {"haystack", "needle", "before_needle", nullptr};
const char* const arginfo_strpbrk[] = {"string", "characters", nullptr};
const char* const arginfo_substr_count[] = {"haystack", "needle", "offset", "length", nullptr};
const char* const arginfo_span[] = {"string", "characters", "offset", "length", nullptr};
const char* const arginfo_str_replace[] = {"search", "replace", "subject", "&count", nullptr};
const char* const arginfo_strtr[] = {"string", "from", "to", nullptr};
const char* const arginfo_strtok[] = {"string", "token", nullptr};
const char* const arginfo_substr_replace[] = {"string", "replace", "offset", "length", nullptr};

} // namespace

const zend_function_entry standard_string_search_functions[] = {
    PHP_FE(strpos, arginfo_position)
    PHP_FE(stripos, arginfo_position)
    PHP_FE(strrpos, arginfo_position)
    PHP_FE(strripos, arginfo_position)
    PHP_FE(str_contains, arginfo_haystack_needle)
    PHP_FE(str_starts_with, arginfo_haystack_needle)
    PHP_FE(str_ends_with, arginfo_haystack_needle)
    PHP_FE(strstr, arginfo_strstr)
    PHP_FALIAS(strchr, strstr, arginfo_strstr)
    PHP_FE(stristr, arginfo_strstr)
    PHP_FE(strrchr, arginfo_haystack_needle)
    PHP_FE(strpbrk, arginfo_strpbrk)
    PHP_FE(substr_count, arginfo_substr_count)
    PHP_FE(strspn, arginfo_span)
    PHP_FE(strcspn, arginfo_span)
    PHP_FE(strtok, arginfo_strtok)
    PHP_FE(str_replace, arginfo_str_replace)
    PHP_FE(str_ireplace, arginfo_str_replace)
    PHP_FE(strtr, arginfo_strtr)
    PHP_FE(substr_replace, arginfo_substr_replace)
    PHP_FE_END
};

// preg_replace, preg_filter, preg_replace_callback and preg_replace_callback_array.
//
// Each takes string|array for the pattern and the subject (and, for preg_replace, the replacement). An
// array of patterns is applied in order, each to the previous one's result; an array of replacements is
// read alongside it (missing ones are ""). An array subject gives an array of results with its keys.
//
// A replacement string refers to groups as \n, $n or ${n} (n up to two digits); a backslash before \ or $
// makes it literal. A group that did not take part, or does not exist, gives "". The scan is PHP's own,
// including its quirk that only a literally copied byte counts as "the previous character" for escapes.
//
// The limit counts replacements per pattern and subject (-1, or any negative value, for no limit); the
// empty-match rule is preg_match_all's (see pcre_match.cpp).
#include "engine/operators/string_builder.h"
#include "ext/pcre/pcre_internal.h"
#include "ext/pcre/pcre_messages.h"

namespace miniphp::pcre {

namespace {

// A string|array parameter, after PHP's coercions: one of the two is set.
struct StringOrArray {
    zend_string* string = nullptr;
    HashTable* array = nullptr;
};

// Reads argument `n` (`value` as zend_parse_parameters' "z" gave it) as string|array. False after the
// TypeError.
bool parse_string_or_array(uint32_t n, zval* value, StringOrArray* out)
{
    switch (Z_TYPE_P(value)) {
    case IS_ARRAY: out->array = Z_ARRVAL_P(value); return true;
    case IS_STRING: out->string = Z_STR_P(value); return true;
    case IS_NULL: {
        const char* name = get_active_function_arg_name(n);
        zend_error(E_DEPRECATED, messages::kPassingNull, get_active_function_name(), n, name ? name : "",
                   messages::kStringOrArray);
        out->string = ZSTR_EMPTY_ALLOC();
        return true;
    }
    case IS_LONG:
    case IS_DOUBLE:
    case IS_TRUE:
    case IS_FALSE:
        // Converted in place in the caller-built frame, as zend_parse_parameters does for "S".
        convert_to_string(value);
        out->string = Z_STR_P(value);
        return true;
    default:
        // FIXME: objects with __toString are accepted by PHP; they wait for the object model.
        zend_wrong_parameter_type_error(n, messages::kStringOrArray, value);
        return false;
    }
}

// Reads a group reference at `*walk` (which is at a '\' or '$'): \n, $n, ${n}, n up to two digits.
// On success moves *walk past it. The replacement is NUL-terminated, so looking one byte ahead is safe.
bool read_group_reference(const char** walk, int* group)
{
    const char* p = *walk;
    if (p[1] == '\0')
        return false;
    bool in_brace = false;
    if (*p == '$' && p[1] == '{') {
        in_brace = true;
        ++p;
    }
    ++p;
    if (*p < '0' || *p > '9')
        return false;
    *group = *p++ - '0';
    if (*p >= '0' && *p <= '9')
        *group = *group * 10 + (*p++ - '0');
    if (in_brace) {
        if (*p != '}')
            return false;
        ++p;
    }
    *walk = p;
    return true;
}

// Appends `replacement` for one match, with its group references filled in.
void append_replacement(smart_str* out, zend_string* replacement, const char* subject, const PCRE2_SIZE* offsets,
                        int count)
{
    const char* walk = ZSTR_VAL(replacement);
    const char* end = walk + ZSTR_LEN(replacement);
    char previous = 0;
    while (walk < end) {
        if (*walk == '\\' || *walk == '$') {
            if (previous == '\\') {
                // "\\" and "\$": the escaped byte replaces the backslash already written.
                ZSTR_VAL(out->s)[ZSTR_LEN(out->s) - 1] = *walk++;
                previous = 0;
                continue;
            }
            int group;
            if (read_group_reference(&walk, &group)) {
                if (group < count && offsets[2 * group] != PCRE2_UNSET)
                    smart_str_appendl(out, subject + offsets[2 * group], offsets[2 * group + 1] - offsets[2 * group]);
                continue;
            }
        }
        smart_str_appendc(out, *walk);
        previous = *walk++;
    }
}

// Where one match's replacement comes from: a replacement string, or a callback given the groups.
struct Replacer {
    zend_string* replacement = nullptr;
    zend_fcall_info* fci = nullptr;
    zend_fcall_info_cache* fcc = nullptr;
    zend_string** names = nullptr;
    uint32_t group_count = 0;
    zend_long flags = 0;
};

// Calls the callback with the match's group array and appends what it returns (as a string); the matched
// text itself when the call fails.
void append_callback_result(smart_str* out, const Replacer& replacer, const char* subject, const PCRE2_SIZE* offsets,
                            int count, PCRE2_SPTR mark)
{
    zval groups;
    array_init(&groups);
    populate_groups(&groups, subject, offsets, replacer.names, replacer.group_count, count, mark, replacer.flags);
    zval result;
    ZVAL_UNDEF(&result);
    replacer.fci->retval = &result;
    replacer.fci->params = &groups;
    replacer.fci->param_count = 1;
    if (zend_call_function(replacer.fci, replacer.fcc) == SUCCESS && !Z_ISUNDEF(result)) {
        zend_string* text = zval_get_string(&result);
        smart_str_append(out, text);
        zend_string_release(text);
        zval_ptr_dtor(&result);
    } else {
        zend_error(E_WARNING, messages::kCallbackFailed, get_active_function_name());
        smart_str_appendl(out, subject + offsets[0], offsets[1] - offsets[0]);
    }
    zval_ptr_dtor(&groups);
}

// One pattern over one subject (php_pcre_replace_impl and php_pcre_replace_func_impl). Returns the new
// string (the subject itself, with a new count, when nothing matched), or null after a match error.
zend_string* replace_impl(Pattern* pattern, zend_string* subject_string, const Replacer& replacer, size_t limit,
                          size_t* replace_count)
{
    const char* subject = ZSTR_VAL(subject_string);
    size_t subject_length = ZSTR_LEN(subject_string);
    State* s = state();
    bool callback = replacer.fci != nullptr;
    uint32_t group_count = pattern->capture_count + 1;

    s->error_code = kNoError;
    // The callback may run preg_* functions itself, so it must not share our match data.
    pcre2_match_data* data = acquire_match_data(pattern, callback);
    if (!data)
        return nullptr;

    smart_str result {};
    bool replaced = false;
    size_t last_end = 0;
    size_t offset = 0;
    bool failed = false;
    uint32_t options = (pattern->compile_options & PCRE2_UTF) ? 0 : PCRE2_NO_UTF_CHECK;
    int count = run_match(pattern, subject, subject_length, 0, options, data);
    for (;;) {
        bool finish = false;
        if (count >= 0 && limit > 0) {
            for (;;) {
                if (count == 0)
                    count = static_cast<int>(group_count);
                PCRE2_SIZE* offsets = pcre2_get_ovector_pointer(data);
                if (offsets[1] < offsets[0]) {
                    // \K in a lookahead can end a match before its start.
                    s->error_code = kInternalError;
                    failed = true;
                    break;
                }
                ++*replace_count;
                replaced = true;
                smart_str_appendl(&result, subject + last_end, offsets[0] - last_end);
                if (callback)
                    append_callback_result(&result, replacer, subject, offsets, count, pcre2_get_mark(data));
                else
                    append_replacement(&result, replacer.replacement, subject, offsets, count);
                --limit;
                offset = last_end = offsets[1];
                if (offset != offsets[0])
                    break;
                // An empty match: try a non-empty one at the same place before moving on.
                count = pcre2_match(pattern->code, reinterpret_cast<PCRE2_SPTR>(subject), subject_length, offset,
                                    PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED, data, s->match);
                if (count >= 0 && limit > 0)
                    continue;
                if (count == PCRE2_ERROR_NOMATCH || limit == 0) {
                    if (offset < subject_length)
                        offset += unit_length(pattern, subject + offset);
                    else
                        finish = true;
                } else {
                    set_match_error(count);
                    failed = true;
                }
                break;
            }
        } else if (count == PCRE2_ERROR_NOMATCH || limit == 0) {
            finish = true;
        } else {
            set_match_error(count);
            failed = true;
        }
        if (failed || finish)
            break;
        count = run_match(pattern, subject, subject_length, offset, PCRE2_NO_UTF_CHECK, data);
    }
    release_match_data(data, callback);

    if (failed) {
        smart_str_free(&result);
        return nullptr;
    }
    if (!replaced)
        return zend_string_copy(subject_string);
    smart_str_appendl(&result, subject + last_end, subject_length - last_end);
    return smart_str_extract(&result);
}

// Compiles `regex` and replaces in `subject`. Null after a warning or a match error.
zend_string* replace_one(zend_string* regex, zend_string* subject, Replacer replacer, size_t limit,
                         size_t* replace_count)
{
    Pattern* pattern = get_pattern(regex);
    if (!pattern)
        return nullptr;
    pin(pattern);
    if (replacer.fci)
        replacer.names = make_group_names(pattern);
    replacer.group_count = pattern->capture_count + 1;
    zend_string* result = replace_impl(pattern, subject, replacer, limit, replace_count);
    free_group_names(replacer.names, replacer.group_count);
    unpin(pattern);
    return result;
}

// The value at the next used position of `ht` from *position on, or null at the end.
zval* next_value(HashTable* ht, uint32_t* position)
{
    *position = zend_hash_skip_holes(ht, *position);
    if (*position >= ht->nNumUsed)
        return nullptr;
    return zend_hash_position_value(ht, (*position)++);
}

// Every pattern over one subject, each on the previous result. Returns an owned string or null.
zend_string* replace_in_subject(const StringOrArray& regex, const StringOrArray& replacement, const Replacer& base,
                                zend_string* subject, size_t limit, size_t* replace_count)
{
    if (regex.string) {
        Replacer replacer = base;
        replacer.replacement = replacement.string;
        return replace_one(regex.string, subject, replacer, limit, replace_count);
    }
    zend_string* current = zend_string_copy(subject);
    uint32_t position = 0;
    bool stopped = false;
    zend_hash_for_each(regex.array, [&](zend_ulong, zend_string*, zval* entry) {
        if (stopped)
            return;
        ZVAL_DEREF(entry);
        zend_string* regex_temporary = nullptr;
        zend_string* regex_string = zval_get_tmp_string(entry, &regex_temporary);
        Replacer replacer = base;
        zend_string* replacement_temporary = nullptr;
        if (replacement.array) {
            zval* value = next_value(replacement.array, &position);
            if (value) {
                ZVAL_DEREF(value);
                replacer.replacement = zval_get_tmp_string(value, &replacement_temporary);
            } else {
                replacer.replacement = ZSTR_EMPTY_ALLOC();
            }
        } else {
            replacer.replacement = replacement.string;
        }
        zend_string* result = replace_one(regex_string, current, replacer, limit, replace_count);
        zend_tmp_string_release(replacement_temporary);
        zend_tmp_string_release(regex_temporary);
        zend_string_release(current);
        current = result;
        stopped = result == nullptr;
    });
    return current;
}

// preg_replace, preg_filter and preg_replace_callback over a string or array subject. A filter keeps only
// the subjects where something was replaced. Returns the number of replacements.
size_t replace_subjects(zval* return_value, const StringOrArray& regex, const StringOrArray& replacement,
                        const Replacer& replacer, const StringOrArray& subject, zend_long limit_value, bool filter)
{
    size_t limit = static_cast<size_t>(limit_value);
    size_t replace_count = 0;
    if (subject.string) {
        zend_string* result = replace_in_subject(regex, replacement, replacer, subject.string, limit, &replace_count);
        if (!result) {
            RETVAL_NULL();
        } else if (filter && replace_count == 0) {
            zend_string_release(result);
            RETVAL_NULL();
        } else {
            RETVAL_STR(result);
        }
        return replace_count;
    }
    array_init_size(return_value, zend_hash_num_elements(subject.array));
    zend_hash_for_each(subject.array, [&](zend_ulong index, zend_string* key, zval* entry) {
        size_t count_before = replace_count;
        ZVAL_DEREF(entry);
        zend_string* temporary = nullptr;
        zend_string* text = zval_get_tmp_string(entry, &temporary);
        zend_string* result = replace_in_subject(regex, replacement, replacer, text, limit, &replace_count);
        zend_tmp_string_release(temporary);
        if (!result)
            return;
        if (filter && replace_count == count_before) {
            zend_string_release(result);
            return;
        }
        zval value;
        ZVAL_STR(&value, result);
        if (key)
            zend_hash_add_new(Z_ARRVAL_P(return_value), key, &value);
        else
            zend_hash_index_add_new(Z_ARRVAL_P(return_value), index, &value);
    });
    return replace_count;
}

void assign_count(zval* count_argument, size_t count)
{
    zval value;
    ZVAL_LONG(&value, static_cast<zend_long>(count));
    assign_reference(count_argument, &value);
}

void replace_common(zend_execute_data* execute_data, zval* return_value, bool filter)
{
    zval* regex_value;
    zval* replacement_value;
    zval* subject_value;
    zend_long limit = -1;
    zval* count = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zzz|lz", &regex_value, &replacement_value, &subject_value, &limit,
                              &count)
        == FAILURE)
        RETURN_THROWS();
    StringOrArray regex;
    StringOrArray replacement;
    StringOrArray subject;
    if (!parse_string_or_array(1, regex_value, &regex) || !parse_string_or_array(2, replacement_value, &replacement)
        || !parse_string_or_array(3, subject_value, &subject))
        RETURN_THROWS();
    if (replacement.array && !regex.array) {
        zend_argument_type_error(1, "%s", messages::kPatternMustBeArray);
        RETURN_THROWS();
    }
    size_t replaced = replace_subjects(return_value, regex, replacement, Replacer {}, subject, limit, filter);
    if (ZEND_NUM_ARGS() >= 5)
        assign_count(ZEND_ARG(5), replaced);
}

} // namespace

} // namespace miniphp::pcre

using namespace miniphp::pcre;

// preg_replace(string|array $pattern, string|array $replacement, string|array $subject, int $limit = -1,
//              &$count = null): string|array|null
// https://www.php.net/manual/en/function.preg-replace.php
PHP_FUNCTION(preg_replace)
{
    replace_common(execute_data, return_value, false);
}

// preg_filter(...): preg_replace that keeps only the subjects where something was replaced.
// https://www.php.net/manual/en/function.preg-filter.php
PHP_FUNCTION(preg_filter)
{
    replace_common(execute_data, return_value, true);
}

// preg_replace_callback(string|array $pattern, callable $callback, string|array $subject, int $limit = -1,
//                       &$count = null, int $flags = 0): string|array|null
// https://www.php.net/manual/en/function.preg-replace-callback.php
PHP_FUNCTION(preg_replace_callback)
{
    zval* regex_value;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval* subject_value;
    zend_long limit = -1;
    zval* count = nullptr;
    zend_long flags = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zfz|lzl", &regex_value, &fci, &fcc, &subject_value, &limit, &count,
                              &flags)
        == FAILURE)
        RETURN_THROWS();
    StringOrArray regex;
    StringOrArray subject;
    if (!parse_string_or_array(1, regex_value, &regex) || !parse_string_or_array(3, subject_value, &subject))
        RETURN_THROWS();
    Replacer replacer;
    replacer.fci = &fci;
    replacer.fcc = &fcc;
    replacer.flags = flags;
    size_t replaced = replace_subjects(return_value, regex, StringOrArray {}, replacer, subject, limit, false);
    if (ZEND_NUM_ARGS() >= 5)
        assign_count(ZEND_ARG(5), replaced);
}

// preg_replace_callback_array(array $pattern, string|array $subject, int $limit = -1, &$count = null,
//                             int $flags = 0): string|array|null
// https://www.php.net/manual/en/function.preg-replace-callback-array.php
PHP_FUNCTION(preg_replace_callback_array)
{
    HashTable* patterns;
    zval* subject_value;
    zend_long limit = -1;
    zval* count = nullptr;
    zend_long flags = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "hz|lzl", &patterns, &subject_value, &limit, &count, &flags) == FAILURE)
        RETURN_THROWS();
    StringOrArray subject;
    if (!parse_string_or_array(2, subject_value, &subject))
        RETURN_THROWS();

    // Each pattern's result is the next one's subject; `current` owns it.
    zval current;
    if (subject.array)
        ZVAL_COPY(&current, subject_value); // keeps the flags of a shared immutable array
    else
        ZVAL_STR_COPY(&current, subject.string);
    size_t replaced = 0;
    bool failed = false;
    zend_hash_for_each(patterns, [&](zend_ulong, zend_string* regex_string, zval* callback) {
        if (failed)
            return;
        zend_fcall_info fci;
        zend_fcall_info_cache fcc;
        if (zend_fcall_info_init(callback, 0, &fci, &fcc, nullptr, nullptr) == FAILURE) {
            zend_argument_type_error(1, "must contain only valid callbacks");
            failed = true;
            return;
        }
        if (!regex_string) {
            zend_argument_type_error(1, "must contain only string patterns as keys");
            failed = true;
            return;
        }
        StringOrArray regex;
        regex.string = regex_string;
        StringOrArray step_subject;
        if (Z_TYPE(current) == IS_ARRAY)
            step_subject.array = Z_ARRVAL(current);
        else
            step_subject.string = Z_STR(current);
        Replacer replacer;
        replacer.fci = &fci;
        replacer.fcc = &fcc;
        replacer.flags = flags;
        zval result;
        replaced += replace_subjects(&result, regex, StringOrArray {}, replacer, step_subject, limit, false);
        zval_ptr_dtor(&current);
        ZVAL_COPY_VALUE(&current, &result);
        if (Z_TYPE(current) == IS_NULL)
            failed = true;
    });
    if (failed) {
        zval_ptr_dtor(&current);
        RETURN_NULL();
    }
    if (ZEND_NUM_ARGS() >= 4)
        assign_count(ZEND_ARG(4), replaced);
    ZVAL_COPY_VALUE(return_value, &current);
}

// preg_match and preg_match_all, and the result arrays every function that reports groups builds (also
// preg_replace_callback's argument).
//
// A group array holds each group by number, and named groups also by name just before their number; groups
// after the last one that took part in the match are left out, unless PREG_UNMATCHED_AS_NULL asks for them
// as nulls. PREG_OFFSET_CAPTURE turns each value into [text, byte offset] ([ "", -1 ] or [null, -1] when
// unmatched). A (*MARK:name) reached by the match adds a "MARK" entry.
//
// After an empty match, a global search tries again at the same place with PCRE2_NOTEMPTY_ATSTART |
// PCRE2_ANCHORED (Perl's /g rule), and only when that fails moves on one character: one byte, or one
// UTF-8 sequence in /u mode.
#include "ext/pcre/pcre_internal.h"
#include "ext/pcre/pcre_messages.h"

namespace miniphp::pcre {

namespace {

void set_substring(zval* value, const char* subject, PCRE2_SIZE start, PCRE2_SIZE end)
{
    size_t length = end - start;
    if (length == 0)
        ZVAL_EMPTY_STRING(value);
    else if (length == 1)
        ZVAL_CHAR(value, subject[start]);
    else
        ZVAL_STRINGL(value, subject + start, length);
}

} // namespace

void set_match_value(zval* value, const char* subject, PCRE2_SIZE start, PCRE2_SIZE end, bool unmatched_as_null)
{
    if (start == PCRE2_UNSET) {
        if (unmatched_as_null)
            ZVAL_NULL(value);
        else
            ZVAL_EMPTY_STRING(value);
        return;
    }
    set_substring(value, subject, start, end);
}

// With DUPNAMES several groups share a name: the one that matched keeps it.
void add_named(zval* array, zend_string* name, zval* value, bool unmatched)
{
    if (!unmatched) {
        zend_hash_update(Z_ARRVAL_P(array), name, value);
    } else if (!zend_hash_add(Z_ARRVAL_P(array), name, value)) {
        return;
    }
    Z_TRY_ADDREF_P(value);
}

void add_offset_pair(zval* array, const char* subject, PCRE2_SIZE start, PCRE2_SIZE end, zend_string* name,
                     bool unmatched_as_null)
{
    zval pair;
    zval text;
    array_init_size(&pair, 2);
    if (start == PCRE2_UNSET) {
        if (unmatched_as_null)
            ZVAL_NULL(&text);
        else
            ZVAL_EMPTY_STRING(&text);
        add_next_index_zval(&pair, &text);
        add_next_index_long(&pair, -1);
    } else {
        set_substring(&text, subject, start, end);
        add_next_index_zval(&pair, &text);
        add_next_index_long(&pair, static_cast<zend_long>(start));
    }
    if (name)
        add_named(array, name, &pair, start == PCRE2_UNSET);
    zend_hash_next_index_insert(Z_ARRVAL_P(array), &pair);
}

void populate_groups(zval* array, const char* subject, const PCRE2_SIZE* offsets, zend_string** names,
                     uint32_t group_count, int count, PCRE2_SPTR mark, zend_long flags)
{
    bool offset_capture = (flags & kOffsetCapture) != 0;
    bool unmatched_as_null = (flags & kUnmatchedAsNull) != 0;
    uint32_t matched = static_cast<uint32_t>(count);
    // Unmatched groups after the last matched one appear only as nulls.
    uint32_t last = unmatched_as_null ? group_count : matched;
    for (uint32_t i = 0; i < last; ++i) {
        PCRE2_SIZE start = i < matched ? offsets[2 * i] : PCRE2_UNSET;
        PCRE2_SIZE end = i < matched ? offsets[2 * i + 1] : PCRE2_UNSET;
        zend_string* name = names ? names[i] : nullptr;
        if (offset_capture) {
            add_offset_pair(array, subject, start, end, name, unmatched_as_null);
            continue;
        }
        zval value;
        set_match_value(&value, subject, start, end, unmatched_as_null);
        if (name) {
            if (i < matched)
                add_named(array, name, &value, start == PCRE2_UNSET);
            else if (zend_hash_add(Z_ARRVAL_P(array), name, &value))
                Z_TRY_ADDREF(value);
        }
        zend_hash_next_index_insert(Z_ARRVAL_P(array), &value);
    }
    if (mark)
        add_assoc_string(array, "MARK", reinterpret_cast<const char*>(mark));
}

namespace {

// The shared body of preg_match (global = false) and preg_match_all (global = true), after the pattern is
// compiled: php_pcre_match_impl's behaviour, step for step where the step shows.
void match_impl(Pattern* pattern, zend_string* subject_string, zval* return_value, zval* matches_argument,
                bool global, bool use_flags, zend_long flags, zend_long start_offset)
{
    const char* subject = ZSTR_VAL(subject_string);
    size_t subject_length = ZSTR_LEN(subject_string);
    State* s = state();

    zval* matches = nullptr;
    if (matches_argument) {
        zval empty;
        array_init(&empty);
        assign_reference(matches_argument, &empty);
        matches = reference_target(matches_argument);
    }

    zend_long order = global ? kPatternOrder : 0;
    bool offset_capture = false;
    bool unmatched_as_null = false;
    if (use_flags) {
        offset_capture = (flags & kOffsetCapture) != 0;
        unmatched_as_null = (flags & kUnmatchedAsNull) != 0;
        if (flags & 0xff)
            order = flags & 0xff;
        if ((global && (order < kPatternOrder || order > kSetOrder)) || (!global && order != 0)) {
            zend_argument_value_error(4, "%s", messages::kFlagsNotPregConstant);
            RETURN_THROWS();
        }
    }

    // A negative offset counts from the end (and is clamped to the start).
    PCRE2_SIZE offset;
    if (start_offset < 0)
        offset = static_cast<PCRE2_SIZE>(-start_offset) <= subject_length ? subject_length + start_offset : 0;
    else
        offset = static_cast<PCRE2_SIZE>(start_offset);
    if (offset > subject_length) {
        set_match_error(PCRE2_ERROR_BADOFFSET);
        RETURN_FALSE;
    }

    uint32_t group_count = pattern->capture_count + 1;
    zend_string** names = matches ? make_group_names(pattern) : nullptr;

    // PREG_PATTERN_ORDER collects one array per group, put into $matches at the end.
    zval* group_sets = nullptr;
    if (global && matches && order == kPatternOrder) {
        group_sets = static_cast<zval*>(safe_emalloc(group_count, sizeof(zval), 0));
        for (uint32_t i = 0; i < group_count; ++i)
            array_init(&group_sets[i]);
    }
    zval marks;
    ZVAL_UNDEF(&marks);

    s->error_code = kNoError;
    pcre2_match_data* data = acquire_match_data(pattern, false);
    if (!data) {
        free_group_names(names, group_count);
        if (group_sets) {
            for (uint32_t i = 0; i < group_count; ++i)
                zval_ptr_dtor(&group_sets[i]);
            efree(group_sets);
        }
        RETURN_FALSE;
    }

    zend_long matched = 0;
    bool failed_groups = false;
    uint32_t options = (pattern->compile_options & PCRE2_UTF) ? 0 : PCRE2_NO_UTF_CHECK;
    int count = run_match(pattern, subject, subject_length, offset, options, data);
    for (;;) {
        if (count == PCRE2_ERROR_NOMATCH)
            break;
        if (count < 0) {
            set_match_error(count);
            break;
        }
        // A match, or (count still >= 0) its retry after an empty match: record it.
        bool stop = false;
        for (;;) {
            if (count == 0) {
                // PCRE2 had no room for every group (cannot happen with blocks sized from the pattern).
                count = static_cast<int>(group_count);
            }
            ++matched;
            PCRE2_SIZE* offsets = pcre2_get_ovector_pointer(data);
            if (matches && offsets[1] < offsets[0]) {
                // \K in a lookahead can end a match before its start: PHP gives up on the groups.
                failed_groups = true;
                stop = true;
                break;
            }
            if (matches) {
                if (global && order == kPatternOrder) {
                    uint32_t i = 0;
                    for (; i < static_cast<uint32_t>(count); ++i) {
                        if (offset_capture) {
                            add_offset_pair(&group_sets[i], subject, offsets[2 * i], offsets[2 * i + 1], nullptr,
                                            unmatched_as_null);
                        } else {
                            zval value;
                            set_match_value(&value, subject, offsets[2 * i], offsets[2 * i + 1], unmatched_as_null);
                            zend_hash_next_index_insert(Z_ARRVAL(group_sets[i]), &value);
                        }
                    }
                    if (PCRE2_SPTR mark = pcre2_get_mark(data)) {
                        if (Z_ISUNDEF(marks))
                            array_init(&marks);
                        add_index_string(&marks, static_cast<zend_ulong>(matched - 1),
                                         reinterpret_cast<const char*>(mark));
                    }
                    // Groups after the last matched one still get an entry in every set.
                    for (; i < group_count; ++i) {
                        if (offset_capture)
                            add_offset_pair(&group_sets[i], nullptr, PCRE2_UNSET, PCRE2_UNSET, nullptr,
                                            unmatched_as_null);
                        else if (unmatched_as_null)
                            add_next_index_null(&group_sets[i]);
                        else
                            add_next_index_str(&group_sets[i], ZSTR_EMPTY_ALLOC());
                    }
                } else if (global) {
                    zval set;
                    array_init(&set);
                    populate_groups(&set, subject, offsets, names, group_count, count, pcre2_get_mark(data), flags);
                    zend_hash_next_index_insert(Z_ARRVAL_P(matches), &set);
                } else {
                    populate_groups(matches, subject, offsets, names, group_count, count, pcre2_get_mark(data),
                                    flags);
                    stop = true;
                    break;
                }
            }

            offset = offsets[1];
            if (offset != offsets[0])
                break;
            // An empty match: try a non-empty one at the same place before moving on.
            count = pcre2_match(pattern->code, reinterpret_cast<PCRE2_SPTR>(subject), subject_length, offset,
                                PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED, data, s->match);
            if (count >= 0) {
                if (!global) {
                    stop = true;
                    break;
                }
                continue;
            }
            if (count != PCRE2_ERROR_NOMATCH) {
                set_match_error(count);
                stop = true;
                break;
            }
            if (offset >= subject_length) {
                stop = true;
                break;
            }
            offset += unit_length(pattern, subject + offset);
            break;
        }
        if (stop || !global)
            break;
        if (pattern->jit && offset > subject_length) {
            set_match_error(PCRE2_ERROR_BADOFFSET);
            break;
        }
        count = run_match(pattern, subject, subject_length, offset, PCRE2_NO_UTF_CHECK, data);
    }
    release_match_data(data, false);

    if (failed_groups) {
        free_group_names(names, group_count);
        if (group_sets) {
            for (uint32_t i = 0; i < group_count; ++i)
                zval_ptr_dtor(&group_sets[i]);
            efree(group_sets);
        }
        zval_ptr_dtor(&marks);
        zend_error(E_WARNING, messages::kSubpatternsFailed, get_active_function_name());
        RETURN_FALSE;
    }

    if (group_sets) {
        HashTable* result = Z_ARRVAL_P(matches);
        for (uint32_t i = 0; i < group_count; ++i) {
            if (names && names[i]) {
                zend_hash_update(result, names[i], &group_sets[i]);
                Z_ADDREF(group_sets[i]);
            }
            zend_hash_next_index_insert(result, &group_sets[i]);
        }
        efree(group_sets);
        if (!Z_ISUNDEF(marks))
            add_assoc_zval(matches, "MARK", &marks);
    }
    free_group_names(names, group_count);

    if (s->error_code == kNoError)
        RETURN_LONG(matched);
    RETURN_FALSE;
}

void do_match(zend_execute_data* execute_data, zval* return_value, bool global)
{
    zend_string* regex;
    zend_string* subject;
    zval* matches = nullptr;
    zend_long flags = 0;
    zend_long offset = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|zll", &regex, &subject, &matches, &flags, &offset) == FAILURE)
        RETURN_THROWS();
    // zend_parse_parameters hands out the referenced value; $matches is written through the reference.
    zval* matches_argument = ZEND_NUM_ARGS() >= 3 ? ZEND_ARG(3) : nullptr;

    Pattern* pattern = get_pattern(regex);
    if (!pattern)
        RETURN_FALSE;
    if (offset == ZEND_LONG_MIN) {
        zend_argument_value_error(5, messages::kOffsetTooSmall, static_cast<long long>(ZEND_LONG_MIN));
        RETURN_THROWS();
    }
    pin(pattern);
    match_impl(pattern, subject, return_value, matches_argument, global, ZEND_NUM_ARGS() >= 4, flags, offset);
    unpin(pattern);
}

} // namespace

} // namespace miniphp::pcre

// preg_match(string $pattern, string $subject, &$matches = null, int $flags = 0, int $offset = 0): int|false
// https://www.php.net/manual/en/function.preg-match.php
PHP_FUNCTION(preg_match)
{
    miniphp::pcre::do_match(execute_data, return_value, false);
}

// preg_match_all(string $pattern, string $subject, &$matches = null, int $flags = 0, int $offset = 0): int|false
// https://www.php.net/manual/en/function.preg-match-all.php
PHP_FUNCTION(preg_match_all)
{
    miniphp::pcre::do_match(execute_data, return_value, true);
}

// preg_split, preg_grep, preg_quote, and the last-error functions.
#include "ext/pcre/pcre_internal.h"
#include "ext/pcre/pcre_messages.h"

namespace miniphp::pcre {

namespace {

void add_piece(zval* result, const char* subject, size_t start, size_t end, bool offset_capture)
{
    if (offset_capture) {
        add_offset_pair(result, subject, start, end, nullptr, false);
        return;
    }
    zval piece;
    set_match_value(&piece, subject, start, end, false);
    zend_hash_next_index_insert(Z_ARRVAL_P(result), &piece);
}

// php_pcre_split_impl: the pieces between matches, at most `limit` of them (-1 or 0: no limit), the last
// one holding the rest of the subject.
void split_impl(Pattern* pattern, zend_string* subject_string, zval* return_value, zend_long limit, zend_long flags)
{
    const char* subject = ZSTR_VAL(subject_string);
    size_t subject_length = ZSTR_LEN(subject_string);
    bool no_empty = (flags & kSplitNoEmpty) != 0;
    bool delim_capture = (flags & kSplitDelimCapture) != 0;
    bool offset_capture = (flags & kSplitOffsetCapture) != 0;
    State* s = state();

    array_init(return_value);
    size_t last_match_end = 0;
    s->error_code = kNoError;

    if (limit == 0)
        limit = -1;
    if (limit == -1 || limit > 1) {
        pcre2_match_data* data = acquire_match_data(pattern, false);
        if (!data) {
            zval_ptr_dtor(return_value);
            RETURN_FALSE;
        }
        size_t offset = 0;
        uint32_t options = (pattern->compile_options & PCRE2_UTF) ? 0 : PCRE2_NO_UTF_CHECK;
        int count = run_match(pattern, subject, subject_length, offset, options, data);
        for (;;) {
            if (count == PCRE2_ERROR_NOMATCH)
                break;
            if (count < 0) {
                set_match_error(count);
                break;
            }
            bool stop = false;
            for (;;) {
                if (count == 0)
                    count = static_cast<int>(pattern->capture_count + 1);
                PCRE2_SIZE* offsets = pcre2_get_ovector_pointer(data);
                if (offsets[1] < offsets[0]) {
                    s->error_code = kInternalError;
                    stop = true;
                    break;
                }
                if (!no_empty || offsets[0] != last_match_end) {
                    add_piece(return_value, subject, last_match_end, offsets[0], offset_capture);
                    if (limit != -1)
                        --limit;
                }
                if (delim_capture) {
                    for (int i = 1; i < count; ++i) {
                        if (!no_empty || offsets[2 * i] != offsets[2 * i + 1])
                            add_piece(return_value, subject, offsets[2 * i], offsets[2 * i + 1], offset_capture);
                    }
                }
                offset = last_match_end = offsets[1];
                if (offset != offsets[0])
                    break;
                // An empty match: try a non-empty one at the same place before moving on.
                if (limit != -1 && limit <= 1) {
                    stop = true;
                    break;
                }
                count = pcre2_match(pattern->code, reinterpret_cast<PCRE2_SPTR>(subject), subject_length, offset,
                                    PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED, data, s->match);
                if (count >= 0)
                    continue;
                if (count != PCRE2_ERROR_NOMATCH) {
                    set_match_error(count);
                    stop = true;
                } else if (offset < subject_length) {
                    offset += unit_length(pattern, subject + offset);
                } else {
                    stop = true;
                }
                break;
            }
            if (stop || (limit != -1 && limit <= 1))
                break;
            count = run_match(pattern, subject, subject_length, offset, PCRE2_NO_UTF_CHECK, data);
        }
        release_match_data(data, false);
        if (s->error_code != kNoError) {
            zval_ptr_dtor(return_value);
            RETURN_FALSE;
        }
    }

    // The rest after the last match (the offset may have moved on past an empty match without finding more).
    if (!no_empty || last_match_end < subject_length) {
        if (offset_capture) {
            add_offset_pair(return_value, subject, last_match_end, subject_length, nullptr, false);
        } else {
            zval rest;
            if (last_match_end == 0)
                ZVAL_STR_COPY(&rest, subject_string);
            else
                set_match_value(&rest, subject, last_match_end, subject_length, false);
            zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &rest);
        }
    }
}

// php_pcre_grep_impl: the entries of `input` that match (or, inverted, do not), keys kept.
void grep_impl(Pattern* pattern, HashTable* input, zval* return_value, zend_long flags)
{
    bool invert = (flags & kGrepInvert) != 0;
    State* s = state();
    array_init(return_value);
    s->error_code = kNoError;
    pcre2_match_data* data = acquire_match_data(pattern, false);
    if (!data)
        return;
    uint32_t options = (pattern->compile_options & PCRE2_UTF) ? 0 : PCRE2_NO_UTF_CHECK;
    bool stopped = false;
    zend_hash_for_each(input, [&](zend_ulong index, zend_string* key, zval* entry) {
        if (stopped)
            return;
        zval* value = entry;
        ZVAL_DEREF(value);
        zend_string* temporary = nullptr;
        zend_string* text = zval_get_tmp_string(value, &temporary);
        int count = run_match(pattern, ZSTR_VAL(text), ZSTR_LEN(text), 0, options, data);
        zend_tmp_string_release(temporary);
        bool keep;
        if (count >= 0) {
            keep = !invert;
        } else if (count == PCRE2_ERROR_NOMATCH) {
            keep = invert;
        } else {
            set_match_error(count);
            stopped = true;
            return;
        }
        if (!keep)
            return;
        Z_TRY_ADDREF_P(entry);
        if (key)
            zend_hash_update(Z_ARRVAL_P(return_value), key, entry);
        else
            zend_hash_index_update(Z_ARRVAL_P(return_value), index, entry);
    });
    release_match_data(data, false);
}

// Whether preg_quote escapes `c` with a backslash.
bool is_special(char c)
{
    switch (c) {
    case '.': case '\\': case '+': case '*': case '?': case '[': case '^': case ']': case '$': case '(':
    case ')': case '{': case '}': case '=': case '!': case '>': case '<': case '|': case ':': case '-':
    case '#':
        return true;
    default:
        return false;
    }
}

} // namespace

} // namespace miniphp::pcre

using namespace miniphp::pcre;

// preg_split(string $pattern, string $subject, int $limit = -1, int $flags = 0): array|false
// https://www.php.net/manual/en/function.preg-split.php
PHP_FUNCTION(preg_split)
{
    zend_string* regex;
    zend_string* subject;
    zend_long limit = -1;
    zend_long flags = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|ll", &regex, &subject, &limit, &flags) == FAILURE)
        RETURN_THROWS();
    Pattern* pattern = get_pattern(regex);
    if (!pattern)
        RETURN_FALSE;
    pin(pattern);
    split_impl(pattern, subject, return_value, limit, flags);
    unpin(pattern);
}

// preg_grep(string $pattern, array $array, int $flags = 0): array|false
// https://www.php.net/manual/en/function.preg-grep.php
PHP_FUNCTION(preg_grep)
{
    zend_string* regex;
    HashTable* input;
    zend_long flags = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sh|l", &regex, &input, &flags) == FAILURE)
        RETURN_THROWS();
    Pattern* pattern = get_pattern(regex);
    if (!pattern)
        RETURN_FALSE;
    pin(pattern);
    grep_impl(pattern, input, return_value, flags);
    unpin(pattern);
}

// preg_quote(string $str, ?string $delimiter = null): string
// https://www.php.net/manual/en/function.preg-quote.php
// Escapes the regex metacharacters, '#', and the delimiter's first byte; NUL becomes "\000".
PHP_FUNCTION(preg_quote)
{
    zend_string* text;
    zend_string* delimiter = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|S!", &text, &delimiter) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(text) == 0)
        RETURN_EMPTY_STRING();
    char delimiter_char = delimiter ? ZSTR_VAL(delimiter)[0] : '\0';
    const char* in = ZSTR_VAL(text);
    const char* end = in + ZSTR_LEN(text);
    size_t extra = 0;
    for (const char* p = in; p != end; ++p) {
        if (*p == '\0')
            extra += 3;
        else if (is_special(*p) || *p == delimiter_char)
            ++extra;
    }
    if (extra == 0)
        RETURN_STR_COPY(text);
    zend_string* out = zend_string_alloc(ZSTR_LEN(text) + extra, false);
    char* q = ZSTR_VAL(out);
    for (const char* p = in; p != end; ++p) {
        if (*p == '\0') {
            *q++ = '\\';
            *q++ = '0';
            *q++ = '0';
            *q++ = '0';
            continue;
        }
        if (is_special(*p) || *p == delimiter_char)
            *q++ = '\\';
        *q++ = *p;
    }
    *q = '\0';
    RETURN_STR(out);
}

// preg_last_error(): int
// https://www.php.net/manual/en/function.preg-last-error.php
PHP_FUNCTION(preg_last_error)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(state()->error_code);
}

// preg_last_error_msg(): string
// https://www.php.net/manual/en/function.preg-last-error-msg.php
PHP_FUNCTION(preg_last_error_msg)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    int code = state()->error_code;
    constexpr int known = static_cast<int>(sizeof messages::kLastErrorTexts / sizeof messages::kLastErrorTexts[0]);
    RETURN_STRING(code >= 0 && code < known ? messages::kLastErrorTexts[code] : messages::kUnknownError);
}

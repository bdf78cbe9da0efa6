// str_getcsv (https://www.php.net/manual/en/function.str-getcsv.php): one line of CSV into an array of
// fields, with PHP's parser (php_fgetcsv in ext/standard/file.c) followed step for step, because its
// results in unusual input are what scripts see: an unterminated enclosure takes the rest of the line,
// text after a closing enclosure is kept, a trailing line break belongs to the line rather than a
// field, and an empty line gives [null].
//
// PHP walks the line by multibyte characters of the C library's current locale (C.UTF-8 for php-cli),
// which matters only for bytes that are not valid UTF-8: char_length() reproduces mbrlen()'s answer
// for UTF-8. Like PHP, the parser reads the zend_string's terminating NUL in one corner case (an
// enclosure as the line's last byte), which then appears in the field.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"

#include <cstring>

namespace {

constexpr int kNoEscape = -1;

// mbrlen() in a UTF-8 locale: 0 at the end, 1 for NUL and ASCII, the length of a valid sequence, -1
// for an invalid one.
int char_length(const char* p, const char* limit)
{
    if (p >= limit)
        return 0;
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80)
        return 1;
    size_t cursor = 0;
    unsigned code_point;
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(p);
    if (!standard::next_utf8(bytes, static_cast<size_t>(limit - p), &cursor, &code_point))
        return -1;
    return static_cast<int>(cursor);
}

// The end of the text without one trailing "\n", "\r" or "\r\n" (PHP's
// php_fgetcsv_lookup_trailing_spaces; bytes of invalid sequences do not count as the last ones).
const char* without_line_break(const char* p, size_t length)
{
    unsigned char last[2] = {0, 0};
    const char* end = p + length;
    while (p < end) {
        int step = *p == '\0' ? 1 : char_length(p, end);
        if (step < 0) {
            step = 1;
        } else {
            last[0] = last[1];
            last[1] = static_cast<unsigned char>(*p);
        }
        p += step;
    }
    if (last[1] == '\n')
        return last[0] == '\r' ? p - 2 : p - 1;
    if (last[1] == '\r')
        return p - 1;
    return p;
}

// Parses `line`; returns false for an empty line (PHP then gives [null]).
bool parse_csv(const zend_string* line, char delimiter, char enclosure, int escape, zval* fields)
{
    const char* buf = ZSTR_VAL(line);
    const char* limit = without_line_break(buf, ZSTR_LEN(line));
    const char* line_end = limit;
    size_t line_end_length = ZSTR_LEN(line) - static_cast<size_t>(limit - buf);
    const char* p = buf;
    bool first_field = true;
    smart_str field {};
    auto next_length = [&]() { return p < limit ? (*p == '\0' ? 1 : char_length(p, limit)) : 0; };
    int step;
    // Moves p, a character at a time from the current `step`, to the next delimiter or the end of the
    // line (step 0); a byte that is not a whole character counts as one.
    auto skip_to_delimiter = [&]() {
        for (;; p += step, step = next_length()) {
            if (step == 0)
                break;
            if (step < 0)
                step = 1;
            if (step == 1 && *p == delimiter)
                break;
        }
    };
    do {
        if (field.s)
            ZSTR_LEN(field.s) = 0;
        step = next_length();
        if (step == 1) {
            // Whitespace before an opening enclosure is skipped.
            const char* q = p;
            while (*q != delimiter && standard::is_c_space(static_cast<unsigned char>(*q)))
                ++q;
            if (*q == enclosure && q < limit)
                p = q;
        }
        if (first_field && p == line_end) {
            smart_str_free(&field);
            return false;
        }
        first_field = false;
        size_t field_end;
        if (step != 0 && *p == enclosure) {
            // An enclosed field: up to the closing enclosure (a doubled one stands for itself; the
            // escape character protects the byte after it but is kept), then anything up to the
            // delimiter is appended as it is.
            int state = 0; // 1: after the escape character, 2: after an enclosure
            ++p;
            const char* hunk = p;
            bool closed = false;
            while (!closed) {
                switch (step) {
                case 0:
                    if (state == 2) {
                        smart_str_appendl(&field, hunk, static_cast<size_t>(p - hunk - 1));
                        hunk = p;
                    } else {
                        if (state == 1 || hunk != line_end) {
                            smart_str_appendl(&field, hunk, static_cast<size_t>(p - hunk));
                            hunk = p;
                        }
                        smart_str_appendl(&field, line_end, line_end_length);
                    }
                    closed = true;
                    continue;
                case 1:
                case -1:
                    if (state == 1) {
                        ++p;
                        state = 0;
                    } else if (state == 2) {
                        if (*p != enclosure) {
                            smart_str_appendl(&field, hunk, static_cast<size_t>(p - hunk - 1));
                            hunk = p;
                            closed = true;
                            continue;
                        }
                        smart_str_appendl(&field, hunk, static_cast<size_t>(p - hunk));
                        ++p;
                        hunk = p;
                        state = 0;
                    } else {
                        if (*p == enclosure)
                            state = 2;
                        // As in PHP, the byte is compared as a (signed) char, so an escape byte
                        // above 0x7F never matches.
                        else if (escape != kNoEscape && static_cast<int>(static_cast<signed char>(*p)) == escape)
                            state = 1;
                        ++p;
                    }
                    break;
                default:
                    if (state == 2) {
                        smart_str_appendl(&field, hunk, static_cast<size_t>(p - hunk - 1));
                        hunk = p;
                        closed = true;
                        continue;
                    }
                    p += step;
                    if (state == 1) {
                        smart_str_appendl(&field, hunk, static_cast<size_t>(p - hunk));
                        hunk = p;
                        state = 0;
                    }
                    break;
                }
                step = next_length();
            }
            skip_to_delimiter();
            smart_str_appendl(&field, hunk, static_cast<size_t>(p - hunk));
            p += step;
            field_end = smart_str_get_len(&field);
        } else {
            // A plain field: up to the delimiter, without a trailing line break.
            const char* hunk = p;
            skip_to_delimiter();
            smart_str_appendl(&field, hunk, static_cast<size_t>(p - hunk));
            size_t length = smart_str_get_len(&field);
            field_end = length ? static_cast<size_t>(without_line_break(ZSTR_VAL(field.s), length) - ZSTR_VAL(field.s)) : 0;
            if (*p == delimiter)
                ++p;
        }
        add_next_index_stringl(fields, field.s ? ZSTR_VAL(field.s) : "", field_end);
    } while (step > 0);
    smart_str_free(&field);
    return true;
}

} // namespace

// str_getcsv(string $string, string $separator = ",", string $enclosure = "\"", string $escape = "\\"): array
// https://www.php.net/manual/en/function.str-getcsv.php
// Only the first byte of each of the three strings counts; an empty $escape means no escape character.
PHP_FUNCTION(str_getcsv)
{
    zend_string* input;
    char* separator = nullptr;
    size_t separator_length = 0;
    char* enclosure = nullptr;
    size_t enclosure_length = 0;
    char* escape = nullptr;
    size_t escape_length = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|sss", &input, &separator, &separator_length, &enclosure,
                              &enclosure_length, &escape, &escape_length)
        == FAILURE)
        RETURN_THROWS();
    char delimiter_char = separator_length ? separator[0] : ',';
    char enclosure_char = enclosure_length ? enclosure[0] : '"';
    int escape_char = '\\';
    if (escape)
        escape_char = escape_length ? static_cast<unsigned char>(escape[0]) : kNoEscape;
    array_init(return_value);
    if (!parse_csv(input, delimiter_char, enclosure_char, escape_char, return_value))
        add_next_index_null(return_value);
}

namespace {

const char* const arginfo_str_getcsv[] = {"string", "separator", "enclosure", "escape", nullptr};

} // namespace

const zend_function_entry standard_csv_functions[] = {
    PHP_FE(str_getcsv, arginfo_str_getcsv)
    PHP_FE_END
};

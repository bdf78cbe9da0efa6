// String functions (https://www.php.net/manual/en/ref.strings.php), the ones that build or reshape a
// string: length, repetition, joining and splitting, slicing, padding, case, trimming, escaping and
// wrapping. Searching and replacing live in string_search.cpp, comparisons in string_compare.cpp.
//
// Every function is binary-safe (lengths are explicit, NUL is an ordinary byte) and locale-independent
// (PHP 8.2 made the case functions ASCII-only). Results are owned zend_strings; where PHP returns the
// argument itself unchanged we return another reference to it.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/standard_messages.h"

#include <cstring>

namespace msg = standard_messages;

// --- shared helpers (php_string.h) ------------------------------------------------------------------------

namespace standard {

zend_string* string_toupper(zend_string* s)
{
    size_t length = ZSTR_LEN(s);
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(ZSTR_VAL(s));
    for (size_t i = 0; i < length; ++i) {
        if (bytes[i] >= 'a' && bytes[i] <= 'z') {
            zend_string* result = zend_string_init(ZSTR_VAL(s), length, false);
            for (size_t j = i; j < length; ++j)
                ZSTR_VAL(result)[j] = static_cast<char>(ascii_toupper(bytes[j]));
            return result;
        }
    }
    return zend_string_copy(s);
}

zend_string* hex_string(const unsigned char* bytes, size_t length)
{
    static const char digits[] = "0123456789abcdef";
    zend_string* result = zend_string_safe_alloc(length, 2, 0, false);
    for (size_t i = 0; i < length; ++i) {
        ZSTR_VAL(result)[2 * i] = digits[bytes[i] >> 4];
        ZSTR_VAL(result)[2 * i + 1] = digits[bytes[i] & 15];
    }
    ZSTR_VAL(result)[2 * length] = '\0';
    return result;
}

// PHP reports a malformed range in the order below and goes on with the rest of the list.
bool charmask(const unsigned char* input, size_t length, char* mask)
{
    std::memset(mask, 0, 256);
    bool ok = true;
    const unsigned char* end = input + length;
    for (const unsigned char* p = input; p < end; ++p) {
        unsigned char c = *p;
        if (p + 3 < end && p[1] == '.' && p[2] == '.' && p[3] >= c) {
            std::memset(mask + c, 1, p[3] - c + 1);
            p += 3;
        } else if (p + 1 < end && p[0] == '.' && p[1] == '.') {
            ok = false;
            if (p == input)
                php_error_docref(nullptr, E_WARNING, "%s", msg::kRangeNoLeft);
            else if (p + 2 >= end)
                php_error_docref(nullptr, E_WARNING, "%s", msg::kRangeNoRight);
            else if (p[-1] > p[2])
                php_error_docref(nullptr, E_WARNING, "%s", msg::kRangeNotIncrementing);
            else
                php_error_docref(nullptr, E_WARNING, "%s", msg::kRangeInvalid);
        } else {
            mask[c] = 1;
        }
    }
    return ok;
}

namespace {

bool utf8_lead(unsigned char c) { return c < 0x80 || (c >= 0xC2 && c <= 0xF4); }
bool utf8_trail(unsigned char c) { return c >= 0x80 && c <= 0xBF; }

} // namespace

// UTR #36 strategy 2, as PHP's php_next_utf8_char: an invalid sequence ends before any byte that could
// start a valid one.
bool next_utf8(const unsigned char* text, size_t length, size_t* cursor, unsigned* code_point)
{
    size_t pos = *cursor;
    size_t available = length - pos;
    unsigned char c = text[pos];
    auto fail = [&](size_t advance) {
        *cursor = pos + advance;
        return false;
    };
    if (c < 0x80) {
        *code_point = c;
        *cursor = pos + 1;
        return true;
    }
    if (c < 0xC2)
        return fail(1);
    if (c < 0xE0) {
        if (available < 2)
            return fail(1);
        if (!utf8_trail(text[pos + 1]))
            return fail(utf8_lead(text[pos + 1]) ? 1 : 2);
        *code_point = ((c & 0x1F) << 6) | (text[pos + 1] & 0x3F);
        *cursor = pos + 2;
        return true;
    }
    size_t need = c < 0xF0 ? 3 : 4;
    if (c >= 0xF5)
        return fail(1);
    bool complete = available >= need;
    for (size_t i = 1; complete && i < need; ++i)
        complete = utf8_trail(text[pos + i]);
    if (!complete) {
        for (size_t i = 1; i < need; ++i) {
            if (available < i + 1 || utf8_lead(text[pos + i]))
                return fail(i);
        }
        return fail(need);
    }
    unsigned value;
    if (need == 3) {
        value = ((c & 0x0F) << 12) | ((text[pos + 1] & 0x3F) << 6) | (text[pos + 2] & 0x3F);
        if (value < 0x800 || (value >= 0xD800 && value <= 0xDFFF))
            return fail(3);
    } else {
        value = ((c & 0x07) << 18) | ((text[pos + 1] & 0x3F) << 12) | ((text[pos + 2] & 0x3F) << 6)
            | (text[pos + 3] & 0x3F);
        if (value < 0x10000 || value > 0x10FFFF)
            return fail(4);
    }
    *code_point = value;
    *cursor = pos + need;
    return true;
}

} // namespace standard

using standard::ascii_tolower;
using standard::ascii_toupper;

namespace {

// A new string holding `length` bytes from `start` (the shared empty string for none).
zend_string* substring(const char* start, size_t length)
{
    if (length == 0)
        return ZSTR_EMPTY_ALLOC();
    if (length == 1)
        return ZSTR_CHAR(*start);
    return zend_string_init(start, length, false);
}

// trim(), ltrim() and rtrim(): mode 1 trims the left, 2 the right, 3 both. Without a list, PHP's
// whitespace: space, \t, \n, \r, \v and NUL (not \f).
void do_trim(zend_execute_data* execute_data, zval* return_value, int mode)
{
    zend_string* input;
    zend_string* what = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|S", &input, &what) == FAILURE)
        RETURN_THROWS();
    char mask[256];
    if (what)
        standard::charmask(reinterpret_cast<const unsigned char*>(ZSTR_VAL(what)), ZSTR_LEN(what), mask);
    else {
        std::memset(mask, 0, sizeof mask);
        for (unsigned char c : {' ', '\t', '\n', '\r', '\v', '\0'})
            mask[c] = 1;
    }
    const char* start = ZSTR_VAL(input);
    const char* end = start + ZSTR_LEN(input);
    if (mode & 1) {
        while (start != end && mask[static_cast<unsigned char>(*start)])
            ++start;
    }
    if (mode & 2) {
        while (start != end && mask[static_cast<unsigned char>(end[-1])])
            --end;
    }
    if (static_cast<size_t>(end - start) == ZSTR_LEN(input))
        RETURN_STR_COPY(input);
    RETURN_STR(substring(start, end - start));
}

} // namespace

// strlen(string $string): int
// https://www.php.net/manual/en/function.strlen.php
PHP_FUNCTION(strlen)
{
    zend_string* string;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &string) == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(static_cast<zend_long>(ZSTR_LEN(string)));
}

// str_repeat(string $string, int $times): string
// https://www.php.net/manual/en/function.str-repeat.php
PHP_FUNCTION(str_repeat)
{
    zend_string* input;
    zend_long times;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sl", &input, &times) == FAILURE)
        RETURN_THROWS();
    if (times < 0) {
        zend_argument_value_error(2, "%s", standard_messages::kMustBeGreaterOrEqualZero);
        RETURN_THROWS();
    }
    size_t length = ZSTR_LEN(input);
    if (length == 0 || times == 0)
        RETURN_EMPTY_STRING();
    // zend_string_safe_alloc checks the product for overflow (a fatal error, as in PHP).
    zend_string* result = zend_string_safe_alloc(length, static_cast<size_t>(times), 0, false);
    char* out = ZSTR_VAL(result);
    for (zend_long i = 0; i < times; ++i, out += length)
        std::memcpy(out, ZSTR_VAL(input), length);
    *out = '\0';
    RETURN_STR(result);
}

// implode(array|string $separator, ?array $array = null): string (alias join)
// https://www.php.net/manual/en/function.implode.php
// The legacy one-argument form takes the array alone.
PHP_FUNCTION(implode)
{
    zval* first;
    HashTable* pieces = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|h!", &first, &pieces) == FAILURE)
        RETURN_THROWS();
    zval null_value;
    ZVAL_NULL(&null_value);
    if (!first)
        first = &null_value;
    zend_string* separator = nullptr;
    HashTable* first_array = nullptr;
    if (Z_TYPE_P(first) == IS_ARRAY) {
        first_array = Z_ARRVAL_P(first);
    } else if (Z_TYPE_P(first) == IS_STRING || Z_TYPE_P(first) == IS_LONG || Z_TYPE_P(first) == IS_DOUBLE
               || Z_TYPE_P(first) == IS_TRUE || Z_TYPE_P(first) == IS_FALSE) {
        convert_to_string(first);
        separator = Z_STR_P(first);
    } else if (Z_TYPE_P(first) == IS_NULL) {
        // PHP 8.1: null still means "", with a deprecation.
        zend_error(E_DEPRECATED, "%s", standard_messages::kImplodeNull);
        separator = ZSTR_EMPTY_ALLOC();
    } else {
        zend_argument_type_error(1, standard_messages::kImplodeSeparatorType, zend_zval_type_name(first));
        RETURN_THROWS();
    }
    if (!pieces) {
        if (!first_array) {
            zend_type_error(standard_messages::kImplodeArrayType, get_active_function_name());
            RETURN_THROWS();
        }
        pieces = first_array;
        separator = ZSTR_EMPTY_ALLOC();
    } else if (!separator) {
        zend_argument_type_error(1, "%s", standard_messages::kImplodeStringType);
        RETURN_THROWS();
    }
    smart_str result {};
    bool first_piece = true;
    zend_hash_for_each(pieces, [&](zend_ulong, zend_string*, zval* piece) {
        if (!first_piece)
            smart_str_append(&result, separator);
        first_piece = false;
        ZVAL_DEREF(piece);
        zend_string* text = zval_get_string(piece);
        smart_str_append(&result, text);
        zend_string_release(text);
    });
    if (!result.s)
        RETURN_EMPTY_STRING();
    RETURN_STR(smart_str_extract(&result));
}

// explode(string $separator, string $string, int $limit = PHP_INT_MAX): array
// https://www.php.net/manual/en/function.explode.php
// A positive limit keeps the rest of the string in the last piece; a negative one drops that many
// pieces from the end; 0 counts as 1.
PHP_FUNCTION(explode)
{
    zend_string* separator;
    zend_string* input;
    zend_long limit = ZEND_LONG_MAX;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS|l", &separator, &input, &limit) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(separator) == 0) {
        zend_argument_value_error(1, "%s", msg::kCannotBeEmpty);
        RETURN_THROWS();
    }
    array_init(return_value);
    if (ZSTR_LEN(input) == 0) {
        if (limit >= 0)
            add_next_index_str(return_value, ZSTR_EMPTY_ALLOC());
        return;
    }
    const char* sep = ZSTR_VAL(separator);
    size_t sep_length = ZSTR_LEN(separator);
    const char* p = ZSTR_VAL(input);
    const char* end = p + ZSTR_LEN(input);
    if (limit == 0 || limit == 1) {
        add_next_index_str(return_value, zend_string_copy(input));
        return;
    }
    if (limit > 1) {
        const char* found = standard::memnstr(p, sep, sep_length, end);
        while (found && limit-- > 1) {
            add_next_index_str(return_value, substring(p, found - p));
            p = found + sep_length;
            found = standard::memnstr(p, sep, sep_length, end);
        }
        add_next_index_str(return_value, substring(p, end - p));
        return;
    }
    // Negative limit: count the pieces first, then keep all but the last -limit.
    zend_long pieces = 1;
    for (const char* q = standard::memnstr(p, sep, sep_length, end); q;
         q = standard::memnstr(q + sep_length, sep, sep_length, end))
        ++pieces;
    zend_long keep = pieces + limit;
    for (zend_long i = 0; i < keep; ++i) {
        const char* found = standard::memnstr(p, sep, sep_length, end);
        add_next_index_str(return_value, substring(p, found - p));
        p = found + sep_length;
    }
}

// substr(string $string, int $offset, ?int $length = null): string
// https://www.php.net/manual/en/function.substr.php
PHP_FUNCTION(substr)
{
    zend_string* input;
    zend_long offset;
    zend_long length = 0;
    bool length_is_null = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sl|l!", &input, &offset, &length, &length_is_null) == FAILURE)
        RETURN_THROWS();
    size_t size = ZSTR_LEN(input);
    if (offset < 0) {
        // -offset as unsigned, so PHP_INT_MIN does not overflow.
        offset = static_cast<size_t>(0) - static_cast<size_t>(offset) > size ? 0 : static_cast<zend_long>(size) + offset;
    } else if (static_cast<size_t>(offset) > size) {
        RETURN_EMPTY_STRING();
    }
    size_t available = size - static_cast<size_t>(offset);
    if (length_is_null) {
        length = static_cast<zend_long>(available);
    } else if (length < 0) {
        bool too_short = static_cast<size_t>(0) - static_cast<size_t>(length) > available;
        length = too_short ? 0 : static_cast<zend_long>(available) + length;
    } else if (static_cast<size_t>(length) > available) {
        length = static_cast<zend_long>(available);
    }
    if (static_cast<size_t>(length) == size)
        RETURN_STR_COPY(input);
    RETURN_STR(substring(ZSTR_VAL(input) + offset, static_cast<size_t>(length)));
}

// str_split(string $string, int $length = 1): array
// https://www.php.net/manual/en/function.str-split.php
PHP_FUNCTION(str_split)
{
    zend_string* input;
    zend_long chunk = 1;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|l", &input, &chunk) == FAILURE)
        RETURN_THROWS();
    if (chunk <= 0) {
        zend_argument_value_error(2, "%s", msg::kMustBeGreaterThanZero);
        RETURN_THROWS();
    }
    if (ZSTR_LEN(input) == 0)
        RETURN_EMPTY_ARRAY();
    array_init(return_value);
    const char* p = ZSTR_VAL(input);
    const char* end = p + ZSTR_LEN(input);
    while (p < end) {
        size_t piece = static_cast<size_t>(end - p) < static_cast<size_t>(chunk) ? end - p : static_cast<size_t>(chunk);
        add_next_index_str(return_value, substring(p, piece));
        p += piece;
    }
}

// strrev(string $string): string
// https://www.php.net/manual/en/function.strrev.php
PHP_FUNCTION(strrev)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    size_t length = ZSTR_LEN(input);
    zend_string* result = zend_string_alloc(length, false);
    for (size_t i = 0; i < length; ++i)
        ZSTR_VAL(result)[i] = ZSTR_VAL(input)[length - 1 - i];
    ZSTR_VAL(result)[length] = '\0';
    RETURN_STR(result);
}

// str_pad(string $string, int $length, string $pad_string = " ", int $pad_type = STR_PAD_RIGHT): string
// https://www.php.net/manual/en/function.str-pad.php
// STR_PAD_BOTH puts the odd byte on the right.
PHP_FUNCTION(str_pad)
{
    zend_string* input;
    zend_long target;
    char* pad = const_cast<char*>(" ");
    size_t pad_length = 1;
    zend_long pad_type = standard::kStrPadRight;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sl|sl", &input, &target, &pad, &pad_length, &pad_type) == FAILURE)
        RETURN_THROWS();
    if (target < 0 || static_cast<size_t>(target) <= ZSTR_LEN(input))
        RETURN_STR_COPY(input);
    if (pad_length == 0) {
        zend_argument_value_error(3, "%s", msg::kMustBeNonEmptyString);
        RETURN_THROWS();
    }
    if (pad_type < standard::kStrPadLeft || pad_type > standard::kStrPadBoth) {
        zend_argument_value_error(4, "%s", msg::kStrPadType);
        RETURN_THROWS();
    }
    size_t missing = static_cast<size_t>(target) - ZSTR_LEN(input);
    size_t left = pad_type == standard::kStrPadLeft ? missing : (pad_type == standard::kStrPadBoth ? missing / 2 : 0);
    size_t right = missing - left;
    zend_string* result = zend_string_safe_alloc(1, ZSTR_LEN(input), missing, false);
    char* out = ZSTR_VAL(result);
    for (size_t i = 0; i < left; ++i)
        *out++ = pad[i % pad_length];
    std::memcpy(out, ZSTR_VAL(input), ZSTR_LEN(input));
    out += ZSTR_LEN(input);
    for (size_t i = 0; i < right; ++i)
        *out++ = pad[i % pad_length];
    *out = '\0';
    RETURN_STR(result);
}

// strtolower(string $string): string
// https://www.php.net/manual/en/function.strtolower.php
PHP_FUNCTION(strtolower)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(standard::string_tolower(input));
}

// strtoupper(string $string): string
// https://www.php.net/manual/en/function.strtoupper.php
PHP_FUNCTION(strtoupper)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(standard::string_toupper(input));
}

namespace {

// ucfirst() and lcfirst(): the first byte mapped, the rest as it was.
void map_first_byte(zend_execute_data* execute_data, zval* return_value, unsigned char (*map)(unsigned char))
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(input) == 0)
        RETURN_EMPTY_STRING();
    unsigned char first = static_cast<unsigned char>(ZSTR_VAL(input)[0]);
    unsigned char mapped = map(first);
    if (mapped == first)
        RETURN_STR_COPY(input);
    zend_string* result = zend_string_init(ZSTR_VAL(input), ZSTR_LEN(input), false);
    ZSTR_VAL(result)[0] = static_cast<char>(mapped);
    RETURN_STR(result);
}

} // namespace

// ucfirst(string $string): string
// https://www.php.net/manual/en/function.ucfirst.php
PHP_FUNCTION(ucfirst) { map_first_byte(execute_data, return_value, ascii_toupper); }

// lcfirst(string $string): string
// https://www.php.net/manual/en/function.lcfirst.php
PHP_FUNCTION(lcfirst) { map_first_byte(execute_data, return_value, ascii_tolower); }

// ucwords(string $string, string $separators = " \t\r\n\f\v"): string
// https://www.php.net/manual/en/function.ucwords.php
// The separator list accepts "a..z" ranges, as trim's does.
PHP_FUNCTION(ucwords)
{
    zend_string* input;
    char* separators = const_cast<char*>(" \t\r\n\f\v");
    size_t separators_length = 6;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|s", &input, &separators, &separators_length) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(input) == 0)
        RETURN_EMPTY_STRING();
    char mask[256];
    standard::charmask(reinterpret_cast<const unsigned char*>(separators), separators_length, mask);
    zend_string* result = zend_string_init(ZSTR_VAL(input), ZSTR_LEN(input), false);
    unsigned char* p = reinterpret_cast<unsigned char*>(ZSTR_VAL(result));
    size_t length = ZSTR_LEN(result);
    p[0] = ascii_toupper(p[0]);
    for (size_t i = 1; i < length; ++i) {
        if (mask[p[i - 1]])
            p[i] = ascii_toupper(p[i]);
    }
    RETURN_STR(result);
}

// trim(string $string, string $characters = " \n\r\t\v\x00"): string
// https://www.php.net/manual/en/function.trim.php
PHP_FUNCTION(trim) { do_trim(execute_data, return_value, 3); }

// ltrim(string $string, string $characters = " \n\r\t\v\x00"): string
// https://www.php.net/manual/en/function.ltrim.php
PHP_FUNCTION(ltrim) { do_trim(execute_data, return_value, 1); }

// rtrim(string $string, string $characters = " \n\r\t\v\x00"): string (alias chop)
// https://www.php.net/manual/en/function.rtrim.php
PHP_FUNCTION(rtrim) { do_trim(execute_data, return_value, 2); }

// nl2br(string $string, bool $use_xhtml = true): string
// https://www.php.net/manual/en/function.nl2br.php
// The break goes before each newline sequence: \r\n and \n\r count as one.
PHP_FUNCTION(nl2br)
{
    zend_string* input;
    bool xhtml = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|b", &input, &xhtml) == FAILURE)
        RETURN_THROWS();
    const char* p = ZSTR_VAL(input);
    const char* end = p + ZSTR_LEN(input);
    if (!std::memchr(p, '\n', ZSTR_LEN(input)) && !std::memchr(p, '\r', ZSTR_LEN(input)))
        RETURN_STR_COPY(input);
    const char* tag = xhtml ? "<br />" : "<br>";
    smart_str result {};
    while (p < end) {
        if (*p == '\r' || *p == '\n') {
            smart_str_appends(&result, tag);
            if (p + 1 < end && (p[1] == '\r' || p[1] == '\n') && p[1] != p[0])
                smart_str_appendc(&result, *p++);
        }
        smart_str_appendc(&result, *p++);
    }
    RETURN_STR(smart_str_extract(&result));
}

// chr(int $codepoint): string
// https://www.php.net/manual/en/function.chr.php
PHP_FUNCTION(chr)
{
    zend_long code;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "l", &code) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(ZSTR_CHAR(static_cast<unsigned char>(code & 0xff)));
}

// ord(string $character): int
// https://www.php.net/manual/en/function.ord.php
// The empty string gives 0 (its terminating NUL).
PHP_FUNCTION(ord)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(static_cast<unsigned char>(ZSTR_VAL(input)[0]));
}

// bin2hex(string $string): string
// https://www.php.net/manual/en/function.bin2hex.php
PHP_FUNCTION(bin2hex)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(standard::hex_string(reinterpret_cast<const unsigned char*>(ZSTR_VAL(input)), ZSTR_LEN(input)));
}

// hex2bin(string $string): string|false
// https://www.php.net/manual/en/function.hex2bin.php
PHP_FUNCTION(hex2bin)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(input) % 2 != 0) {
        php_error_docref(nullptr, E_WARNING, "%s", msg::kHexOddLength);
        RETURN_FALSE;
    }
    size_t length = ZSTR_LEN(input) / 2;
    zend_string* result = zend_string_alloc(length, false);
    for (size_t i = 0; i < length; ++i) {
        int high = standard::hex_digit_value(static_cast<unsigned char>(ZSTR_VAL(input)[2 * i]));
        int low = standard::hex_digit_value(static_cast<unsigned char>(ZSTR_VAL(input)[2 * i + 1]));
        if (high < 0 || low < 0) {
            zend_string_efree(result);
            php_error_docref(nullptr, E_WARNING, "%s", msg::kHexNotHex);
            RETURN_FALSE;
        }
        ZSTR_VAL(result)[i] = static_cast<char>(high << 4 | low);
    }
    ZSTR_VAL(result)[length] = '\0';
    RETURN_STR(result);
}

// addslashes(string $string): string
// https://www.php.net/manual/en/function.addslashes.php
// Escapes ', ", \ and NUL (as \0).
PHP_FUNCTION(addslashes)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    const char* p = ZSTR_VAL(input);
    const char* end = p + ZSTR_LEN(input);
    const char* first = p;
    while (first < end && *first != '\'' && *first != '"' && *first != '\\' && *first != '\0')
        ++first;
    if (first == end)
        RETURN_STR_COPY(input);
    smart_str result {};
    smart_str_appendl(&result, p, first - p);
    for (p = first; p < end; ++p) {
        switch (*p) {
        case '\0': smart_str_appendl(&result, "\\0", 2); break;
        case '\'':
        case '"':
        case '\\': smart_str_appendc(&result, '\\'); [[fallthrough]];
        default: smart_str_appendc(&result, *p);
        }
    }
    RETURN_STR(smart_str_extract(&result));
}

// stripslashes(string $string): string
// https://www.php.net/manual/en/function.stripslashes.php
// A backslash keeps the byte after it ("\0" becomes NUL); a trailing backslash is dropped.
PHP_FUNCTION(stripslashes)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    zend_string* result = zend_string_alloc(ZSTR_LEN(input), false);
    const char* p = ZSTR_VAL(input);
    const char* end = p + ZSTR_LEN(input);
    char* out = ZSTR_VAL(result);
    while (p < end) {
        if (*p == '\\') {
            ++p;
            if (p < end)
                *out++ = *p == '0' ? '\0' : *p, ++p;
        } else {
            *out++ = *p++;
        }
    }
    *out = '\0';
    ZSTR_LEN(result) = out - ZSTR_VAL(result);
    RETURN_STR(result);
}

// addcslashes(string $string, string $characters): string
// https://www.php.net/manual/en/function.addcslashes.php
// Listed bytes get a backslash; listed control and high bytes become C escapes (\n, \t, ... or octal).
PHP_FUNCTION(addcslashes)
{
    zend_string* input;
    zend_string* what;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "SS", &input, &what) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(input) == 0)
        RETURN_EMPTY_STRING();
    if (ZSTR_LEN(what) == 0)
        RETURN_STR_COPY(input);
    char mask[256];
    standard::charmask(reinterpret_cast<const unsigned char*>(ZSTR_VAL(what)), ZSTR_LEN(what), mask);
    smart_str result {};
    for (size_t i = 0; i < ZSTR_LEN(input); ++i) {
        unsigned char c = static_cast<unsigned char>(ZSTR_VAL(input)[i]);
        if (!mask[c]) {
            smart_str_appendc(&result, static_cast<char>(c));
            continue;
        }
        smart_str_appendc(&result, '\\');
        if (c >= 32 && c <= 126) {
            smart_str_appendc(&result, static_cast<char>(c));
            continue;
        }
        switch (c) {
        case '\n': smart_str_appendc(&result, 'n'); break;
        case '\t': smart_str_appendc(&result, 't'); break;
        case '\r': smart_str_appendc(&result, 'r'); break;
        case '\a': smart_str_appendc(&result, 'a'); break;
        case '\v': smart_str_appendc(&result, 'v'); break;
        case '\b': smart_str_appendc(&result, 'b'); break;
        case '\f': smart_str_appendc(&result, 'f'); break;
        default: {
            char octal[4] = {static_cast<char>('0' + (c >> 6)), static_cast<char>('0' + ((c >> 3) & 7)),
                             static_cast<char>('0' + (c & 7)), '\0'};
            smart_str_appendl(&result, octal, 3);
        }
        }
    }
    RETURN_STR(smart_str_extract(&result));
}

// stripcslashes(string $string): string
// https://www.php.net/manual/en/function.stripcslashes.php
// C escapes back to bytes: \n \r \a \t \v \b \f \\, \xH[H], up to three octal digits; any other
// escaped byte stands for itself.
PHP_FUNCTION(stripcslashes)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    zend_string* result = zend_string_alloc(ZSTR_LEN(input), false);
    const char* p = ZSTR_VAL(input);
    const char* end = p + ZSTR_LEN(input);
    char* out = ZSTR_VAL(result);
    for (; p < end; ++p) {
        if (*p != '\\' || p + 1 >= end) {
            *out++ = *p;
            continue;
        }
        ++p;
        switch (*p) {
        case 'n': *out++ = '\n'; continue;
        case 'r': *out++ = '\r'; continue;
        case 'a': *out++ = '\a'; continue;
        case 't': *out++ = '\t'; continue;
        case 'v': *out++ = '\v'; continue;
        case 'b': *out++ = '\b'; continue;
        case 'f': *out++ = '\f'; continue;
        case '\\': *out++ = '\\'; continue;
        case 'x':
            if (p + 1 < end && standard::hex_digit_value(static_cast<unsigned char>(p[1])) >= 0) {
                int value = standard::hex_digit_value(static_cast<unsigned char>(*++p));
                if (p + 1 < end && standard::hex_digit_value(static_cast<unsigned char>(p[1])) >= 0)
                    value = value * 16 + standard::hex_digit_value(static_cast<unsigned char>(*++p));
                *out++ = static_cast<char>(value);
                continue;
            }
            break;
        default: break;
        }
        int digits = 0;
        int value = 0;
        while (p < end && *p >= '0' && *p <= '7' && digits < 3) {
            value = value * 8 + (*p++ - '0');
            ++digits;
        }
        if (digits) {
            *out++ = static_cast<char>(value);
            --p;
        } else {
            *out++ = *p;
        }
    }
    *out = '\0';
    ZSTR_LEN(result) = out - ZSTR_VAL(result);
    RETURN_STR(result);
}

// quotemeta(string $string): string
// https://www.php.net/manual/en/function.quotemeta.php
PHP_FUNCTION(quotemeta)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(input) == 0)
        RETURN_EMPTY_STRING();
    smart_str result {};
    for (size_t i = 0; i < ZSTR_LEN(input); ++i) {
        char c = ZSTR_VAL(input)[i];
        if (std::strchr(".\\+*?[^]$()", c) && c != '\0')
            smart_str_appendc(&result, '\\');
        smart_str_appendc(&result, c);
    }
    RETURN_STR(smart_str_extract(&result));
}

// wordwrap(string $string, int $width = 75, string $break = "\n", bool $cut_long_words = false): string
// https://www.php.net/manual/en/function.wordwrap.php
// Breaks replace spaces; a break already in the text restarts the line. With $cut_long_words a word
// longer than the width is cut; otherwise it overflows. Follows PHP's scan exactly, including its
// quirks (a space exactly at the width is replaced, not kept).
PHP_FUNCTION(wordwrap)
{
    zend_string* input;
    zend_long width = 75;
    char* brk = const_cast<char*>("\n");
    size_t brk_length = 1;
    bool cut = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|lsb", &input, &width, &brk, &brk_length, &cut) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(input) == 0)
        RETURN_EMPTY_STRING();
    if (brk_length == 0) {
        zend_argument_value_error(3, "%s", msg::kCannotBeEmpty);
        RETURN_THROWS();
    }
    if (width == 0 && cut) {
        zend_argument_value_error(4, "%s", msg::kWordwrapCutZero);
        RETURN_THROWS();
    }
    const char* text = ZSTR_VAL(input);
    zend_long length = static_cast<zend_long>(ZSTR_LEN(input));
    zend_long line_start = 0;
    zend_long last_space = 0;
    if (brk_length == 1 && !cut) {
        // In place: each break replaces one space.
        zend_string* result = zend_string_init(text, ZSTR_LEN(input), false);
        for (zend_long i = 0; i < length; ++i) {
            if (text[i] == brk[0]) {
                line_start = last_space = i + 1;
            } else if (text[i] == ' ') {
                if (i - line_start >= width) {
                    ZSTR_VAL(result)[i] = brk[0];
                    line_start = i + 1;
                }
                last_space = i;
            } else if (i - line_start >= width && line_start != last_space) {
                ZSTR_VAL(result)[last_space] = brk[0];
                line_start = last_space + 1;
            }
        }
        RETURN_STR(result);
    }
    smart_str result {};
    zend_long i = 0;
    for (; i < length; ++i) {
        if (text[i] == brk[0] && static_cast<size_t>(i) + brk_length < static_cast<size_t>(length)
            && std::strncmp(text + i, brk, brk_length) == 0) { // strncmp, as PHP: a NUL ends the match
            smart_str_appendl(&result, text + line_start, i - line_start + brk_length);
            i += static_cast<zend_long>(brk_length) - 1;
            line_start = last_space = i + 1;
        } else if (text[i] == ' ') {
            if (i - line_start >= width) {
                smart_str_appendl(&result, text + line_start, i - line_start);
                smart_str_appendl(&result, brk, brk_length);
                line_start = i + 1;
            }
            last_space = i;
        } else if (i - line_start >= width && cut && line_start >= last_space) {
            smart_str_appendl(&result, text + line_start, i - line_start);
            smart_str_appendl(&result, brk, brk_length);
            line_start = last_space = i;
        } else if (i - line_start >= width && line_start < last_space) {
            smart_str_appendl(&result, text + line_start, last_space - line_start);
            smart_str_appendl(&result, brk, brk_length);
            line_start = last_space = last_space + 1;
        }
    }
    if (line_start != i)
        smart_str_appendl(&result, text + line_start, i - line_start);
    if (!result.s)
        RETURN_EMPTY_STRING();
    RETURN_STR(smart_str_extract(&result));
}

// chunk_split(string $string, int $length = 76, string $separator = "\r\n"): string
// https://www.php.net/manual/en/function.chunk-split.php
// The separator also follows the last chunk.
PHP_FUNCTION(chunk_split)
{
    zend_string* input;
    zend_long chunk = 76;
    char* separator = const_cast<char*>("\r\n");
    size_t separator_length = 2;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|ls", &input, &chunk, &separator, &separator_length) == FAILURE)
        RETURN_THROWS();
    if (chunk <= 0) {
        zend_argument_value_error(2, "%s", msg::kMustBeGreaterThanZero);
        RETURN_THROWS();
    }
    size_t length = ZSTR_LEN(input);
    size_t size = static_cast<size_t>(chunk);
    smart_str result {};
    size_t i = 0;
    do {
        size_t piece = length - i < size ? length - i : size;
        smart_str_appendl(&result, ZSTR_VAL(input) + i, piece);
        smart_str_appendl(&result, separator, separator_length);
        i += piece;
    } while (i < length);
    if (!result.s)
        RETURN_EMPTY_STRING();
    RETURN_STR(smart_str_extract(&result));
}

// str_word_count(string $string, int $format = 0, ?string $characters = null): array|int
// https://www.php.net/manual/en/function.str-word-count.php
// A word is letters (ASCII), ' and -, plus any listed characters; a leading ' or - and a trailing -
// of the whole string do not count unless listed. Format 0 counts, 1 lists, 2 lists by offset.
PHP_FUNCTION(str_word_count)
{
    zend_string* input;
    zend_long format = 0;
    char* extra = nullptr;
    size_t extra_length = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|ls!", &input, &format, &extra, &extra_length) == FAILURE)
        RETURN_THROWS();
    if (format == 1 || format == 2) {
        array_init(return_value);
        if (ZSTR_LEN(input) == 0)
            return;
    } else if (format == 0) {
        if (ZSTR_LEN(input) == 0)
            RETURN_LONG(0);
    } else {
        zend_argument_value_error(2, "%s", msg::kWordCountFormat);
        RETURN_THROWS();
    }
    char mask[256];
    std::memset(mask, 0, sizeof mask);
    if (extra)
        standard::charmask(reinterpret_cast<const unsigned char*>(extra), extra_length, mask);
    const char* p = ZSTR_VAL(input);
    const char* end = p + ZSTR_LEN(input);
    if ((*p == '\'' && !mask['\'']) || (*p == '-' && !mask['-']))
        ++p;
    if (end[-1] == '-' && !mask['-'])
        --end;
    auto is_word_byte = [&](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || mask[c] || c == '\'' || c == '-';
    };
    zend_long count = 0;
    while (p < end) {
        const char* start = p;
        while (p < end && is_word_byte(static_cast<unsigned char>(*p)))
            ++p;
        if (p > start) {
            if (format == 1)
                add_next_index_stringl(return_value, start, p - start);
            else if (format == 2)
                add_index_stringl(return_value, start - ZSTR_VAL(input), start, p - start);
            else
                ++count;
        }
        ++p;
    }
    if (format == 0)
        RETURN_LONG(count);
}

// str_rot13(string $string): string
// https://www.php.net/manual/en/function.str-rot13.php
PHP_FUNCTION(str_rot13)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    zend_string* result = zend_string_init(ZSTR_VAL(input), ZSTR_LEN(input), false);
    for (size_t i = 0; i < ZSTR_LEN(result); ++i) {
        char c = ZSTR_VAL(result)[i];
        if (c >= 'a' && c <= 'z')
            ZSTR_VAL(result)[i] = static_cast<char>('a' + (c - 'a' + 13) % 26);
        else if (c >= 'A' && c <= 'Z')
            ZSTR_VAL(result)[i] = static_cast<char>('A' + (c - 'A' + 13) % 26);
    }
    RETURN_STR(result);
}

// str_shuffle(string $string): string
// https://www.php.net/manual/en/function.str-shuffle.php
// Fisher-Yates from the end, drawing from the mt_rand generator as PHP does (so mt_srand makes it
// repeatable).
PHP_FUNCTION(str_shuffle)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    zend_string* result = zend_string_init(ZSTR_VAL(input), ZSTR_LEN(input), false);
    char* bytes = ZSTR_VAL(result);
    for (zend_long left = static_cast<zend_long>(ZSTR_LEN(result)) - 1; left > 0; --left) {
        zend_long index = standard_mt_rand_range(0, left);
        if (index != left) {
            char swap = bytes[left];
            bytes[left] = bytes[index];
            bytes[index] = swap;
        }
    }
    RETURN_STR(result);
}

// count_chars(string $string, int $mode = 0): array|string
// https://www.php.net/manual/en/function.count-chars.php
// Mode 0: every byte value's count; 1: only those that occur; 2: only those that do not; 3: the bytes
// that occur, as a string; 4: the bytes that do not.
PHP_FUNCTION(count_chars)
{
    zend_string* input;
    zend_long mode = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|l", &input, &mode) == FAILURE)
        RETURN_THROWS();
    if (mode < 0 || mode > 4) {
        zend_argument_value_error(2, "%s", msg::kCountCharsMode);
        RETURN_THROWS();
    }
    zend_long counts[256] = {};
    for (size_t i = 0; i < ZSTR_LEN(input); ++i)
        ++counts[static_cast<unsigned char>(ZSTR_VAL(input)[i])];
    if (mode < 3) {
        array_init(return_value);
        for (int c = 0; c < 256; ++c) {
            if (mode == 0 || (mode == 1 && counts[c] != 0) || (mode == 2 && counts[c] == 0))
                add_index_long(return_value, static_cast<zend_ulong>(c), counts[c]);
        }
        return;
    }
    smart_str result {};
    for (int c = 0; c < 256; ++c) {
        if ((mode == 3) == (counts[c] != 0))
            smart_str_appendc(&result, static_cast<char>(c));
    }
    if (!result.s)
        RETURN_EMPTY_STRING();
    RETURN_STR(smart_str_extract(&result));
}

// utf8_encode(string $string): string (deprecated in PHP 8.2)
// https://www.php.net/manual/en/function.utf8-encode.php
// ISO-8859-1 to UTF-8.
PHP_FUNCTION(utf8_encode)
{
    zend_error(E_DEPRECATED, msg::kFunctionDeprecated, "utf8_encode");
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    smart_str result {};
    for (size_t i = 0; i < ZSTR_LEN(input); ++i) {
        unsigned char c = static_cast<unsigned char>(ZSTR_VAL(input)[i]);
        if (c < 0x80) {
            smart_str_appendc(&result, static_cast<char>(c));
        } else {
            smart_str_appendc(&result, static_cast<char>(0xC0 | (c >> 6)));
            smart_str_appendc(&result, static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    if (!result.s)
        RETURN_EMPTY_STRING();
    RETURN_STR(smart_str_extract(&result));
}

// utf8_decode(string $string): string (deprecated in PHP 8.2)
// https://www.php.net/manual/en/function.utf8-decode.php
// UTF-8 to ISO-8859-1; invalid sequences and characters beyond U+00FF become "?".
PHP_FUNCTION(utf8_decode)
{
    zend_error(E_DEPRECATED, msg::kFunctionDeprecated, "utf8_decode");
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    const unsigned char* text = reinterpret_cast<const unsigned char*>(ZSTR_VAL(input));
    zend_string* result = zend_string_alloc(ZSTR_LEN(input), false);
    size_t cursor = 0;
    size_t out = 0;
    while (cursor < ZSTR_LEN(input)) {
        unsigned code_point;
        bool valid = standard::next_utf8(text, ZSTR_LEN(input), &cursor, &code_point);
        ZSTR_VAL(result)[out++] = static_cast<char>(valid && code_point <= 0xFF ? code_point : '?');
    }
    ZSTR_VAL(result)[out] = '\0';
    ZSTR_LEN(result) = out;
    RETURN_STR(result);
}

// The string constants of the standard module (PHP's values).
void standard_register_string_constants(int module_number)
{
    REGISTER_LONG_CONSTANT("STR_PAD_LEFT", standard::kStrPadLeft, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("STR_PAD_RIGHT", standard::kStrPadRight, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("STR_PAD_BOTH", standard::kStrPadBoth, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("HTML_SPECIALCHARS", 0, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("HTML_ENTITIES", 1, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_COMPAT", 2, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_QUOTES", 3, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_NOQUOTES", 0, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_IGNORE", 4, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_SUBSTITUTE", 8, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_DISALLOWED", 128, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_HTML401", 0, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_XML1", 16, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_XHTML", 32, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ENT_HTML5", 48, CONST_PERSISTENT);
}

namespace {

const char* const arginfo_string[] = {"string", nullptr};
const char* const arginfo_str_repeat[] = {"string", "times", nullptr};
const char* const arginfo_implode[] = {"separator", "array", nullptr};
const char* const arginfo_explode[] = {"separator", "string", "limit", nullptr};
const char* const arginfo_substr[] = {"string", "offset", "length", nullptr};
const char* const arginfo_str_split[] = {"string", "length", nullptr};
const char* const arginfo_str_pad[] = {"string", "length", "pad_string", "pad_type", nullptr};
const char* const arginfo_ucwords[] = {"string", "separators", nullptr};
const char* const arginfo_trim[] = {"string", "characters", nullptr};
const char* const arginfo_nl2br[] = {"string", "use_xhtml", nullptr};
const char* const arginfo_chr[] = {"codepoint", nullptr};
const char* const arginfo_ord[] = {"character", nullptr};
const char* const arginfo_addcslashes[] = {"string", "characters", nullptr};
const char* const arginfo_wordwrap[] = {"string", "width", "break", "cut_long_words", nullptr};
const char* const arginfo_chunk_split[] = {"string", "length", "separator", nullptr};
const char* const arginfo_str_word_count[] = {"string", "format", "characters", nullptr};
const char* const arginfo_count_chars[] = {"string", "mode", nullptr};

} // namespace

const zend_function_entry standard_string_functions[] = {
    PHP_FE(strlen, arginfo_string)
    PHP_FE(str_repeat, arginfo_str_repeat)
    PHP_FE(implode, arginfo_implode)
    PHP_FALIAS(join, implode, arginfo_implode)
    PHP_FE(explode, arginfo_explode)
    PHP_FE(substr, arginfo_substr)
    PHP_FE(str_split, arginfo_str_split)
    PHP_FE(strrev, arginfo_string)
    PHP_FE(str_pad, arginfo_str_pad)
    PHP_FE(strtolower, arginfo_string)
    PHP_FE(strtoupper, arginfo_string)
    PHP_FE(ucfirst, arginfo_string)
    PHP_FE(lcfirst, arginfo_string)
    PHP_FE(ucwords, arginfo_ucwords)
    PHP_FE(trim, arginfo_trim)
    PHP_FE(ltrim, arginfo_trim)
    PHP_FE(rtrim, arginfo_trim)
    PHP_FALIAS(chop, rtrim, arginfo_trim)
    PHP_FE(nl2br, arginfo_nl2br)
    PHP_FE(chr, arginfo_chr)
    PHP_FE(ord, arginfo_ord)
    PHP_FE(bin2hex, arginfo_string)
    PHP_FE(hex2bin, arginfo_string)
    PHP_FE(addslashes, arginfo_string)
    PHP_FE(stripslashes, arginfo_string)
    PHP_FE(addcslashes, arginfo_addcslashes)
    PHP_FE(stripcslashes, arginfo_string)
    PHP_FE(quotemeta, arginfo_string)
    PHP_FE(wordwrap, arginfo_wordwrap)
    PHP_FE(chunk_split, arginfo_chunk_split)
    PHP_FE(str_word_count, arginfo_str_word_count)
    PHP_FE(str_rot13, arginfo_string)
    PHP_FE(str_shuffle, arginfo_string)
    PHP_FE(count_chars, arginfo_count_chars)
    PHP_FE(utf8_encode, arginfo_string)
    PHP_FE(utf8_decode, arginfo_string)
    PHP_FE_END
};

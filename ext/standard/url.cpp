// Encodings for URLs and transports (https://www.php.net/manual/en/ref.url.php): base64_encode and
// base64_decode (RFC 4648), urlencode/urldecode (application/x-www-form-urlencoded: a space is "+"),
// rawurlencode/rawurldecode (RFC 3986: a space is "%20", "~" stays), parse_str for query strings,
// and the mail encodings quoted_printable_encode/decode (RFC 2045) and convert_uuencode/decode.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/standard_messages.h"

#include <cstring>

namespace msg = standard_messages;

// urlencode's form (space as "+", "~" escaped) or rawurlencode's (RFC 3986: "~" kept, space "%20").
void php_url_encode_to(smart_str* out, const char* text, size_t length, bool raw)
{
    static const char kHex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || (raw && c == '~');
        if (plain) {
            smart_str_appendc(out, static_cast<char>(c));
        } else if (c == ' ' && !raw) {
            smart_str_appendc(out, '+');
        } else {
            char escape[3] = {'%', kHex[c >> 4], kHex[c & 15]};
            smart_str_appendl(out, escape, 3);
        }
    }
}

namespace {

const char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kHexUpper[] = "0123456789ABCDEF";

// A base64 digit's value; -1 for the whitespace base64_decode skips (\t \n \r space), -2 for any
// other byte.
int base64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    if (c == '\t' || c == '\n' || c == '\r' || c == ' ')
        return -1;
    return -2;
}

zend_string* url_encode(const zend_string* input, bool raw)
{
    smart_str out {};
    php_url_encode_to(&out, ZSTR_VAL(input), ZSTR_LEN(input), raw);
    if (!out.s)
        return ZSTR_EMPTY_ALLOC();
    return smart_str_extract(&out);
}

// Decodes `text` in place (and NUL-terminates it); returns the new length. "%XX" (two hex digits)
// becomes the byte, a malformed escape stays as it is, and with `plus_is_space` (urldecode, query
// strings) "+" is a space (PHP's php_url_decode and php_raw_url_decode).
size_t url_decode_in_place(char* text, size_t length, bool plus_is_space)
{
    char* out = text;
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        int high = i + 2 < length ? standard::hex_digit_value(static_cast<unsigned char>(text[i + 1])) : -1;
        int low = i + 2 < length ? standard::hex_digit_value(static_cast<unsigned char>(text[i + 2])) : -1;
        if (c == '+' && plus_is_space) {
            *out++ = ' ';
        } else if (c == '%' && high >= 0 && low >= 0) {
            *out++ = static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            *out++ = static_cast<char>(c);
        }
    }
    *out = '\0';
    return static_cast<size_t>(out - text);
}

// PHP's limits for parsed query strings (the max_input_vars and max_input_nesting_level settings at
// their defaults). FIXME(ini): read the settings once the extension API can.
constexpr long kMaxInputVars = 1000;
constexpr int kMaxInputNesting = 64;

// Cookie-prefix protection (PHP's php_is_forbidden_variable_name): a name that only became
// "__Host-..." or "__Secure-..." by mangling is dropped.
bool forbidden_name(const char* mangled, size_t length, const char* original)
{
    for (const char* prefix : {"__Host-", "__Secure-"}) {
        size_t n = std::strlen(prefix);
        if (length >= n && std::strncmp(mangled, prefix, n) == 0 && std::strncmp(original, prefix, n) != 0)
            return true;
    }
    return false;
}

// Stores `value` (owned) under the query variable `name` (a C string) in `result`, as PHP's
// php_register_variable_ex does: leading spaces are dropped, " " and "." in the base name become "_",
// and "[key]" / "[]" parts build nested arrays (an unclosed "[" is kept as "_").
void register_variable(const char* name, zval* value, zval* result)
{
    while (*name == ' ')
        ++name;
    size_t name_length = std::strlen(name);
    char* var = static_cast<char*>(emalloc(name_length + 1));
    std::memcpy(var, name, name_length + 1);
    char* p = var;
    char* bracket = nullptr;
    for (; *p; ++p) {
        if (*p == ' ' || *p == '.') {
            *p = '_';
        } else if (*p == '[') {
            bracket = p;
            *p = '\0';
            break;
        }
    }
    size_t var_length = static_cast<size_t>(p - var);
    if (var_length == 0) {
        zval_ptr_dtor(value);
        efree(var);
        return;
    }
    HashTable* table = Z_ARRVAL_P(result);
    char* index = var;
    size_t index_length = var_length;
    auto drop = [&]() {
        zval_ptr_dtor(value);
        efree(var);
    };
    if (bracket) {
        char* ip = bracket;
        for (int level = 1;; ++level) {
            if (level > kMaxInputNesting) {
                zend_symtable_str_del(Z_ARRVAL_P(result), var, var_length);
                drop();
                return;
            }
            ++ip;
            char* index_start = ip;
            if (*ip == ' ' || (*ip >= '\t' && *ip <= '\r'))
                ++ip;
            size_t new_length = 0;
            if (*ip == ']') {
                index_start = nullptr;
            } else {
                ip = std::strchr(ip, ']');
                if (!ip) {
                    // Not an index after all: the "[" and what follows stay in the name.
                    index_start[-1] = '_';
                    for (char* q = index_start; *q; ++q) {
                        if (*q == ' ' || *q == '.' || *q == '[')
                            *q = '_';
                    }
                    index_length = index ? std::strlen(index) : 0;
                    break;
                }
                *ip = '\0';
                new_length = std::strlen(index_start);
            }
            zval* element;
            if (!index) {
                zval fresh;
                array_init(&fresh);
                element = zend_hash_next_index_insert(table, &fresh);
                if (!element) {
                    zval_ptr_dtor(&fresh);
                    drop();
                    return;
                }
            } else {
                if (forbidden_name(index, index_length, name)) {
                    drop();
                    return;
                }
                element = zend_symtable_str_find(table, index, index_length);
                if (!element) {
                    zval fresh;
                    array_init(&fresh);
                    element = zend_symtable_str_update(table, index, index_length, &fresh);
                } else if (Z_TYPE_P(element) != IS_ARRAY) {
                    zval_ptr_dtor(element);
                    array_init(element);
                } else {
                    SEPARATE_ARRAY(element);
                }
            }
            table = Z_ARRVAL_P(element);
            index = index_start;
            index_length = new_length;
            ++ip;
            if (*ip != '[')
                break;
            *ip = '\0';
        }
    }
    if (!index) {
        if (!zend_hash_next_index_insert(table, value))
            zval_ptr_dtor(value);
    } else if (forbidden_name(index, index_length, name)) {
        zval_ptr_dtor(value);
    } else {
        zend_ulong numeric;
        if (ZEND_HANDLE_NUMERIC_STR(index, index_length, numeric))
            zend_hash_index_update(table, numeric, value);
        else
            zend_hash_str_update(table, index, index_length, value);
    }
    efree(var);
}

void encode_function(zend_execute_data* execute_data, zval* return_value, bool raw)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(url_encode(input, raw));
}

void decode_function(zend_execute_data* execute_data, zval* return_value, bool plus_is_space)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    zend_string* result = zend_string_init(ZSTR_VAL(input), ZSTR_LEN(input), false);
    ZSTR_LEN(result) = url_decode_in_place(ZSTR_VAL(result), ZSTR_LEN(result), plus_is_space);
    RETURN_STR(result);
}

} // namespace

// base64_encode(string $string): string
// https://www.php.net/manual/en/function.base64-encode.php
PHP_FUNCTION(base64_encode)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(ZSTR_VAL(input));
    size_t length = ZSTR_LEN(input);
    zend_string* result = zend_string_safe_alloc((length + 2) / 3, 4, 0, false);
    char* out = ZSTR_VAL(result);
    size_t i = 0;
    for (; i + 2 < length; i += 3) {
        *out++ = kBase64Alphabet[p[i] >> 2];
        *out++ = kBase64Alphabet[((p[i] & 0x03) << 4) | (p[i + 1] >> 4)];
        *out++ = kBase64Alphabet[((p[i + 1] & 0x0F) << 2) | (p[i + 2] >> 6)];
        *out++ = kBase64Alphabet[p[i + 2] & 0x3F];
    }
    if (i < length) {
        *out++ = kBase64Alphabet[p[i] >> 2];
        if (i + 1 < length) {
            *out++ = kBase64Alphabet[((p[i] & 0x03) << 4) | (p[i + 1] >> 4)];
            *out++ = kBase64Alphabet[(p[i + 1] & 0x0F) << 2];
        } else {
            *out++ = kBase64Alphabet[(p[i] & 0x03) << 4];
            *out++ = '=';
        }
        *out++ = '=';
    }
    *out = '\0';
    RETURN_STR(result);
}

// base64_decode(string $string, bool $strict = false): string|false
// https://www.php.net/manual/en/function.base64-decode.php
// Lenient by default: bytes outside the alphabet and "=" are skipped. $strict rejects them (whitespace
// still allowed), data after padding, a lone last digit and wrong padding.
PHP_FUNCTION(base64_decode)
{
    zend_string* input;
    bool strict = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|b", &input, &strict) == FAILURE)
        RETURN_THROWS();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(ZSTR_VAL(input));
    size_t length = ZSTR_LEN(input);
    zend_string* result = zend_string_alloc(length, false);
    unsigned char* out = reinterpret_cast<unsigned char*>(ZSTR_VAL(result));
    size_t digits = 0;
    size_t padding = 0;
    size_t j = 0;
    for (size_t k = 0; k < length; ++k) {
        if (p[k] == '=') {
            ++padding;
            continue;
        }
        int value = base64_value(p[k]);
        if (!strict) {
            if (value < 0)
                continue;
        } else {
            if (value == -1)
                continue;
            if (value == -2 || padding) {
                zend_string_efree(result);
                RETURN_FALSE;
            }
        }
        switch (digits % 4) {
        case 0: out[j] = static_cast<unsigned char>(value << 2); break;
        case 1:
            out[j++] |= static_cast<unsigned char>(value >> 4);
            out[j] = static_cast<unsigned char>((value & 0x0F) << 4);
            break;
        case 2:
            out[j++] |= static_cast<unsigned char>(value >> 2);
            out[j] = static_cast<unsigned char>((value & 0x03) << 6);
            break;
        default: out[j++] |= static_cast<unsigned char>(value); break;
        }
        ++digits;
    }
    if (strict && (digits % 4 == 1 || (padding && (padding > 2 || (digits + padding) % 4 != 0)))) {
        zend_string_efree(result);
        RETURN_FALSE;
    }
    out[j] = '\0';
    ZSTR_LEN(result) = j;
    RETURN_STR(result);
}

// urlencode(string $string): string
// https://www.php.net/manual/en/function.urlencode.php
PHP_FUNCTION(urlencode) { encode_function(execute_data, return_value, false); }

// rawurlencode(string $string): string
// https://www.php.net/manual/en/function.rawurlencode.php
PHP_FUNCTION(rawurlencode) { encode_function(execute_data, return_value, true); }

// urldecode(string $string): string
// https://www.php.net/manual/en/function.urldecode.php
PHP_FUNCTION(urldecode) { decode_function(execute_data, return_value, true); }

// rawurldecode(string $string): string
// https://www.php.net/manual/en/function.rawurldecode.php
PHP_FUNCTION(rawurldecode) { decode_function(execute_data, return_value, false); }

// quoted_printable_encode(string $string): string
// https://www.php.net/manual/en/function.quoted-printable-encode.php
// RFC 2045: control bytes, "=", bytes above 0x7E and a space before CR become =XX; lines are kept
// under 76 characters with soft breaks ("=\r\n"), which do not split a UTF-8 sequence.
PHP_FUNCTION(quoted_printable_encode)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    if (ZSTR_LEN(input) == 0)
        RETURN_EMPTY_STRING();
    constexpr size_t kMaxLine = 75;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(ZSTR_VAL(input));
    size_t length = ZSTR_LEN(input);
    smart_str out {};
    size_t line = 0;
    while (length--) {
        unsigned char c = *p++;
        if (c == '\r' && *p == '\n' && length > 0) {
            smart_str_appendc(&out, '\r');
            smart_str_appendc(&out, static_cast<char>(*p++));
            --length;
            line = 0;
            continue;
        }
        if (c < 0x20 || c == 0x7F || (c & 0x80) || c == '=' || (c == ' ' && *p == '\r')) {
            // The soft break comes early enough for the rest of a UTF-8 sequence to fit on the line.
            if (((line += 3) > kMaxLine && c <= 0x7F) || (c > 0x7F && c <= 0xDF && line + 3 > kMaxLine)
                || (c > 0xDF && c <= 0xEF && line + 6 > kMaxLine) || (c > 0xEF && c <= 0xF4 && line + 9 > kMaxLine)) {
                smart_str_appendl(&out, "=\r\n", 3);
                line = 3;
            }
            char escape[3] = {'=', kHexUpper[c >> 4], kHexUpper[c & 15]};
            smart_str_appendl(&out, escape, 3);
        } else {
            if (++line > kMaxLine) {
                smart_str_appendl(&out, "=\r\n", 3);
                line = 1;
            }
            smart_str_appendc(&out, static_cast<char>(c));
        }
    }
    RETURN_STR(smart_str_extract(&out));
}

// quoted_printable_decode(string $string): string
// https://www.php.net/manual/en/function.quoted-printable-decode.php
// "=XX" becomes the byte; "=" followed by spaces or tabs and a line break (or the end) is a soft
// break and disappears; any other "=" stays. The input is read as a C string (up to a NUL).
PHP_FUNCTION(quoted_printable_decode)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    const char* in = ZSTR_VAL(input);
    zend_string* result = zend_string_alloc(ZSTR_LEN(input), false);
    char* out = ZSTR_VAL(result);
    size_t i = 0;
    while (in[i]) {
        if (in[i] != '=') {
            *out++ = in[i++];
            continue;
        }
        if (in[i + 1] && in[i + 2] && standard::hex_digit_value(static_cast<unsigned char>(in[i + 1])) >= 0
            && standard::hex_digit_value(static_cast<unsigned char>(in[i + 2])) >= 0) {
            *out++ = static_cast<char>(standard::hex_digit_value(static_cast<unsigned char>(in[i + 1])) * 16
                                       + standard::hex_digit_value(static_cast<unsigned char>(in[i + 2])));
            i += 3;
            continue;
        }
        size_t k = 1;
        while (in[i + k] == ' ' || in[i + k] == '\t')
            ++k;
        if (!in[i + k])
            i += k;
        else if (in[i + k] == '\r' && in[i + k + 1] == '\n')
            i += k + 2;
        else if (in[i + k] == '\r' || in[i + k] == '\n')
            i += k + 1;
        else
            *out++ = in[i++];
    }
    *out = '\0';
    ZSTR_LEN(result) = static_cast<size_t>(out - ZSTR_VAL(result));
    RETURN_STR(result);
}

namespace {

char uu_encode_char(unsigned c) { return c ? static_cast<char>((c & 077) + ' ') : '`'; }
unsigned uu_decode_char(char c) { return static_cast<unsigned>(c - ' ') & 077; }

} // namespace

// convert_uuencode(string $string): string
// https://www.php.net/manual/en/function.convert-uuencode.php
// Lines of 45 bytes (a length character, then 60 characters), a final shorter line, and "`\n".
PHP_FUNCTION(convert_uuencode)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    // s[] may be read one or two bytes past the data, into the string's terminating NUL, as PHP does.
    const unsigned char* s = reinterpret_cast<const unsigned char*>(ZSTR_VAL(input));
    const unsigned char* e = s + ZSTR_LEN(input);
    auto second = [](const unsigned char* q) { return uu_encode_char(((q[0] << 4) & 060) | ((q[1] >> 4) & 017)); };
    auto third = [](const unsigned char* q) { return uu_encode_char(((q[1] << 2) & 074) | ((q[2] >> 6) & 03)); };
    smart_str out {};
    size_t line = 45;
    while (s + 3 < e) {
        const unsigned char* line_end = s + line;
        if (line_end > e) {
            line_end = e;
            line = static_cast<size_t>(line_end - s);
            if (line % 3)
                line_end = s + line / 3 * 3;
        }
        smart_str_appendc(&out, uu_encode_char(static_cast<unsigned>(line)));
        for (; s < line_end; s += 3) {
            smart_str_appendc(&out, uu_encode_char(s[0] >> 2));
            smart_str_appendc(&out, second(s));
            smart_str_appendc(&out, third(s));
            smart_str_appendc(&out, uu_encode_char(s[2] & 077));
        }
        if (line == 45)
            smart_str_appendc(&out, '\n');
    }
    if (s < e) {
        if (line == 45) {
            smart_str_appendc(&out, uu_encode_char(static_cast<unsigned>(e - s)));
            line = 0;
        }
        smart_str_appendc(&out, uu_encode_char(s[0] >> 2));
        smart_str_appendc(&out, second(s));
        smart_str_appendc(&out, e - s > 1 ? third(s) : uu_encode_char(0));
        smart_str_appendc(&out, e - s > 2 ? uu_encode_char(s[2] & 077) : uu_encode_char(0));
    }
    if (line < 45)
        smart_str_appendc(&out, '\n');
    smart_str_appendc(&out, uu_encode_char(0));
    smart_str_appendc(&out, '\n');
    RETURN_STR(smart_str_extract(&out));
}

// convert_uudecode(string $string): string|false
// https://www.php.net/manual/en/function.convert-uudecode.php
PHP_FUNCTION(convert_uudecode)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    const char* s = ZSTR_VAL(input);
    size_t source_length = ZSTR_LEN(input);
    const char* e = s + source_length;
    // Reads past the data see NUL (PHP reads its terminator, and in broken input beyond it).
    auto at = [&](const char* q) { return q < e ? *q : '\0'; };
    bool valid = source_length > 0;
    smart_str out {};
    size_t total = 0;
    while (valid && s < e) {
        size_t line = uu_decode_char(*s++);
        if (line == 0)
            break;
        if (line > source_length) {
            valid = false;
            break;
        }
        total += line;
        const char* line_end = s + (line == 45 ? 60 : static_cast<size_t>(line * 1.33));
        if (line_end > e) {
            valid = false;
            break;
        }
        for (; s < line_end; s += 4) {
            if (s + 4 > e) {
                valid = false;
                break;
            }
            smart_str_appendc(&out, static_cast<char>(uu_decode_char(s[0]) << 2 | uu_decode_char(s[1]) >> 4));
            smart_str_appendc(&out, static_cast<char>(uu_decode_char(s[1]) << 4 | uu_decode_char(s[2]) >> 2));
            smart_str_appendc(&out, static_cast<char>(uu_decode_char(s[2]) << 6 | uu_decode_char(s[3])));
        }
        if (!valid || line < 45)
            break;
        ++s; // the line's "\n"
    }
    if (!valid) {
        smart_str_free(&out);
        php_error_docref(nullptr, E_WARNING, "%s", msg::kNotUuencoded);
        RETURN_FALSE;
    }
    size_t written = smart_str_get_len(&out);
    if (total > written) {
        smart_str_appendc(&out, static_cast<char>(uu_decode_char(at(s)) << 2 | uu_decode_char(at(s + 1)) >> 4));
        if (total > 1)
            smart_str_appendc(&out, static_cast<char>(uu_decode_char(at(s + 1)) << 4 | uu_decode_char(at(s + 2)) >> 2));
        if (total > 2)
            smart_str_appendc(&out, static_cast<char>(uu_decode_char(at(s + 2)) << 6 | uu_decode_char(at(s + 3))));
    }
    // The length characters decide: decoded groups past them are dropped.
    if (!out.s)
        RETURN_EMPTY_STRING();
    zend_string* result = smart_str_extract(&out);
    if (ZSTR_LEN(result) > total) {
        ZSTR_LEN(result) = total;
        ZSTR_VAL(result)[total] = '\0';
    }
    RETURN_STR(result);
}

// parse_str(string $string, array &$result): void
// https://www.php.net/manual/en/function.parse-str.php
// A query string ("a=1&b[]=2&c[x]=3") into $result, with PHP's variable-name rules. The input is read
// as a C string (up to a NUL); the separator is "&" (arg_separator.input's default).
PHP_FUNCTION(parse_str)
{
    char* input;
    size_t input_length;
    zval* result;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "sz", &input, &input_length, &result) == FAILURE)
        RETURN_THROWS();
    zval_ptr_dtor(result);
    array_init(result);
    char* buffer = static_cast<char*>(emalloc(input_length + 1));
    std::memcpy(buffer, input, input_length);
    buffer[input_length] = '\0';
    long count = 0;
    char* saved = nullptr;
    for (char* pair = strtok_r(buffer, "&", &saved); pair; pair = strtok_r(nullptr, "&", &saved)) {
        if (++count > kMaxInputVars) {
            php_error_docref(nullptr, E_WARNING, msg::kInputVarsExceeded, kMaxInputVars);
            break;
        }
        char* value_text = std::strchr(pair, '=');
        zval value;
        if (value_text) {
            *value_text++ = '\0';
            size_t value_length = url_decode_in_place(value_text, std::strlen(value_text), true);
            ZVAL_STRINGL(&value, value_text, value_length);
        } else {
            ZVAL_EMPTY_STRING(&value);
        }
        url_decode_in_place(pair, std::strlen(pair), true);
        register_variable(pair, &value, result);
    }
    efree(buffer);
}

namespace {

constexpr zend_long kQueryRfc1738 = 1;
constexpr zend_long kQueryRfc3986 = 2;

// One level of http_build_query: keys of nested arrays are written "outer%5Binner%5D".
void build_query(smart_str* out, HashTable* ht, const char* numeric_prefix, size_t numeric_prefix_length,
                 const char* key_prefix, size_t key_prefix_length, bool nested, const char* separator,
                 size_t separator_length, bool raw)
{
    zend_hash_for_each(ht, [&](zend_ulong index, zend_string* key, zval* value) {
        ZVAL_DEREF(value);
        // The key as it appears: prefix, encoded name (or numeric prefix and number), "%5D" inside an array.
        smart_str name {};
        smart_str_appendl(&name, key_prefix, key_prefix_length);
        if (key) {
            php_url_encode_to(&name, ZSTR_VAL(key), ZSTR_LEN(key), raw);
        } else {
            smart_str_appendl(&name, numeric_prefix, numeric_prefix_length);
            smart_str_append_long(&name, static_cast<zend_long>(index));
        }
        if (nested)
            smart_str_appends(&name, "%5D");
        if (Z_TYPE_P(value) == IS_ARRAY) {
            smart_str_appends(&name, "%5B");
            zend_string* prefix = name.s ? smart_str_extract(&name) : ZSTR_EMPTY_ALLOC();
            HashTable* inner = Z_ARRVAL_P(value);
            if (!(GC_FLAGS(inner) & GC_IMMUTABLE)) {
                if (GC_IS_RECURSIVE(inner)) {
                    zend_string_release(prefix);
                    return;
                }
                GC_PROTECT_RECURSION(inner);
            }
            build_query(out, inner, "", 0, ZSTR_VAL(prefix), ZSTR_LEN(prefix), true, separator, separator_length,
                        raw);
            if (!(GC_FLAGS(inner) & GC_IMMUTABLE))
                GC_UNPROTECT_RECURSION(inner);
            zend_string_release(prefix);
            return;
        }
        if (Z_TYPE_P(value) == IS_NULL || Z_TYPE_P(value) == IS_RESOURCE || Z_TYPE_P(value) == IS_OBJECT) {
            smart_str_free(&name);
            return;
        }
        if (out->s)
            smart_str_appendl(out, separator, separator_length);
        if (name.s)
            smart_str_append(out, name.s);
        smart_str_free(&name);
        smart_str_appendc(out, '=');
        switch (Z_TYPE_P(value)) {
        case IS_LONG: smart_str_append_long(out, Z_LVAL_P(value)); break;
        case IS_FALSE: smart_str_appendc(out, '0'); break;
        case IS_TRUE: smart_str_appendc(out, '1'); break;
        default: {
            zend_string* tmp = nullptr;
            zend_string* text = zval_get_tmp_string(value, &tmp);
            php_url_encode_to(out, ZSTR_VAL(text), ZSTR_LEN(text), raw);
            zend_tmp_string_release(tmp);
            break;
        }
        }
    });
}

} // namespace

// http_build_query(array|object $data, string $numeric_prefix = "", ?string $arg_separator = null,
//                  int $encoding_type = PHP_QUERY_RFC1738): string
// https://www.php.net/manual/en/function.http-build-query.php
// FIXME(classes): objects (their public properties).
PHP_FUNCTION(http_build_query)
{
    zval* data;
    char* numeric_prefix = nullptr;
    size_t numeric_prefix_length = 0;
    char* separator = nullptr;
    size_t separator_length = 0;
    zend_long encoding = kQueryRfc1738;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|ss!l", &data, &numeric_prefix, &numeric_prefix_length, &separator,
                              &separator_length, &encoding)
        == FAILURE)
        RETURN_THROWS();
    ZVAL_DEREF(data);
    if (Z_TYPE_P(data) != IS_ARRAY) {
        zend_argument_type_error(1, "must be of type array, %s given", zend_zval_type_name(data));
        RETURN_THROWS();
    }
    if (!separator || separator_length == 0) {
        separator = const_cast<char*>("&");
        separator_length = 1;
    }
    smart_str out {};
    build_query(&out, Z_ARRVAL_P(data), numeric_prefix ? numeric_prefix : "", numeric_prefix_length, "", 0, false,
                separator, separator_length, encoding == kQueryRfc3986);
    if (!out.s)
        RETURN_EMPTY_STRING();
    RETURN_STR(smart_str_extract(&out));
}

namespace {

const char* const arginfo_string[] = {"string", nullptr};
const char* const arginfo_base64_decode[] = {"string", "strict", nullptr};
const char* const arginfo_parse_str[] = {"string", "&result", nullptr};
const char* const arginfo_http_build_query[] = {"data", "numeric_prefix", "arg_separator", "encoding_type", nullptr};

} // namespace

const zend_function_entry standard_url_functions[] = {
    PHP_FE(base64_encode, arginfo_string)
    PHP_FE(base64_decode, arginfo_base64_decode)
    PHP_FE(http_build_query, arginfo_http_build_query)
    PHP_FE(urlencode, arginfo_string)
    PHP_FE(rawurlencode, arginfo_string)
    PHP_FE(urldecode, arginfo_string)
    PHP_FE(rawurldecode, arginfo_string)
    PHP_FE(parse_str, arginfo_parse_str)
    PHP_FE(quoted_printable_encode, arginfo_string)
    PHP_FE(quoted_printable_decode, arginfo_string)
    PHP_FE(convert_uuencode, arginfo_string)
    PHP_FE(convert_uudecode, arginfo_string)
    PHP_FE_END
};

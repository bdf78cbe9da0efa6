// json_decode's parser (https://www.php.net/manual/en/function.json-decode.php): a recursive-descent
// reader of RFC 8259 JSON with PHP's error codes (ext/json/json_scanner.re and json_parser.y): an
// unescaped control character in a string is a control-character error, bytes that are not UTF-8 a UTF-8
// error, a lone \u surrogate a UTF-16 error, a closing bracket of the other kind a state mismatch, and
// anything else out of place a syntax error. Nesting arrays and objects as deep as $depth is a depth
// error. Integers too large for int become floats (or strings with JSON_BIGINT_AS_STRING).
//
// JSON objects become PHP arrays. DIVERGENCE: without $associative (stdClass does not exist yet) a
// document that holds an object ends the script with a fatal error saying so, instead of returning a
// wrong value. FIXME(classes): decode objects to stdClass.
#include "ext/json/json_internal.h"

#include "engine/operators/numeric.h"

#include <cerrno>
#include <cstring>

namespace miniphp::json {

namespace {

struct Parser {
    const unsigned char* p;
    const unsigned char* end;
    zend_long options;
    int depth;
    int max_depth;
    int error;
    bool saw_object;
};

void skip_whitespace(Parser* parser)
{
    while (parser->p < parser->end
           && (*parser->p == ' ' || *parser->p == '\t' || *parser->p == '\n' || *parser->p == '\r'))
        ++parser->p;
}

// The error for a byte where a token should start: NUL and control characters, bytes that are not
// UTF-8, or plain syntax.
int bad_token_error(Parser* parser)
{
    unsigned char c = *parser->p;
    if (c < 0x20)
        return kErrorCtrlChar;
    if (c >= 0x80) {
        // A well-formed UTF-8 character is simply unexpected; anything else is a UTF-8 error.
        const unsigned char* q = parser->p;
        int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
        if (extra < 0)
            return kErrorUtf8;
        for (int i = 1; i <= extra; ++i)
            if (q + i >= parser->end || (q[i] & 0xC0) != 0x80)
                return kErrorUtf8;
    }
    return kErrorSyntax;
}


bool read_hex4(const unsigned char* p, const unsigned char* end, unsigned* value)
{
    if (end - p < 4)
        return false;
    unsigned result = 0;
    for (int i = 0; i < 4; ++i) {
        int digit = hex_digit_value(p[i]);
        if (digit < 0)
            return false;
        result = result * 16 + static_cast<unsigned>(digit);
    }
    *value = result;
    return true;
}

void append_utf8(smart_str* out, unsigned code)
{
    if (code < 0x80) {
        smart_str_appendc(out, static_cast<char>(code));
    } else if (code < 0x800) {
        smart_str_appendc(out, static_cast<char>(0xC0 | (code >> 6)));
        smart_str_appendc(out, static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        smart_str_appendc(out, static_cast<char>(0xE0 | (code >> 12)));
        smart_str_appendc(out, static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        smart_str_appendc(out, static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        smart_str_appendc(out, static_cast<char>(0xF0 | (code >> 18)));
        smart_str_appendc(out, static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        smart_str_appendc(out, static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        smart_str_appendc(out, static_cast<char>(0x80 | (code & 0x3F)));
    }
}

// A string token (parser->p at the opening quote); an owned zend_string or null with parser->error set.
zend_string* read_string(Parser* parser)
{
    smart_str out {};
    const unsigned char* p = parser->p + 1;
    const unsigned char* end = parser->end;
    for (;;) {
        // The end of the text inside a string is PHP's control-character error (its scanner sees the NUL).
        if (p >= end) {
            smart_str_free(&out);
            parser->error = kErrorCtrlChar;
            return nullptr;
        }
        unsigned char c = *p;
        if (c == '"') {
            ++p;
            break;
        }
        if (c < 0x20) {
            smart_str_free(&out);
            parser->error = kErrorCtrlChar;
            return nullptr;
        }
        if (c == '\\') {
            if (p + 1 >= end) {
                smart_str_free(&out);
                parser->error = kErrorSyntax;
                return nullptr;
            }
            unsigned char escape = p[1];
            p += 2;
            switch (escape) {
            case '"': smart_str_appendc(&out, '"'); break;
            case '\\': smart_str_appendc(&out, '\\'); break;
            case '/': smart_str_appendc(&out, '/'); break;
            case 'b': smart_str_appendc(&out, '\b'); break;
            case 'f': smart_str_appendc(&out, '\f'); break;
            case 'n': smart_str_appendc(&out, '\n'); break;
            case 'r': smart_str_appendc(&out, '\r'); break;
            case 't': smart_str_appendc(&out, '\t'); break;
            case 'u': {
                unsigned code;
                if (!read_hex4(p, end, &code)) {
                    smart_str_free(&out);
                    parser->error = kErrorSyntax;
                    return nullptr;
                }
                p += 4;
                if (code >= 0xD800 && code <= 0xDBFF) {
                    unsigned low;
                    if (end - p >= 6 && p[0] == '\\' && p[1] == 'u' && read_hex4(p + 2, end, &low) && low >= 0xDC00
                        && low <= 0xDFFF) {
                        p += 6;
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    } else {
                        smart_str_free(&out);
                        parser->error = kErrorUtf16;
                        return nullptr;
                    }
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    smart_str_free(&out);
                    parser->error = kErrorUtf16;
                    return nullptr;
                }
                append_utf8(&out, code);
                break;
            }
            default:
                smart_str_free(&out);
                parser->error = kErrorSyntax;
                return nullptr;
            }
            continue;
        }
        if (c >= 0x80) {
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            bool valid = extra > 0;
            unsigned code = extra == 1 ? c & 0x1F : extra == 2 ? c & 0x0F : c & 0x07;
            for (int i = 1; valid && i <= extra; ++i) {
                if (p + i >= end || (p[i] & 0xC0) != 0x80)
                    valid = false;
                else
                    code = (code << 6) | (p[i] & 0x3F);
            }
            if (valid) {
                static const unsigned minimum[] = {0, 0x80, 0x800, 0x10000};
                valid = code >= minimum[extra] && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
            }
            if (!valid) {
                smart_str_free(&out);
                parser->error = kErrorUtf8;
                return nullptr;
            }
            smart_str_appendl(&out, reinterpret_cast<const char*>(p), static_cast<size_t>(extra) + 1);
            p += extra + 1;
            continue;
        }
        smart_str_appendc(&out, static_cast<char>(c));
        ++p;
    }
    parser->p = p;
    return out.s ? smart_str_extract(&out) : ZSTR_EMPTY_ALLOC();
}

// The [0-9]+ of a number's fraction or exponent: moves *p past the digits; false when there is none.
bool skip_required_digits(const unsigned char** p, const unsigned char* end)
{
    if (*p >= end || !(**p >= '0' && **p <= '9'))
        return false;
    while (*p < end && **p >= '0' && **p <= '9')
        ++*p;
    return true;
}

// A number token: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool read_number(Parser* parser, zval* result)
{
    const unsigned char* start = parser->p;
    const unsigned char* p = start;
    const unsigned char* end = parser->end;
    if (p < end && *p == '-')
        ++p;
    if (p >= end || !(*p >= '0' && *p <= '9')) {
        parser->error = p < end ? bad_token_error(parser) : kErrorSyntax;
        return false;
    }
    if (*p == '0') {
        ++p;
    } else {
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
    }
    bool is_double = false;
    if (p < end && *p == '.') {
        ++p;
        if (!skip_required_digits(&p, end)) {
            parser->error = kErrorSyntax;
            return false;
        }
        is_double = true;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (!skip_required_digits(&p, end)) {
            parser->error = kErrorSyntax;
            return false;
        }
        is_double = true;
    }
    // A digit right after "0" ("01") is a second token: a syntax error.
    parser->p = p;
    const char* text = reinterpret_cast<const char*>(start);
    size_t length = static_cast<size_t>(p - start);
    if (!is_double) {
        // Integers that do not fit are floats, or their digits with JSON_BIGINT_AS_STRING.
        errno = 0;
        char* stop = nullptr;
        char buffer[64];
        bool fits = length < sizeof buffer;
        if (fits) {
            std::memcpy(buffer, text, length);
            buffer[length] = '\0';
            long long value = std::strtoll(buffer, &stop, 10);
            if (errno != ERANGE) {
                ZVAL_LONG(result, static_cast<zend_long>(value));
                return true;
            }
        }
        if (parser->options & kBigintAsString) {
            ZVAL_STRINGL(result, text, length);
            return true;
        }
    }
    char* copy = estrndup(text, length);
    ZVAL_DOUBLE(result, zend_strtod(copy, nullptr));
    efree(copy);
    return true;
}

bool read_value(Parser* parser, zval* result);

bool enter(Parser* parser)
{
    // PHP counts the scalar level too: $depth = 1 allows no array at all.
    if (parser->depth + 1 >= parser->max_depth) {
        parser->error = kErrorDepth;
        return false;
    }
    ++parser->depth;
    return true;
}

// One element of an array: a value, appended.
bool read_array_element(Parser* parser, zval* array)
{
    zval element;
    if (!read_value(parser, &element))
        return false;
    zend_hash_next_index_insert(Z_ARRVAL_P(array), &element);
    return true;
}

// One member of an object: a string key, ":", a value (a later duplicate key replaces the value).
bool read_object_member(Parser* parser, zval* object)
{
    if (parser->p >= parser->end) {
        parser->error = kErrorSyntax;
        return false;
    }
    if (*parser->p != '"') {
        parser->error = bad_token_error(parser);
        return false;
    }
    zend_string* key = read_string(parser);
    if (!key)
        return false;
    skip_whitespace(parser);
    if (parser->p >= parser->end || *parser->p != ':') {
        parser->error = parser->p < parser->end ? bad_token_error(parser) : kErrorSyntax;
        zend_string_release(key);
        return false;
    }
    ++parser->p;
    skip_whitespace(parser);
    zval element;
    if (!read_value(parser, &element)) {
        zend_string_release(key);
        return false;
    }
    zend_symtable_update(Z_ARRVAL_P(object), key, &element);
    zend_string_release(key);
    return true;
}

// The body of an array or object, from its opening bracket at parser->p to the closing one, `close`,
// into `result` (a PHP array either way), each element read by `read_element`. The other kind of
// closing bracket is a state mismatch; a "," right before either is a syntax error, found where the
// element is read. On failure `result` is released and parser->error set.
bool read_elements(Parser* parser, zval* result, unsigned char close, bool (*read_element)(Parser*, zval*))
{
    ++parser->p;
    array_init(result);
    skip_whitespace(parser);
    for (bool first = true;; first = false) {
        if (parser->p >= parser->end) {
            parser->error = kErrorSyntax;
            break;
        }
        unsigned char c = *parser->p;
        if (c == ']' || c == '}') {
            if (c != close) {
                parser->error = kErrorStateMismatch;
                break;
            }
            ++parser->p;
            --parser->depth;
            return true;
        }
        if (!first) {
            if (c != ',') {
                parser->error = bad_token_error(parser);
                break;
            }
            ++parser->p;
            skip_whitespace(parser);
        }
        if (!read_element(parser, result))
            break;
        skip_whitespace(parser);
    }
    zval_ptr_dtor(result);
    return false;
}

bool read_array(Parser* parser, zval* result)
{
    if (!enter(parser))
        return false;
    return read_elements(parser, result, ']', read_array_element);
}

bool read_object(Parser* parser, zval* result)
{
    if (!enter(parser))
        return false;
    parser->saw_object = true;
    return read_elements(parser, result, '}', read_object_member);
}

bool literal(Parser* parser, const char* word, size_t length)
{
    if (static_cast<size_t>(parser->end - parser->p) >= length && std::memcmp(parser->p, word, length) == 0) {
        parser->p += length;
        return true;
    }
    return false;
}

bool read_value(Parser* parser, zval* result)
{
    if (parser->p >= parser->end) {
        parser->error = kErrorSyntax;
        return false;
    }
    switch (*parser->p) {
    case '{': return read_object(parser, result);
    case '[': return read_array(parser, result);
    case '"': {
        zend_string* text = read_string(parser);
        if (!text)
            return false;
        ZVAL_STR(result, text);
        return true;
    }
    case 't':
        if (literal(parser, "true", 4)) {
            ZVAL_TRUE(result);
            return true;
        }
        break;
    case 'f':
        if (literal(parser, "false", 5)) {
            ZVAL_FALSE(result);
            return true;
        }
        break;
    case 'n':
        if (literal(parser, "null", 4)) {
            ZVAL_NULL(result);
            return true;
        }
        break;
    default:
        if (*parser->p == '-' || (*parser->p >= '0' && *parser->p <= '9'))
            return read_number(parser, result);
        break;
    }
    parser->error = bad_token_error(parser);
    return false;
}

} // namespace

int decode(const char* text, size_t length, bool assoc, zend_long options, zend_long max_depth, zval* result)
{
    Parser parser {reinterpret_cast<const unsigned char*>(text), reinterpret_cast<const unsigned char*>(text) + length,
                   options, 0, static_cast<int>(max_depth), kErrorNone, false};
    skip_whitespace(&parser);
    if (!read_value(&parser, result))
        return parser.error;
    skip_whitespace(&parser);
    if (parser.p < parser.end) {
        int error = bad_token_error(&parser);
        zval_ptr_dtor(result);
        return error;
    }
    if (parser.saw_object && !assoc) {
        zval_ptr_dtor(result);
        zend_error_noreturn(E_ERROR, "json_decode(): decoding JSON objects without $associative = true is not "
                                     "supported yet (stdClass does not exist)");
    }
    return kErrorNone;
}

} // namespace miniphp::json

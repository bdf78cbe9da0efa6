// json_encode's encoder (https://www.php.net/manual/en/function.json-encode.php), after PHP's
// ext/json/json_encoder.c: a list array is a JSON array, any other array an object; floats use
// serialize_precision (-1: the shortest form that reads back the same) with a lower-case exponent;
// strings must be valid UTF-8 and are escaped as the flags ask.
//
// Errors do not stop the walk when JSON_PARTIAL_OUTPUT_ON_ERROR is given: the failing value is written
// as PHP writes it (null, or 0 for INF and NAN) and the last error is reported.
// FIXME(classes): objects (public properties, JsonSerializable) are reported as an unsupported type.
#include "ext/json/json_internal.h"

#include "engine/operators/numeric.h"

#include <cmath>
#include <cstring>

namespace miniphp::json {

namespace {

struct Encoder {
    zend_long options;
    int depth;
    int max_depth;
    int error;
};

bool partial(const Encoder* encoder) { return (encoder->options & kPartialOutputOnError) != 0; }

void pretty_char(smart_str* out, const Encoder* encoder, char c)
{
    if (encoder->options & kPrettyPrint)
        smart_str_appendc(out, c);
}

void pretty_indent(smart_str* out, const Encoder* encoder)
{
    if (encoder->options & kPrettyPrint)
        for (int i = 0; i < encoder->depth; ++i)
            smart_str_appends(out, "    ");
}

void encode_double(smart_str* out, double value, bool zero_fraction)
{
    char digits[MINIPHP_DOUBLE_MAX_LENGTH];
    size_t length = format_double(digits, value, current_serialize_precision(), '.', 'e');
    smart_str_appendl(out, digits, length);
    if (zero_fraction && !std::memchr(digits, '.', length))
        smart_str_appends(out, ".0");
}

// The code point of the UTF-8 sequence at text[*position] (advanced past it), or -1 for an invalid
// sequence (advanced past the bytes that were examined).
int32_t next_code_point(const unsigned char* text, size_t length, size_t* position)
{
    size_t at = *position;
    unsigned char c = text[at];
    if (c < 0x80) {
        *position = at + 1;
        return c;
    }
    int extra;
    int32_t code;
    int32_t minimum;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1, code = c & 0x1F, minimum = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2, code = c & 0x0F, minimum = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3, code = c & 0x07, minimum = 0x10000;
    } else {
        *position = at + 1;
        return -1;
    }
    for (int i = 1; i <= extra; ++i) {
        if (at + i >= length || (text[at + i] & 0xC0) != 0x80) {
            *position = at + i;
            return -1;
        }
        code = (code << 6) | (text[at + i] & 0x3F);
    }
    *position = at + extra + 1;
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return -1;
    return code;
}

void append_u_escape(smart_str* out, unsigned code)
{
    static const char digits[] = "0123456789abcdef";
    char text[6] = {'\\', 'u', digits[(code >> 12) & 15], digits[(code >> 8) & 15], digits[(code >> 4) & 15],
                    digits[code & 15]};
    smart_str_appendl(out, text, 6);
}

// A JSON string, or with JSON_NUMERIC_CHECK a number when the string is numeric.
bool encode_string(smart_str* out, const char* text, size_t length, Encoder* encoder, zend_long options)
{
    if (options & kNumericCheck) {
        zend_long lval;
        double dval;
        zend_uchar type = is_numeric_string(text, length, &lval, &dval, false);
        if (type == IS_LONG) {
            smart_str_append_long(out, lval);
            return true;
        }
        if (type == IS_DOUBLE && std::isfinite(dval)) {
            encode_double(out, dval, (options & kPreserveZeroFraction) != 0);
            return true;
        }
    }
    size_t checkpoint = smart_str_get_len(out);
    smart_str_appendc(out, '"');
    const auto* bytes = reinterpret_cast<const unsigned char*>(text);
    size_t position = 0;
    while (position < length) {
        unsigned char c = bytes[position];
        if (c >= 0x80) {
            size_t start = position;
            int32_t code = next_code_point(bytes, length, &position);
            if (code < 0) {
                if (options & kInvalidUtf8Ignore)
                    continue;
                if (options & kInvalidUtf8Substitute) {
                    if (options & kUnescapedUnicode)
                        smart_str_appends(out, "\xEF\xBF\xBD");
                    else
                        smart_str_appends(out, "\\ufffd");
                    continue;
                }
                if (out->s)
                    ZSTR_LEN(out->s) = checkpoint;
                encoder->error = kErrorUtf8;
                if (options & kPartialOutputOnError)
                    smart_str_appends(out, "null");
                return false;
            }
            bool line_terminator = code == 0x2028 || code == 0x2029;
            if ((options & kUnescapedUnicode) && !(line_terminator && !(options & kUnescapedLineTerminators))) {
                smart_str_appendl(out, text + start, position - start);
            } else if (code >= 0x10000) {
                code -= 0x10000;
                append_u_escape(out, 0xD800 | (code >> 10));
                append_u_escape(out, 0xDC00 | (code & 0x3FF));
            } else {
                append_u_escape(out, static_cast<unsigned>(code));
            }
            continue;
        }
        ++position;
        switch (c) {
        case '"':
            smart_str_appends(out, (options & kHexQuot) ? "\\u0022" : "\\\"");
            break;
        case '\\': smart_str_appends(out, "\\\\"); break;
        case '/':
            if (options & kUnescapedSlashes)
                smart_str_appendc(out, '/');
            else
                smart_str_appends(out, "\\/");
            break;
        case '\b': smart_str_appends(out, "\\b"); break;
        case '\f': smart_str_appends(out, "\\f"); break;
        case '\n': smart_str_appends(out, "\\n"); break;
        case '\r': smart_str_appends(out, "\\r"); break;
        case '\t': smart_str_appends(out, "\\t"); break;
        case '<':
            smart_str_appends(out, (options & kHexTag) ? "\\u003C" : "<");
            break;
        case '>':
            smart_str_appends(out, (options & kHexTag) ? "\\u003E" : ">");
            break;
        case '&':
            smart_str_appends(out, (options & kHexAmp) ? "\\u0026" : "&");
            break;
        case '\'':
            smart_str_appends(out, (options & kHexApos) ? "\\u0027" : "'");
            break;
        default:
            if (c < 0x20)
                append_u_escape(out, c);
            else
                smart_str_appendc(out, static_cast<char>(c));
            break;
        }
    }
    smart_str_appendc(out, '"');
    return true;
}

bool encode_value(smart_str* out, zval* value, Encoder* encoder);

bool is_list(HashTable* ht)
{
    zend_ulong expected = 0;
    bool list = true;
    zend_hash_for_each(ht, [&](zend_ulong index, zend_string* key, zval*) {
        if (key || index != expected)
            list = false;
        ++expected;
    });
    return list;
}

bool encode_array(smart_str* out, HashTable* ht, Encoder* encoder)
{
    const bool as_object = (encoder->options & kForceObject) || !is_list(ht);
    const bool mutable_array = !(GC_FLAGS(ht) & GC_IMMUTABLE);
    if (mutable_array && GC_IS_RECURSIVE(ht)) {
        encoder->error = kErrorRecursion;
        smart_str_appends(out, "null");
        return false;
    }
    if (mutable_array)
        GC_PROTECT_RECURSION(ht);
    smart_str_appendc(out, as_object ? '{' : '[');
    ++encoder->depth;
    bool need_comma = false;
    bool failed = false;
    zend_hash_for_each(ht, [&](zend_ulong index, zend_string* key, zval* element) {
        if (failed)
            return;
        if (need_comma)
            smart_str_appendc(out, ',');
        need_comma = true;
        pretty_char(out, encoder, '\n');
        pretty_indent(out, encoder);
        if (as_object) {
            if (key) {
                if (!encode_string(out, ZSTR_VAL(key), ZSTR_LEN(key), encoder, encoder->options & ~kNumericCheck)
                    && partial(encoder) && out->s) {
                    ZSTR_LEN(out->s) -= 4;
                    smart_str_appends(out, "\"\"");
                }
            } else {
                smart_str_appendc(out, '"');
                smart_str_append_long(out, static_cast<zend_long>(index));
                smart_str_appendc(out, '"');
            }
            smart_str_appendc(out, ':');
            pretty_char(out, encoder, ' ');
        }
        if (!encode_value(out, element, encoder) && !partial(encoder))
            failed = true;
    });
    if (mutable_array)
        GC_UNPROTECT_RECURSION(ht);
    if (failed)
        return false;
    if (encoder->depth > encoder->max_depth) {
        encoder->error = kErrorDepth;
        if (!partial(encoder))
            return false;
    }
    --encoder->depth;
    if (need_comma) {
        pretty_char(out, encoder, '\n');
        pretty_indent(out, encoder);
    }
    smart_str_appendc(out, as_object ? '}' : ']');
    return true;
}

bool encode_value(smart_str* out, zval* value, Encoder* encoder)
{
    ZVAL_DEREF(value);
    switch (Z_TYPE_P(value)) {
    case IS_NULL: smart_str_appends(out, "null"); return true;
    case IS_TRUE: smart_str_appends(out, "true"); return true;
    case IS_FALSE: smart_str_appends(out, "false"); return true;
    case IS_LONG: smart_str_append_long(out, Z_LVAL_P(value)); return true;
    case IS_DOUBLE:
        if (std::isfinite(Z_DVAL_P(value))) {
            encode_double(out, Z_DVAL_P(value), (encoder->options & kPreserveZeroFraction) != 0);
            return true;
        }
        encoder->error = kErrorInfOrNan;
        smart_str_appendc(out, '0');
        return false;
    case IS_STRING: return encode_string(out, Z_STRVAL_P(value), Z_STRLEN_P(value), encoder, encoder->options);
    case IS_ARRAY: return encode_array(out, Z_ARRVAL_P(value), encoder);
    default:
        encoder->error = kErrorUnsupportedType;
        if (partial(encoder))
            smart_str_appends(out, "null");
        return false;
    }
}

} // namespace

int encode(smart_str* out, zval* value, zend_long options, zend_long max_depth)
{
    Encoder encoder {options, 0, static_cast<int>(max_depth), kErrorNone};
    encode_value(out, value, &encoder);
    return encoder.error;
}

} // namespace miniphp::json

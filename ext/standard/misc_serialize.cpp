// serialize and unserialize for scalars and arrays (https://www.php.net/manual/en/function.serialize.php),
// in PHP's format (ext/standard/var.c, var_unserializer.re), and settype.
//
// serialize numbers every value it writes, as PHP does, so that a reference met a second time is written
// "R:n;" with the number of its first occurrence.
// FIXME(classes): objects (O:, C:, r:) are neither written nor read; serialize writes an object as "N;"
// and unserialize fails on one. unserialize also does not read references back (R:, r:): it fails at
// their offset.
#include "ext/standard/php_standard.h"

#include "engine/operators/numeric.h"

#include <cinttypes>
#include <climits>
#include <cmath>
#include <cstring>
#include <strings.h>

// --- serialize ----------------------------------------------------------------------------------------------

namespace {

struct SerializeState {
    HashTable references; // zend_reference address -> the number of its first occurrence
    zend_long count;
};

void serialize_string(smart_str* out, const char* text, size_t length)
{
    smart_str_appends(out, "s:");
    smart_str_append_unsigned(out, length);
    smart_str_appends(out, ":\"");
    smart_str_appendl(out, text, length);
    smart_str_appends(out, "\";");
}

void serialize_value(smart_str* out, zval* value, SerializeState* state)
{
    state->count += 1;
    if (Z_ISREF_P(value)) {
        auto key = static_cast<zend_ulong>(reinterpret_cast<uintptr_t>(Z_REF_P(value)));
        if (zval* seen = zend_hash_index_find(&state->references, key)) {
            state->count -= 1; // a reference is numbered once
            smart_str_appends(out, "R:");
            smart_str_append_long(out, Z_LVAL_P(seen));
            smart_str_appendc(out, ';');
            return;
        }
        zval number;
        ZVAL_LONG(&number, state->count);
        zend_hash_index_add_new(&state->references, key, &number);
        value = Z_REFVAL_P(value);
    }
    switch (Z_TYPE_P(value)) {
    case IS_FALSE: smart_str_appends(out, "b:0;"); return;
    case IS_TRUE: smart_str_appends(out, "b:1;"); return;
    case IS_LONG:
        smart_str_appends(out, "i:");
        smart_str_append_long(out, Z_LVAL_P(value));
        smart_str_appendc(out, ';');
        return;
    case IS_DOUBLE:
        smart_str_appends(out, "d:");
        smart_str_append_double(out, Z_DVAL_P(value), miniphp::current_serialize_precision(), false);
        smart_str_appendc(out, ';');
        return;
    case IS_STRING: serialize_string(out, Z_STRVAL_P(value), Z_STRLEN_P(value)); return;
    case IS_ARRAY: {
        HashTable* ht = Z_ARRVAL_P(value);
        smart_str_appends(out, "a:");
        smart_str_append_unsigned(out, zend_hash_num_elements(ht));
        smart_str_appends(out, ":{");
        zend_hash_for_each(ht, [&](zend_ulong index, zend_string* key, zval* element) {
            if (key) {
                serialize_string(out, ZSTR_VAL(key), ZSTR_LEN(key));
            } else {
                smart_str_appends(out, "i:");
                smart_str_append_long(out, static_cast<zend_long>(index));
                smart_str_appendc(out, ';');
            }
            serialize_value(out, element, state);
        });
        smart_str_appendc(out, '}');
        return;
    }
    default: smart_str_appends(out, "N;"); return; // null, and FIXME(classes): objects
    }
}

} // namespace

// serialize(mixed $value): string
PHP_FUNCTION(serialize)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    SerializeState state;
    zend_hash_init(&state.references, 8, nullptr, nullptr, false);
    state.count = 0;
    smart_str out {};
    serialize_value(&out, value, &state);
    zend_hash_destroy(&state.references);
    RETURN_STR(smart_str_extract(&out));
}

// --- unserialize ------------------------------------------------------------------------------------------

namespace {

struct Reader {
    const char* p;   // where the next value starts; where the error is when parsing fails
    const char* end;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// An unsigned count ("uiv"): digits up to `stop`; returns false when there are none.
bool read_count(const char*& cursor, const char* end, char stop, zend_ulong* count)
{
    const char* start = cursor;
    zend_ulong value = 0;
    while (cursor < end && is_digit(*cursor)) {
        if (value > (ZEND_ULONG_MAX - 9) / 10)
            return false;
        value = value * 10 + static_cast<zend_ulong>(*cursor - '0');
        ++cursor;
    }
    if (cursor == start || cursor >= end || *cursor != stop)
        return false;
    ++cursor;
    *count = value;
    return true;
}

// "i:" [+-]? digits ";" — an out-of-range number is PHP's warning and the nearest limit.
bool read_integer(Reader* reader, zval* out)
{
    const char* cursor = reader->p + 2;
    bool negative = false;
    if (cursor < reader->end && (*cursor == '+' || *cursor == '-'))
        negative = *cursor++ == '-';
    const char* digits = cursor;
    while (cursor < reader->end && is_digit(*cursor))
        ++cursor;
    if (cursor == digits || cursor >= reader->end || *cursor != ';')
        return false;
    zend_ulong value = 0;
    bool overflow = false;
    for (const char* d = digits; d < cursor; ++d) {
        if (value > (ZEND_ULONG_MAX - 9) / 10) {
            overflow = true;
            break;
        }
        value = value * 10 + static_cast<zend_ulong>(*d - '0');
    }
    if (overflow || value > static_cast<zend_ulong>(ZEND_LONG_MAX) + (negative ? 1 : 0)) {
        zend_error(E_WARNING, "unserialize(): Numerical result out of range");
        ZVAL_LONG(out, negative ? ZEND_LONG_MIN : ZEND_LONG_MAX);
    } else {
        ZVAL_LONG(out, negative ? static_cast<zend_long>(0 - value) : static_cast<zend_long>(value));
    }
    reader->p = cursor + 1;
    return true;
}

// "d:" then NAN, INF, -INF or a decimal number with optional exponent, then ";".
bool read_double(Reader* reader, zval* out)
{
    const char* cursor = reader->p + 2;
    const char* end = reader->end;
    auto literal = [&](const char* text, double value) {
        size_t length = std::strlen(text);
        if (static_cast<size_t>(end - cursor) > length && std::memcmp(cursor, text, length) == 0
            && cursor[length] == ';') {
            ZVAL_DOUBLE(out, value);
            reader->p = cursor + length + 1;
            return true;
        }
        return false;
    };
    if (literal("NAN", NAN) || literal("INF", INFINITY) || literal("-INF", -INFINITY))
        return true;
    const char* start = cursor;
    if (cursor < end && (*cursor == '+' || *cursor == '-'))
        ++cursor;
    const char* integer_digits = cursor;
    while (cursor < end && is_digit(*cursor))
        ++cursor;
    bool has_digits = cursor > integer_digits;
    if (cursor < end && *cursor == '.') {
        ++cursor;
        const char* fraction = cursor;
        while (cursor < end && is_digit(*cursor))
            ++cursor;
        has_digits = has_digits || cursor > fraction;
    }
    if (!has_digits)
        return false;
    if (cursor < end && (*cursor == 'e' || *cursor == 'E')) {
        ++cursor;
        if (cursor < end && (*cursor == '+' || *cursor == '-'))
            ++cursor;
        const char* exponent = cursor;
        while (cursor < end && is_digit(*cursor))
            ++cursor;
        if (cursor == exponent)
            return false;
    }
    if (cursor >= end || *cursor != ';')
        return false;
    ZVAL_DOUBLE(out, zend_strtod(start, nullptr));
    reader->p = cursor + 1;
    return true;
}

// s:LENGTH:"BYTES"; — the error is at the length when the data is too short, else at the missing
// quote or semicolon, as in PHP.
bool read_string(Reader* reader, zval* out)
{
    const char* cursor = reader->p + 2;
    zend_ulong length;
    if (!read_count(cursor, reader->end, ':', &length) || cursor >= reader->end || *cursor != '"')
        return false;
    ++cursor;
    if (static_cast<zend_ulong>(reader->end - cursor) < length) {
        reader->p += 2;
        return false;
    }
    const char* bytes = cursor;
    cursor += length;
    if (cursor >= reader->end || *cursor != '"') {
        reader->p = cursor;
        return false;
    }
    if (cursor + 1 >= reader->end || cursor[1] != ';') {
        reader->p = cursor + 1;
        return false;
    }
    ZVAL_STRINGL(out, bytes, static_cast<size_t>(length));
    reader->p = cursor + 2;
    return true;
}

bool read_value(Reader* reader, zval* out, int depth);

// a:COUNT:{KEY VALUE ...} — keys are integers or strings (numeric strings become integers); a later
// duplicate key replaces the earlier value.
bool read_array(Reader* reader, zval* out, int depth)
{
    const char* cursor = reader->p + 2;
    zend_ulong count;
    if (!read_count(cursor, reader->end, ':', &count) || cursor >= reader->end || *cursor != '{')
        return false;
    ++cursor;
    if (count > static_cast<zend_ulong>(reader->end - cursor))
        return false;
    reader->p = cursor;
    array_init_size(out, static_cast<uint32_t>(count));
    for (zend_ulong i = 0; i < count; ++i) {
        zval key;
        if (!read_value(reader, &key, depth + 1)) {
            zval_ptr_dtor(out);
            return false;
        }
        if (Z_TYPE(key) != IS_LONG && Z_TYPE(key) != IS_STRING) {
            zval_ptr_dtor(&key);
            zval_ptr_dtor(out);
            return false;
        }
        zval element;
        if (!read_value(reader, &element, depth + 1)) {
            zval_ptr_dtor(&key);
            zval_ptr_dtor(out);
            return false;
        }
        if (Z_TYPE(key) == IS_LONG)
            zend_hash_index_update(Z_ARRVAL_P(out), static_cast<zend_ulong>(Z_LVAL(key)), &element);
        else
            zend_symtable_update(Z_ARRVAL_P(out), Z_STR(key), &element);
        zval_ptr_dtor(&key);
    }
    if (reader->p >= reader->end || *reader->p != '}') {
        zval_ptr_dtor(out);
        return false;
    }
    reader->p += 1;
    return true;
}

bool read_value(Reader* reader, zval* out, int depth)
{
    const char* p = reader->p;
    const char* end = reader->end;
    if (p >= end)
        return false;
    if (*p == '}') {
        zend_error(E_NOTICE, "unserialize(): Unexpected end of serialized data");
        return false;
    }
    if (end - p < 2)
        return false;
    if (p[0] == 'N' && p[1] == ';') {
        ZVAL_NULL(out);
        reader->p = p + 2;
        return true;
    }
    if (p[1] != ':')
        return false;
    switch (p[0]) {
    case 'b':
        if (end - p >= 4 && (p[2] == '0' || p[2] == '1') && p[3] == ';') {
            ZVAL_BOOL(out, p[2] == '1');
            reader->p = p + 4;
            return true;
        }
        return false;
    case 'i': return read_integer(reader, out);
    case 'd': return read_double(reader, out);
    case 's': return read_string(reader, out);
    case 'a': return read_array(reader, out, depth);
    default: return false; // FIXME(classes): O:, C:, E:, r:, R:, S:
    }
}

} // namespace

// unserialize(string $data, array $options = []): mixed
// https://www.php.net/manual/en/function.unserialize.php
PHP_FUNCTION(unserialize)
{
    char* data;
    size_t length;
    HashTable* options = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|h", &data, &length, &options) == FAILURE)
        RETURN_THROWS();
    if (length == 0)
        RETURN_FALSE;
    Reader reader {data, data + length};
    if (!read_value(&reader, return_value, 0)) {
        ZVAL_FALSE(return_value);
        zend_error(E_NOTICE, "unserialize(): Error at offset %" PRId64 " of %zu bytes",
                   static_cast<int64_t>(reader.p - data), length);
        return;
    }
}

// --- settype -----------------------------------------------------------------------------------------------

// settype(mixed &$var, string $type): bool
// https://www.php.net/manual/en/function.settype.php
PHP_FUNCTION(settype)
{
    zval* var;
    zend_string* type;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zS", &var, &type) == FAILURE)
        RETURN_THROWS();
    ZVAL_DEREF(var);
    auto is = [type](const char* name) {
        return ZSTR_LEN(type) == std::strlen(name) && strncasecmp(ZSTR_VAL(type), name, ZSTR_LEN(type)) == 0;
    };
    if (is("integer") || is("int")) {
        convert_to_long(var);
    } else if (is("float") || is("double")) {
        convert_to_double(var);
    } else if (is("string")) {
        convert_to_string(var);
    } else if (is("array")) {
        convert_to_array(var);
    } else if (is("boolean") || is("bool")) {
        convert_to_boolean(var);
    } else if (is("null")) {
        convert_to_null(var);
    } else if (is("object")) {
        // FIXME(classes): conversion to stdClass.
        zend_error_noreturn(E_ERROR, "settype(): conversion to object is not supported yet");
    } else if (is("resource")) {
        zend_value_error("Cannot convert to resource type");
        RETURN_THROWS();
    } else {
        zend_argument_value_error(2, "must be a valid type");
        RETURN_THROWS();
    }
    RETURN_TRUE;
}

namespace {

const char* const arginfo_value[] = {"value", nullptr};
const char* const arginfo_unserialize[] = {"data", "options", nullptr};
const char* const arginfo_settype[] = {"&var", "type", nullptr};

} // namespace

const zend_function_entry standard_serialize_functions[] = {
    PHP_FE(serialize, arginfo_value)
    PHP_FE(unserialize, arginfo_unserialize)
    PHP_FE(settype, arginfo_settype)
    PHP_FE_END
};

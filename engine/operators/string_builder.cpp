// smart_str's growth and the appends that format (see string_builder.h).
#include "engine/operators/string_builder.h"

#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>

namespace {
constexpr size_t kFirstCapacity = 231; // a 256-byte block with the zend_string header
}

size_t smart_str_alloc(smart_str* dest, size_t extra)
{
    if (!dest->s) {
        size_t capacity = extra > kFirstCapacity ? extra : kFirstCapacity;
        dest->s = zend_string_alloc(capacity, false);
        ZSTR_LEN(dest->s) = 0;
        dest->a = capacity;
        return extra;
    }
    size_t length = ZSTR_LEN(dest->s);
    size_t wanted = length + extra;
    if (wanted < length)
        wanted = SIZE_MAX; // the allocator reports the overflow
    if (wanted > dest->a) {
        size_t capacity = dest->a * 2 > wanted ? dest->a * 2 : wanted;
        dest->s = zend_string_realloc(dest->s, capacity, false);
        ZSTR_LEN(dest->s) = length;
        dest->a = capacity;
    }
    return wanted;
}

void smart_str_free(smart_str* dest)
{
    if (dest->s)
        zend_string_release(dest->s);
    dest->s = nullptr;
    dest->a = 0;
}

zend_string* smart_str_extract(smart_str* dest)
{
    if (!dest->s)
        return ZSTR_EMPTY_ALLOC();
    zend_string* result = dest->s;
    if (ZSTR_LEN(result) == 0) {
        zend_string_release(result);
        result = ZSTR_EMPTY_ALLOC();
    } else if (dest->a > ZSTR_LEN(result) + 64) {
        result = zend_string_realloc(result, ZSTR_LEN(result), false);
        ZSTR_VAL(result)[ZSTR_LEN(result)] = '\0';
    } else {
        ZSTR_VAL(result)[ZSTR_LEN(result)] = '\0';
    }
    dest->s = nullptr;
    dest->a = 0;
    return result;
}

void smart_str_append_long(smart_str* dest, zend_long value)
{
    char buffer[MAX_LENGTH_OF_LONG + 1];
    char* end = buffer + sizeof buffer - 1;
    char* start = miniphp::print_long_to_buffer(end, value);
    smart_str_appendl(dest, start, static_cast<size_t>(end - start));
}

void smart_str_append_unsigned(smart_str* dest, zend_ulong value)
{
    char buffer[MAX_LENGTH_OF_LONG + 1];
    int length = std::snprintf(buffer, sizeof buffer, "%llu", static_cast<unsigned long long>(value));
    smart_str_appendl(dest, buffer, static_cast<size_t>(length));
}

void smart_str_append_double(smart_str* dest, double value, int precision, bool zero_fraction)
{
    char buffer[MINIPHP_DOUBLE_MAX_LENGTH];
    size_t length = miniphp::format_double(buffer, value, precision == 0 ? 1 : precision);
    smart_str_appendl(dest, buffer, length);
    if (zero_fraction && std::isfinite(value) && !std::memchr(buffer, '.', length))
        smart_str_appendl(dest, ".0", 2);
}

void smart_str_append_escaped(smart_str* dest, const char* text, size_t length)
{
    static const char kHex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 32 && c <= 126 && c != '\\') {
            smart_str_appendc(dest, static_cast<char>(c));
            continue;
        }
        char escape[4] = { '\\', 0, 0, 0 };
        size_t escape_length = 2;
        switch (c) {
        case '\n':
            escape[1] = 'n';
            break;
        case '\r':
            escape[1] = 'r';
            break;
        case '\t':
            escape[1] = 't';
            break;
        case '\f':
            escape[1] = 'f';
            break;
        case '\v':
            escape[1] = 'v';
            break;
        case '\\':
            escape[1] = '\\';
            break;
        case 0x1b:
            escape[1] = 'e';
            break;
        default:
            escape[1] = 'x';
            escape[2] = kHex[c >> 4];
            escape[3] = kHex[c & 0xf];
            escape_length = 4;
        }
        smart_str_appendl(dest, escape, escape_length);
    }
}

void smart_str_append_escaped_truncated(smart_str* dest, const zend_string* value, size_t length)
{
    smart_str_append_escaped(dest, ZSTR_VAL(value), ZSTR_LEN(value) < length ? ZSTR_LEN(value) : length);
    if (ZSTR_LEN(value) > length)
        smart_str_appendl(dest, "...", 3);
}

void smart_str_append_scalar(smart_str* dest, const zval* value, size_t truncate)
{
    switch (Z_TYPE_P(value)) {
    case IS_TRUE:
        smart_str_appendl(dest, "true", 4);
        break;
    case IS_FALSE:
        smart_str_appendl(dest, "false", 5);
        break;
    case IS_LONG:
        smart_str_append_long(dest, Z_LVAL_P(value));
        break;
    case IS_DOUBLE:
        smart_str_append_double(dest, Z_DVAL_P(value), miniphp::current_precision(), true);
        break;
    case IS_STRING:
        smart_str_appendc(dest, '\'');
        smart_str_append_escaped_truncated(dest, Z_STR_P(value), truncate);
        smart_str_appendc(dest, '\'');
        break;
    default:
        smart_str_appendl(dest, "NULL", 4);
        break;
    }
}

void smart_str_append_printf(smart_str* dest, const char* format, ...)
{
    char buffer[4096];
    va_list arguments;
    va_start(arguments, format);
    int length = std::vsnprintf(buffer, sizeof buffer, format, arguments);
    va_end(arguments);
    if (length < 0)
        return;
    size_t kept = static_cast<size_t>(length) < sizeof buffer ? static_cast<size_t>(length) : sizeof buffer - 1;
    smart_str_appendl(dest, buffer, kept);
}

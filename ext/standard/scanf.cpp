// sscanf (https://www.php.net/manual/en/function.sscanf.php): parsing a string by a format, PHP's port
// of Tcl's scanner (ext/standard/scanf.c), whose rules this file follows.
//
// The format is checked first (ValueErrors for a bad conversion, an unmatched "[", mixing "%" with
// "%n$", or a variable count that does not match). Then the input is scanned: whitespace in the format
// skips any whitespace, other literal bytes must match, and each conversion reads a field:
//   %d %i %o %x %X %u   integers (%i takes a 0 / 0x prefix as the base; %u beyond PHP_INT_MAX is a string)
//   %f %e %E %g         floats
//   %s                  non-whitespace;  %c  bytes (one by default);  %[set] / %[^set]  a character class
//   %n                  the number of bytes consumed so far
// with an optional "*" (scan, do not assign), "N$" (assign to the Nth), a width, and an ignored size
// letter (h, l, L). Both strings are read as C strings (up to a NUL), bytes as (signed) chars, as PHP.
//
// Without variables the result is an array with one element per conversion (null for those not
// reached), or null when the input ended before the first one; with variables (by reference), the
// number of conversions assigned, or -1.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/standard_messages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace msg = standard_messages;

namespace {

constexpr int kMaxArguments = 0xFF; // PHP's SCAN_MAX_ARGS: the highest "%n$" without variables

bool is_c_space(char c) { return standard::is_c_space(static_cast<unsigned char>(c)); }
bool is_c_digit(char c) { return standard::is_c_digit(static_cast<unsigned char>(c)); }

// A character class from "%[...]": single bytes and ranges, where a range is in (signed) char order as
// PHP compares them.
struct CharacterSet {
    bool exclude = false;
    bool member[256] = {};

    void add(char c) { member[static_cast<unsigned char>(c)] = true; }
    void add_range(char low, char high)
    {
        for (int c = low; c <= high; ++c)
            member[static_cast<unsigned char>(static_cast<char>(c))] = true;
    }
    bool contains(char c) const { return member[static_cast<unsigned char>(c)] != exclude; }
};

// The end of the field of %s or %[...] at `string`: the bytes `belongs` accepts, at most `width` of them
// (0: no limit), up to the NUL that ends the input.
template <typename Belongs>
const char* field_end(const char* string, size_t width, Belongs belongs)
{
    if (width == 0)
        width = SIZE_MAX;
    const char* end = string;
    while (*end != '\0' && belongs(*end)) {
        ++end;
        if (--width == 0)
            break;
    }
    return end;
}

// Reads the set after "%[" at `format`; returns the position after its "]". A "]" (or "-") first in the
// set is a member; "a-z" is a range (either order); a "-" last is a member. The format was validated,
// so the "]" exists.
const char* build_set(CharacterSet* set, const char* format)
{
    const char* ch = format;
    if (*ch == '^') {
        set->exclude = true;
        ch = ++format;
    }
    ch = format++;
    char start = *ch;
    if (*ch == ']' || *ch == '-') {
        set->add(*ch);
        ch = format++;
    }
    while (*ch != ']') {
        if (*format == '-') {
            start = *ch;
        } else if (*ch == '-') {
            if (*format == ']') {
                set->add(start);
                set->add(*ch);
            } else {
                ch = format++;
                if (start < *ch)
                    set->add_range(start, *ch);
                else
                    set->add_range(*ch, start);
            }
        } else {
            set->add(*ch);
        }
        ch = format++;
    }
    return format;
}

// Reads decimal digits at `text` like strtoul (saturating); *end is set past them.
unsigned long long read_unsigned(const char* text, const char** end)
{
    char* stop;
    unsigned long long value = std::strtoull(text, &stop, 10);
    *end = stop;
    return value;
}

// PHP's ValidateFormat: checks the conversions and how they map onto `variables` variables (0: the
// result is an array). Sets *total to the number of results. False after a ValueError.
bool validate_format(const char* format, int variables, int* total)
{
    int size = variables > 16 ? variables : 16;
    int* assigned = static_cast<int*>(ecalloc(static_cast<size_t>(size), sizeof(int)));
    int index = 0;
    int xpg_size = 0;
    bool got_xpg = false;
    bool got_sequential = false;
    const char* error = nullptr;
    bool bad_index = false;
    while (*format != '\0' && !error && !bad_index) {
        const char* ch = format++;
        bool suppress = false;
        if (*ch != '%')
            continue;
        ch = format++;
        if (*ch == '%')
            continue;
        if (*ch == '*') {
            suppress = true;
            ch = format++;
        } else if (is_c_digit(*ch)) {
            const char* end;
            unsigned long long value = read_unsigned(format - 1, &end);
            if (*end == '$') {
                format = end + 1;
                ch = format++;
                got_xpg = true;
                if (got_sequential) {
                    error = msg::kScanMixed;
                    break;
                }
                if (value < 1 || (variables && value > static_cast<unsigned long long>(variables))) {
                    bad_index = true;
                    break;
                }
                if (variables == 0) {
                    if (value > static_cast<unsigned long long>(kMaxArguments)) {
                        bad_index = true;
                        break;
                    }
                    xpg_size = xpg_size > static_cast<int>(value) ? xpg_size : static_cast<int>(value);
                }
                index = static_cast<int>(value) - 1;
            } else {
                got_sequential = true;
                if (got_xpg) {
                    error = msg::kScanMixed;
                    break;
                }
            }
        } else {
            got_sequential = true;
            if (got_xpg) {
                error = msg::kScanMixed;
                break;
            }
        }
        if (is_c_digit(*ch)) {
            const char* end;
            read_unsigned(format - 1, &end);
            format = end;
            ch = format++;
        }
        if (*ch == 'l' || *ch == 'L' || *ch == 'h')
            ch = format++;
        if (!suppress && variables && index >= variables) {
            bad_index = true;
            break;
        }
        switch (*ch) {
        case 'n':
        case 'd':
        case 'D':
        case 'i':
        case 'o':
        case 'x':
        case 'X':
        case 'u':
        case 'f':
        case 'e':
        case 'E':
        case 'g':
        case 's':
        case 'c': break;
        case '[': {
            bool unmatched = false;
            if (*format == '\0') {
                unmatched = true;
            } else {
                ch = format++;
                if (*ch == '^') {
                    if (*format == '\0')
                        unmatched = true;
                    else
                        ch = format++;
                }
                if (!unmatched && *ch == ']') {
                    if (*format == '\0')
                        unmatched = true;
                    else
                        ch = format++;
                }
                while (!unmatched && *ch != ']') {
                    if (*format == '\0')
                        unmatched = true;
                    else
                        ch = format++;
                }
            }
            if (unmatched) {
                zend_value_error("%s", msg::kScanUnmatchedBracket);
                efree(assigned);
                return false;
            }
            break;
        }
        default:
            zend_value_error(msg::kScanBadConversion, *ch);
            efree(assigned);
            return false;
        }
        if (!suppress) {
            if (index >= size) {
                int old_size = size;
                size = xpg_size ? xpg_size : size + 16;
                if (size <= index)
                    size = index + 1;
                assigned = static_cast<int*>(erealloc(assigned, static_cast<size_t>(size) * sizeof(int)));
                for (int i = old_size; i < size; ++i)
                    assigned[i] = 0;
            }
            ++assigned[index];
            ++index;
        }
    }
    if (!error && !bad_index) {
        if (variables == 0)
            variables = xpg_size ? xpg_size : index;
        *total = variables;
        for (int i = 0; i < variables && !error; ++i) {
            int count = i < size ? assigned[i] : 0;
            if (count > 1)
                error = msg::kScanAssignedTwice;
            else if (!xpg_size && count == 0)
                error = msg::kScanNotAssigned;
        }
    }
    efree(assigned);
    if (bad_index)
        error = got_xpg ? msg::kScanIndexRange : msg::kScanVariableCount;
    if (error) {
        zend_value_error("%s", error);
        return false;
    }
    return true;
}

// Stores one result: into the next variable (a reference) or the result array.
struct Results {
    zval* return_value;
    zval* variables;
    int variable_count;

    // Takes ownership of `value`; with variables, one past the last is dropped (the format check makes
    // that impossible, as in PHP).
    void store(int index, zval* value)
    {
        if (variable_count) {
            if (index >= variable_count) {
                zval_ptr_dtor(value);
                return;
            }
            zval* target = &variables[index];
            ZVAL_DEREF(target);
            zval_ptr_dtor(target);
            ZVAL_COPY_VALUE(target, value);
        } else {
            zend_hash_index_update(Z_ARRVAL_P(return_value), static_cast<zend_ulong>(index), value);
        }
    }
};

enum Flags : int {
    kSuppress = 1 << 0,
    kNoSkip = 1 << 1,
    kSignOk = 1 << 2,
    kNoDigits = 1 << 3,
    kNoZero = 1 << 4,
    kXOk = 1 << 5,
    kPointOk = 1 << 6,
    kExponentOk = 1 << 7,
    kUnsigned = 1 << 8,
};

void scan(const char* string, const char* format, zval* variables, int variable_count, zval* return_value)
{
    int total = -1;
    if (!validate_format(format, variable_count, &total))
        return;
    Results results {return_value, variables, variable_count};
    if (!variable_count) {
        array_init(return_value);
        for (int i = 0; i < total; ++i)
            add_next_index_null(return_value);
    }
    const char* base_string = string;
    int index = 0;
    int conversions = 0;
    bool underflow = false;
    while (*format != '\0') {
        const char* ch = format++;
        int flags = 0;
        if (is_c_space(*ch)) {
            while (is_c_space(*string))
                ++string;
            continue;
        }
        bool literal = *ch != '%';
        if (!literal) {
            ch = format++;
            literal = *ch == '%';
        }
        if (literal) {
            if (*string == '\0') {
                underflow = true;
                break;
            }
            if (*ch != *string++)
                break;
            continue;
        }
        if (*ch == '*') {
            flags |= kSuppress;
            ch = format++;
        } else if (is_c_digit(*ch)) {
            const char* end;
            unsigned long long value = read_unsigned(format - 1, &end);
            if (*end == '$') {
                format = end + 1;
                ch = format++;
                index = static_cast<int>(value) - 1;
            }
        }
        size_t width = 0;
        if (is_c_digit(*ch)) {
            const char* end;
            width = static_cast<size_t>(read_unsigned(format - 1, &end));
            format = end;
            ch = format++;
        }
        if (*ch == 'l' || *ch == 'L' || *ch == 'h')
            ch = format++;
        char op = 0;
        int base = 0;
        switch (*ch) {
        case 'n':
            if (!(flags & kSuppress)) {
                zval value;
                ZVAL_LONG(&value, static_cast<zend_long>(string - base_string));
                results.store(index++, &value);
            }
            ++conversions;
            continue;
        case 'd':
        case 'D': op = 'i'; base = 10; break;
        case 'i': op = 'i'; base = 0; break;
        case 'o': op = 'i'; base = 8; break;
        case 'x':
        case 'X': op = 'i'; base = 16; break;
        case 'u': op = 'i'; base = 10; flags |= kUnsigned; break;
        case 'f':
        case 'e':
        case 'E':
        case 'g': op = 'f'; break;
        case 's': op = 's'; break;
        case 'c':
            op = 's';
            flags |= kNoSkip;
            if (width == 0)
                width = 1;
            break;
        case '[': op = '['; flags |= kNoSkip; break;
        default: break;
        }
        if (*string == '\0') {
            underflow = true;
            break;
        }
        if (!(flags & kNoSkip)) {
            while (*string != '\0' && is_c_space(*string))
                ++string;
            if (*string == '\0') {
                underflow = true;
                break;
            }
        }
        bool stop = false;
        switch (op) {
        case 's': {
            const char* end = field_end(string, width, [](char c) { return !is_c_space(c); });
            if (!(flags & kSuppress)) {
                zval value;
                ZVAL_STRINGL(&value, string, static_cast<size_t>(end - string));
                results.store(index++, &value);
            }
            string = end;
            break;
        }
        case '[': {
            CharacterSet set;
            format = build_set(&set, format);
            const char* end = field_end(string, width, [&set](char c) { return set.contains(c); });
            if (string == end) {
                stop = true;
                break;
            }
            if (!(flags & kSuppress)) {
                zval value;
                ZVAL_STRINGL(&value, string, static_cast<size_t>(end - string));
                results.store(index++, &value);
            }
            string = end;
            break;
        }
        case 'i': {
            char buffer[64];
            if (width == 0 || width > sizeof buffer - 1)
                width = sizeof buffer - 1;
            flags |= kSignOk | kNoDigits | kNoZero;
            char* end = buffer;
            for (; width > 0; --width) {
                char c = *string;
                bool accept = false;
                if (c == '0') {
                    if (base == 16)
                        flags |= kXOk;
                    if (base == 0) {
                        base = 8;
                        flags |= kXOk;
                    }
                    if (flags & kNoZero)
                        flags &= ~(kSignOk | kNoDigits | kNoZero);
                    else
                        flags &= ~(kSignOk | kXOk | kNoDigits);
                    accept = true;
                } else if (c >= '1' && c <= '7') {
                    if (base == 0)
                        base = 10;
                    flags &= ~(kSignOk | kXOk | kNoDigits);
                    accept = true;
                } else if (c == '8' || c == '9') {
                    if (base == 0)
                        base = 10;
                    if (base > 8) {
                        flags &= ~(kSignOk | kXOk | kNoDigits);
                        accept = true;
                    }
                } else if ((c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')) {
                    if (base > 10) {
                        flags &= ~(kSignOk | kXOk | kNoDigits);
                        accept = true;
                    }
                } else if (c == '+' || c == '-') {
                    if (flags & kSignOk) {
                        flags &= ~kSignOk;
                        accept = true;
                    }
                } else if (c == 'x' || c == 'X') {
                    if ((flags & kXOk) && end == buffer + 1) {
                        base = 16;
                        flags &= ~kXOk;
                        accept = true;
                    }
                }
                if (!accept)
                    break;
                *end++ = *string++;
                if (*string == '\0')
                    break;
            }
            if (flags & kNoDigits) {
                if (*string == '\0')
                    underflow = true;
                stop = true;
                break;
            }
            if (end[-1] == 'x' || end[-1] == 'X') {
                --end;
                --string;
            }
            if (!(flags & kSuppress)) {
                *end = '\0';
                zval value;
                if (flags & kUnsigned) {
                    zend_long number = static_cast<zend_long>(std::strtoull(buffer, nullptr, base));
                    if (number < 0) {
                        char text[32];
                        std::snprintf(text, sizeof text, "%llu", static_cast<unsigned long long>(number));
                        ZVAL_STRING(&value, text);
                    } else {
                        ZVAL_LONG(&value, number);
                    }
                } else {
                    ZVAL_LONG(&value, static_cast<zend_long>(std::strtoll(buffer, nullptr, base)));
                }
                results.store(index++, &value);
            }
            break;
        }
        case 'f': {
            char buffer[64];
            if (width == 0 || width > sizeof buffer - 1)
                width = sizeof buffer - 1;
            flags |= kSignOk | kNoDigits | kPointOk | kExponentOk;
            char* end = buffer;
            for (; width > 0; --width) {
                char c = *string;
                bool accept = false;
                if (is_c_digit(c)) {
                    flags &= ~(kSignOk | kNoDigits);
                    accept = true;
                } else if (c == '+' || c == '-') {
                    if (flags & kSignOk) {
                        flags &= ~kSignOk;
                        accept = true;
                    }
                } else if (c == '.') {
                    if (flags & kPointOk) {
                        flags &= ~(kSignOk | kPointOk);
                        accept = true;
                    }
                } else if (c == 'e' || c == 'E') {
                    if ((flags & (kNoDigits | kExponentOk)) == kExponentOk) {
                        flags = (flags & ~(kExponentOk | kPointOk)) | kSignOk | kNoDigits;
                        accept = true;
                    }
                }
                if (!accept)
                    break;
                *end++ = *string++;
                if (*string == '\0')
                    break;
            }
            if (flags & kNoDigits) {
                if (flags & kExponentOk) {
                    if (*string == '\0')
                        underflow = true;
                    stop = true;
                    break;
                }
                // A bad exponent ("e" and maybe a sign): give it back.
                --end;
                --string;
                if (*end != 'e' && *end != 'E') {
                    --end;
                    --string;
                }
            }
            if (!(flags & kSuppress)) {
                *end = '\0';
                zval value;
                ZVAL_DOUBLE(&value, zend_strtod(buffer, nullptr));
                results.store(index++, &value);
            }
            break;
        }
        default: break;
        }
        if (stop)
            break;
        ++conversions;
    }
    if (underflow && conversions == 0) {
        if (variable_count) {
            RETVAL_LONG(-1);
        } else {
            zval_ptr_dtor(return_value);
            RETVAL_NULL();
        }
    } else if (variable_count) {
        RETVAL_LONG(conversions);
    }
}

} // namespace

// sscanf(string $string, string $format, mixed &...$vars): array|int|null
// https://www.php.net/manual/en/function.sscanf.php
PHP_FUNCTION(sscanf)
{
    char* input;
    size_t input_length;
    char* format;
    size_t format_length;
    zval* variables = nullptr;
    uint32_t variable_count = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "ssz*", &input, &input_length, &format, &format_length, &variables,
                              &variable_count)
        == FAILURE)
        RETURN_THROWS();
    scan(input, format, variables, static_cast<int>(variable_count), return_value);
}

namespace {

const char* const arginfo_sscanf[] = {"string", "format", "&...vars", nullptr};

} // namespace

const zend_function_entry standard_scanf_functions[] = {
    PHP_FE(sscanf, arginfo_sscanf)
    PHP_FE_END
};

// zend_parse_parameters and the argument errors: reading an internal function's arguments with PHP 8's
// coercive ("weak") typing and PHP 8's exact TypeError / ArgumentCountError / deprecation texts
// (Zend/zend_API.c, https://www.php.net/manual/en/language.types.declarations.php#language.types.declarations.strict).
//
// The running frame is the executor's current_execute_data (the VM sets it around each internal call),
// so the C signature stays PHP's: zend_parse_parameters(ZEND_NUM_ARGS(), "spec", ...). Scalars passed
// to string parameters are converted in place in the caller-built frame, as php-src does, so the
// zend_string* handed out stays valid until the call returns. Errors go through throw_error, which
// today bails out; each path still returns FAILURE afterwards, ready for real exceptions.
#include "engine/api/php_api.h"

#include <cstdarg>
#include <cstdio>

#include "engine/api/api_messages.h"
#include "engine/vm/executor_state.h"
#include "engine/vm/vm_helpers.h"

namespace {

using namespace miniphp;

zend_execute_data* active_frame() { return vm::executor_state()->current_execute_data; }

// "f(): Argument #n ($name)" or, without a name, "f(): Argument #n".
void format_argument_prefix(char* buffer, size_t size, uint32_t n)
{
    const char* name = get_active_function_arg_name(n);
    if (name)
        std::snprintf(buffer, size, api::messages::kArgumentPrefixNamed, get_active_function_name(), n, name);
    else
        std::snprintf(buffer, size, api::messages::kArgumentPrefix, get_active_function_name(), n);
}

void argument_error_va(ErrorClass error_class, uint32_t n, const char* format, va_list arguments)
{
    char prefix[256];
    char message[1024];
    format_argument_prefix(prefix, sizeof prefix, n);
    std::vsnprintf(message, sizeof message, format, arguments);
    throw_error(error_class, "%s %s", prefix, message);
}

// What a spec letter is called in messages.
const char* expected_type_name(char letter, bool nullable)
{
    switch (letter) {
    case 'l': return nullable ? "?int" : "int";
    case 'd': return nullable ? "?float" : "float";
    case 'b': return nullable ? "?bool" : "bool";
    case 's':
    case 'S': return nullable ? "?string" : "string";
    case 'a':
    case 'h': return nullable ? "?array" : "array";
    case 'r': return nullable ? "resource or null" : "resource";
    default: return "mixed";
    }
}

// PHP 8.1: null to a non-nullable scalar parameter of an internal function still coerces, with a
// deprecation. Returns false if that raised an exception.
bool passing_null_deprecated(uint32_t n, char letter)
{
    const char* name = get_active_function_arg_name(n);
    zend_error(E_DEPRECATED, miniphp::api::messages::kPassingNull, get_active_function_name(), n,
               name ? " ($" : "", name ? name : "", name ? ")" : "", expected_type_name(letter, false));
    return true;
}

} // namespace

bool zend_parse_arg_long_weak(zval* arg, zend_long* dest, uint32_t n)
{
    switch (Z_TYPE_P(arg)) {
    case IS_LONG: *dest = Z_LVAL_P(arg); return true;
    case IS_FALSE: *dest = 0; return true;
    case IS_TRUE: *dest = 1; return true;
    case IS_NULL: *dest = 0; return passing_null_deprecated(n, 'l');
    case IS_DOUBLE: {
        double d = Z_DVAL_P(arg);
        if (d != d || !ZEND_DOUBLE_FITS_LONG(d))
            return false;
        *dest = zval_get_long_ex(arg, true); // the "loses precision" deprecation for a fraction
        return true;
    }
    case IS_STRING: {
        zend_long l;
        double d;
        // A leading-numeric string ("12abc") is a TypeError for parameters, as in PHP 8.
        zend_uchar type = is_numeric_str_function(Z_STR_P(arg), &l, &d);
        if (type == IS_LONG) {
            *dest = l;
            return true;
        }
        if (type != IS_DOUBLE || d != d || !ZEND_DOUBLE_FITS_LONG(d))
            return false;
        *dest = zval_get_long_ex(arg, true);
        return true;
    }
    default: return false;
    }
}

bool zend_parse_arg_double_weak(zval* arg, double* dest, uint32_t n)
{
    switch (Z_TYPE_P(arg)) {
    case IS_DOUBLE: *dest = Z_DVAL_P(arg); return true;
    case IS_LONG: *dest = static_cast<double>(Z_LVAL_P(arg)); return true;
    case IS_FALSE: *dest = 0; return true;
    case IS_TRUE: *dest = 1; return true;
    case IS_NULL: *dest = 0; return passing_null_deprecated(n, 'd');
    case IS_STRING: {
        zend_long l;
        double d;
        zend_uchar type = is_numeric_str_function(Z_STR_P(arg), &l, &d);
        if (type == IS_LONG)
            *dest = static_cast<double>(l);
        else if (type == IS_DOUBLE)
            *dest = d;
        else
            return false;
        return true;
    }
    default: return false;
    }
}

bool zend_parse_arg_bool_weak(zval* arg, bool* dest, uint32_t n)
{
    switch (Z_TYPE_P(arg)) {
    case IS_NULL: *dest = false; return passing_null_deprecated(n, 'b');
    case IS_FALSE:
    case IS_TRUE:
    case IS_LONG:
    case IS_DOUBLE:
    case IS_STRING: *dest = zend_is_true(arg); return true;
    default: return false;
    }
}

bool zend_parse_arg_str_weak(zval* arg, uint32_t n)
{
    switch (Z_TYPE_P(arg)) {
    case IS_STRING: return true;
    case IS_NULL:
        passing_null_deprecated(n, 's');
        ZVAL_STR(arg, ZSTR_EMPTY_ALLOC());
        return true;
    case IS_FALSE:
    case IS_TRUE:
    case IS_LONG:
    case IS_DOUBLE: convert_to_string(arg); return true;
    default: return false;
    }
}

namespace {

// Strict mode (the calling file declared strict_types=1): only the exact type, or an int for a float.
bool parse_long(zval* arg, zend_long* dest, uint32_t n, bool strict)
{
    if (strict) {
        if (Z_TYPE_P(arg) != IS_LONG)
            return false;
        *dest = Z_LVAL_P(arg);
        return true;
    }
    return zend_parse_arg_long_weak(arg, dest, n);
}

bool parse_double(zval* arg, double* dest, uint32_t n, bool strict)
{
    if (strict && Z_TYPE_P(arg) != IS_DOUBLE && Z_TYPE_P(arg) != IS_LONG)
        return false;
    return zend_parse_arg_double_weak(arg, dest, n);
}

bool parse_bool(zval* arg, bool* dest, uint32_t n, bool strict)
{
    if (strict && Z_TYPE_P(arg) != IS_TRUE && Z_TYPE_P(arg) != IS_FALSE)
        return false;
    return zend_parse_arg_bool_weak(arg, dest, n);
}

bool parse_string(zval* arg, uint32_t n, bool strict)
{
    if (strict && Z_TYPE_P(arg) != IS_STRING)
        return false;
    return zend_parse_arg_str_weak(arg, n);
}

void invalid_callback_error(uint32_t n, bool nullable, zval* callable, const char* reason)
{
    char buffer[512];
    if (!reason) {
        std::snprintf(buffer, sizeof buffer, miniphp::api::messages::kFunctionNotFound, Z_STRVAL_P(callable));
        reason = buffer;
    }
    zend_argument_type_error(n, miniphp::api::messages::kInvalidCallback, nullable ? " or null" : "", reason);
}

uint32_t count_letters(const char* spec, uint32_t* min, bool* variadic)
{
    uint32_t total = 0;
    *min = UINT32_MAX;
    *variadic = false;
    for (const char* p = spec; *p; ++p) {
        if (*p == '|')
            *min = total;
        else if (*p == '*' || *p == '+') {
            // "z*": zero or more, so the letter before it is not required; "z+": one or more.
            *variadic = true;
            if (*p == '*')
                --total;
        } else if (*p != '!')
            ++total;
    }
    if (*min == UINT32_MAX)
        *min = total;
    return total;
}

} // namespace

bool zend_arg_uses_strict_types()
{
    zend_execute_data* frame = active_frame();
    zend_execute_data* caller = frame ? frame->prev_execute_data : nullptr;
    return caller && caller->func && caller->func->type == ZEND_USER_FUNCTION
        && (caller->func->op_array.fn_flags & ZEND_ACC_STRICT_TYPES);
}

const char* get_active_function_name()
{
    zend_execute_data* frame = active_frame();
    if (!frame || !frame->func || !frame->func->common.function_name)
        return "";
    return ZSTR_VAL(frame->func->common.function_name);
}

const char* get_active_function_arg_name(uint32_t n)
{
    zend_execute_data* frame = active_frame();
    if (!frame || !frame->func || n == 0)
        return nullptr;
    const zend_function* function = frame->func;
    // As PHP: an argument gathered by a variadic parameter has no name in messages ("array_merge():
    // Argument #2 must be of type array, int given").
    if (n > function->common.num_args || !function->common.arg_info[n - 1].name)
        return nullptr;
    return ZSTR_VAL(function->common.arg_info[n - 1].name);
}

void php_error_docref(const char*, int type, const char* format, ...)
{
    char message[2048];
    va_list arguments;
    va_start(arguments, format);
    std::vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    zend_error(type, "%s(): %s", get_active_function_name(), message);
}

void zend_argument_type_error(uint32_t n, const char* format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    argument_error_va(ErrorClass::TypeError, n, format, arguments);
    va_end(arguments);
}

void zend_argument_value_error(uint32_t n, const char* format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    argument_error_va(ErrorClass::ValueError, n, format, arguments);
    va_end(arguments);
}

void zend_argument_count_error(const char* format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    throw_error_va(ErrorClass::ArgumentCountError, format, arguments);
    va_end(arguments);
}

void zend_wrong_parameter_type_error(uint32_t n, const char* expected, zval* given)
{
    zend_argument_type_error(n, miniphp::api::messages::kMustBeOfType, expected, zend_zval_type_name(given));
}

void zend_wrong_parameters_count_error(uint32_t min, uint32_t max)
{
    uint32_t given = ZEND_CALL_NUM_ARGS(active_frame());
    const char* how = min == max ? "exactly" : (given < min ? "at least" : "at most");
    uint32_t expected = given < min ? min : max;
    zend_argument_count_error(miniphp::api::messages::kWrongArgumentCount, get_active_function_name(), how,
                              static_cast<int>(expected), expected == 1 ? "" : "s", static_cast<int>(given));
}

zend_result zend_parse_parameters(uint32_t num_args, const char* spec, ...)
{
    zend_execute_data* frame = active_frame();
    const bool strict = ZEND_ARG_USES_STRICT_TYPES();
    uint32_t min;
    bool variadic;
    uint32_t max = count_letters(spec, &min, &variadic);
    if (num_args < min || (!variadic && num_args > max)) {
        zend_wrong_parameters_count_error(min, variadic ? UINT32_MAX : max);
        return FAILURE;
    }

    va_list arguments;
    va_start(arguments, spec);
    uint32_t n = 0; // arguments consumed
    for (const char* p = spec; *p; ++p) {
        char letter = *p;
        if (letter == '|' || letter == '!')
            continue;
        bool nullable = p[1] == '!';
        if (p[1] == '*' || p[1] == '+') {
            // The rest of the arguments, as a pointer into the frame; letters after the variadic one
            // take the last arguments (php-src's "+f": the arrays, then the callback).
            ++p;
            uint32_t after = 0;
            for (const char* q = p + 1; *q; ++q)
                after += *q != '|' && *q != '!';
            zval** rest = va_arg(arguments, zval**);
            uint32_t* count = va_arg(arguments, uint32_t*);
            *count = num_args > n + after ? num_args - n - after : 0;
            *rest = *count ? ZEND_CALL_ARG(frame, n + 1) : nullptr;
            n += *count;
            continue;
        }
        bool present = n < num_args;
        zval* arg = present ? ZEND_CALL_ARG(frame, n + 1) : nullptr;
        uint32_t position = ++n;
        if (arg && Z_ISUNDEF_P(arg)) {
            // Skipped by named arguments: an optional parameter keeps the caller's default.
            if (position <= min) {
                va_end(arguments);
                miniphp::vm::argument_not_passed(frame->func, position);
                return FAILURE;
            }
            present = false;
            arg = nullptr;
        }
        if (arg)
            ZVAL_DEREF(arg);
        bool is_null = arg && nullable && Z_TYPE_P(arg) == IS_NULL;
        bool ok = true;
        switch (letter) {
        case 'l': {
            zend_long* dest = va_arg(arguments, zend_long*);
            bool* null_flag = nullable ? va_arg(arguments, bool*) : nullptr;
            if (null_flag && present)
                *null_flag = is_null;
            if (present && !is_null)
                ok = parse_long(arg, dest, position, strict);
            break;
        }
        case 'd': {
            double* dest = va_arg(arguments, double*);
            bool* null_flag = nullable ? va_arg(arguments, bool*) : nullptr;
            if (null_flag && present)
                *null_flag = is_null;
            if (present && !is_null)
                ok = parse_double(arg, dest, position, strict);
            break;
        }
        case 'b': {
            bool* dest = va_arg(arguments, bool*);
            bool* null_flag = nullable ? va_arg(arguments, bool*) : nullptr;
            if (null_flag && present)
                *null_flag = is_null;
            if (present && !is_null)
                ok = parse_bool(arg, dest, position, strict);
            break;
        }
        case 's': {
            char** dest = va_arg(arguments, char**);
            size_t* length = va_arg(arguments, size_t*);
            if (is_null) {
                *dest = nullptr;
                *length = 0;
            } else if (present && (ok = parse_string(arg, position, strict))) {
                *dest = Z_STRVAL_P(arg);
                *length = Z_STRLEN_P(arg);
            }
            break;
        }
        case 'S': {
            zend_string** dest = va_arg(arguments, zend_string**);
            if (is_null)
                *dest = nullptr;
            else if (present && (ok = parse_string(arg, position, strict)))
                *dest = Z_STR_P(arg);
            break;
        }
        case 'a': {
            zval** dest = va_arg(arguments, zval**);
            if (is_null)
                *dest = nullptr;
            else if (present && (ok = Z_TYPE_P(arg) == IS_ARRAY))
                *dest = arg;
            break;
        }
        case 'h': {
            HashTable** dest = va_arg(arguments, HashTable**);
            if (is_null)
                *dest = nullptr;
            else if (present && (ok = Z_TYPE_P(arg) == IS_ARRAY))
                *dest = Z_ARRVAL_P(arg);
            break;
        }
        case 'r': {
            zval** dest = va_arg(arguments, zval**);
            if (is_null)
                *dest = nullptr;
            else if (present && (ok = Z_TYPE_P(arg) == IS_RESOURCE))
                *dest = arg;
            break;
        }
        case 'f': {
            auto* fci = va_arg(arguments, zend_fcall_info*);
            auto* fcc = va_arg(arguments, zend_fcall_info_cache*);
            if (is_null || !present) {
                fci->size = 0;
                fcc->function_handler = nullptr;
                break;
            }
            const char* error = nullptr;
            if (zend_fcall_info_init(arg, 0, fci, fcc, nullptr, &error) == FAILURE) {
                va_end(arguments);
                invalid_callback_error(position, nullable, arg, error);
                return FAILURE;
            }
            break;
        }
        case 'z': {
            zval** dest = va_arg(arguments, zval**);
            if (present)
                *dest = is_null ? nullptr : arg;
            break;
        }
        default:
            va_end(arguments);
            zend_error(E_CORE_ERROR, miniphp::api::messages::kBadSpecifier, get_active_function_name(), letter);
            return FAILURE;
        }
        if (!ok) {
            va_end(arguments);
            zend_wrong_parameter_type_error(position, expected_type_name(letter, nullable), arg);
            return FAILURE;
        }
    }
    va_end(arguments);
    return SUCCESS;
}

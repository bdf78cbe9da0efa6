// String functions (https://www.php.net/manual/en/ref.strings.php): strlen, str_repeat, implode.
#include "ext/standard/php_standard.h"
#include "ext/standard/standard_messages.h"

#include <cstring>

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

namespace {

const char* const arginfo_string[] = {"string", nullptr};
const char* const arginfo_str_repeat[] = {"string", "times", nullptr};
const char* const arginfo_implode[] = {"separator", "array", nullptr};

} // namespace

const zend_function_entry standard_string_functions[] = {
    PHP_FE(strlen, arginfo_string)
    PHP_FE(str_repeat, arginfo_str_repeat)
    PHP_FE(implode, arginfo_implode)
    PHP_FALIAS(join, implode, arginfo_implode)
    PHP_FE_END
};

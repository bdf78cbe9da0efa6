// The json module's entry: its functions with the parameter names of php-src's json.stub.php, the
// JSON_* constants, the request's last error, and the builtins, which parse their arguments and hand the
// work to the encoder (json_encoder.cpp) and the decoder (json_decoder.cpp).
#include "ext/json/php_json.h"

#include "engine/context.h"
#include "ext/json/json_internal.h"

#include <climits>

namespace miniphp::json {

namespace {

thread_local int t_last_error = kErrorNone;

} // namespace

int& last_error() { return t_last_error; }

const char* error_message(int code)
{
    switch (code) {
    case kErrorNone: return "No error";
    case kErrorDepth: return "Maximum stack depth exceeded";
    case kErrorStateMismatch: return "State mismatch (invalid or malformed JSON)";
    case kErrorCtrlChar: return "Control character error, possibly incorrectly encoded";
    case kErrorSyntax: return "Syntax error";
    case kErrorUtf8: return "Malformed UTF-8 characters, possibly incorrectly encoded";
    case kErrorRecursion: return "Recursion detected";
    case kErrorInfOrNan: return "Inf and NaN cannot be JSON encoded";
    case kErrorUnsupportedType: return "Type is not supported";
    case kErrorInvalidPropertyName: return "The decoded property name is invalid";
    case kErrorUtf16: return "Single unpaired UTF-16 surrogate in unicode escape";
    default: return "Unknown error";
    }
}

// FIXME(exceptions): throw a JsonException (code = the error code) instead of ending the script.
void throw_json_exception(int code)
{
    Context* context = current_context();
    const char* file = context && context->borrowed_current_file ? context->borrowed_current_file : "Unknown";
    uint32_t line = context ? context->current_line : 0;
    zend_error_noreturn(E_ERROR, "Uncaught JsonException: %s in %s:%u\nStack trace:\n#0 {main}\n  thrown",
                        error_message(code), file, line);
}

} // namespace miniphp::json

using namespace miniphp::json;

// json_encode(mixed $value, int $flags = 0, int $depth = 512): string|false
// https://www.php.net/manual/en/function.json-encode.php
PHP_FUNCTION(json_encode)
{
    zval* value;
    zend_long options = 0;
    zend_long depth = 512;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|ll", &value, &options, &depth) == FAILURE)
        RETURN_THROWS();
    smart_str out {};
    int error = encode(&out, value, options, static_cast<int>(depth));
    // With JSON_THROW_ON_ERROR (and no partial output) the last error is left alone, as in PHP.
    if (!(options & kThrowOnError) || (options & kPartialOutputOnError)) {
        last_error() = error;
        if (error != kErrorNone && !(options & kPartialOutputOnError)) {
            smart_str_free(&out);
            RETURN_FALSE;
        }
    } else if (error != kErrorNone) {
        smart_str_free(&out);
        throw_json_exception(error);
    }
    if (!out.s)
        RETURN_EMPTY_STRING();
    RETURN_STR(smart_str_extract(&out));
}

// json_decode(string $json, ?bool $associative = null, int $depth = 512, int $flags = 0): mixed
// https://www.php.net/manual/en/function.json-decode.php
PHP_FUNCTION(json_decode)
{
    char* text;
    size_t length;
    bool assoc = false;
    bool assoc_is_null = true;
    zend_long depth = 512;
    zend_long options = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|b!ll", &text, &length, &assoc, &assoc_is_null, &depth, &options)
        == FAILURE)
        RETURN_THROWS();
    if (!(options & kThrowOnError))
        last_error() = kErrorNone;
    if (length == 0) {
        if (!(options & kThrowOnError)) {
            last_error() = kErrorSyntax;
            RETURN_NULL();
        }
        throw_json_exception(kErrorSyntax);
    }
    if (depth <= 0) {
        zend_argument_value_error(3, "must be greater than 0");
        RETURN_THROWS();
    }
    if (depth > INT_MAX) {
        zend_argument_value_error(3, "must be less than %d", INT_MAX);
        RETURN_THROWS();
    }
    // $associative null leaves the choice to JSON_OBJECT_AS_ARRAY.
    if (!assoc_is_null)
        options = assoc ? (options | kObjectAsArray) : (options & ~kObjectAsArray);
    int error = decode(text, length, (options & kObjectAsArray) != 0, options, depth, return_value);
    if (error != kErrorNone) {
        ZVAL_NULL(return_value);
        if (options & kThrowOnError)
            throw_json_exception(error);
        last_error() = error;
    }
}

// json_last_error(): int
PHP_FUNCTION(json_last_error)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(last_error());
}

// json_last_error_msg(): string
PHP_FUNCTION(json_last_error_msg)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_STRING(error_message(last_error()));
}

namespace {

const char* const arginfo_json_encode[] = {"value", "flags", "depth", nullptr};
const char* const arginfo_json_decode[] = {"json", "associative", "depth", "flags", nullptr};
const char* const arginfo_none[] = {nullptr};

const zend_function_entry json_functions[] = {
    PHP_FE(json_encode, arginfo_json_encode)
    PHP_FE(json_decode, arginfo_json_decode)
    PHP_FE(json_last_error, arginfo_none)
    PHP_FE(json_last_error_msg, arginfo_none)
    PHP_FE_END
};

PHP_MINIT_FUNCTION(json)
{
    constexpr int flags = CONST_CS | CONST_PERSISTENT;
    REGISTER_LONG_CONSTANT("JSON_HEX_TAG", kHexTag, flags);
    REGISTER_LONG_CONSTANT("JSON_HEX_AMP", kHexAmp, flags);
    REGISTER_LONG_CONSTANT("JSON_HEX_APOS", kHexApos, flags);
    REGISTER_LONG_CONSTANT("JSON_HEX_QUOT", kHexQuot, flags);
    REGISTER_LONG_CONSTANT("JSON_FORCE_OBJECT", kForceObject, flags);
    REGISTER_LONG_CONSTANT("JSON_NUMERIC_CHECK", kNumericCheck, flags);
    REGISTER_LONG_CONSTANT("JSON_UNESCAPED_SLASHES", kUnescapedSlashes, flags);
    REGISTER_LONG_CONSTANT("JSON_PRETTY_PRINT", kPrettyPrint, flags);
    REGISTER_LONG_CONSTANT("JSON_UNESCAPED_UNICODE", kUnescapedUnicode, flags);
    REGISTER_LONG_CONSTANT("JSON_PARTIAL_OUTPUT_ON_ERROR", kPartialOutputOnError, flags);
    REGISTER_LONG_CONSTANT("JSON_PRESERVE_ZERO_FRACTION", kPreserveZeroFraction, flags);
    REGISTER_LONG_CONSTANT("JSON_UNESCAPED_LINE_TERMINATORS", kUnescapedLineTerminators, flags);
    REGISTER_LONG_CONSTANT("JSON_OBJECT_AS_ARRAY", kObjectAsArray, flags);
    REGISTER_LONG_CONSTANT("JSON_BIGINT_AS_STRING", kBigintAsString, flags);
    REGISTER_LONG_CONSTANT("JSON_INVALID_UTF8_IGNORE", kInvalidUtf8Ignore, flags);
    REGISTER_LONG_CONSTANT("JSON_INVALID_UTF8_SUBSTITUTE", kInvalidUtf8Substitute, flags);
    REGISTER_LONG_CONSTANT("JSON_THROW_ON_ERROR", kThrowOnError, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_NONE", kErrorNone, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_DEPTH", kErrorDepth, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_STATE_MISMATCH", kErrorStateMismatch, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_CTRL_CHAR", kErrorCtrlChar, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_SYNTAX", kErrorSyntax, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_UTF8", kErrorUtf8, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_RECURSION", kErrorRecursion, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_INF_OR_NAN", kErrorInfOrNan, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_UNSUPPORTED_TYPE", kErrorUnsupportedType, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_INVALID_PROPERTY_NAME", kErrorInvalidPropertyName, flags);
    REGISTER_LONG_CONSTANT("JSON_ERROR_UTF16", kErrorUtf16, flags);
    return SUCCESS;
}

PHP_RINIT_FUNCTION(json)
{
    last_error() = kErrorNone;
    return SUCCESS;
}

} // namespace

zend_module_entry json_module_entry = {
    "json", json_functions, PHP_MINIT(json), nullptr, PHP_RINIT(json), nullptr, "8.2.0",
};

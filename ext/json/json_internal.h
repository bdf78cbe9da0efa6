// What the json module's files share: the option bits and error codes (PHP's values, which scripts see
// as the JSON_* constants), the last error of the request, and the encoder and decoder entry points.
#pragma once

#include "engine/api/php_api.h"

namespace miniphp::json {

// json_encode's and json_decode's $flags.
inline constexpr zend_long kHexTag = 1 << 0;
inline constexpr zend_long kHexAmp = 1 << 1;
inline constexpr zend_long kHexApos = 1 << 2;
inline constexpr zend_long kHexQuot = 1 << 3;
inline constexpr zend_long kForceObject = 1 << 4;
inline constexpr zend_long kNumericCheck = 1 << 5;
inline constexpr zend_long kUnescapedSlashes = 1 << 6;
inline constexpr zend_long kPrettyPrint = 1 << 7;
inline constexpr zend_long kUnescapedUnicode = 1 << 8;
inline constexpr zend_long kPartialOutputOnError = 1 << 9;
inline constexpr zend_long kPreserveZeroFraction = 1 << 10;
inline constexpr zend_long kUnescapedLineTerminators = 1 << 11;
inline constexpr zend_long kObjectAsArray = 1 << 0;
inline constexpr zend_long kBigintAsString = 1 << 1;
inline constexpr zend_long kInvalidUtf8Ignore = 1 << 20;
inline constexpr zend_long kInvalidUtf8Substitute = 1 << 21;
inline constexpr zend_long kThrowOnError = 1 << 22;

enum ErrorCode : int {
    kErrorNone = 0,
    kErrorDepth,
    kErrorStateMismatch,
    kErrorCtrlChar,
    kErrorSyntax,
    kErrorUtf8,
    kErrorRecursion,
    kErrorInfOrNan,
    kErrorUnsupportedType,
    kErrorInvalidPropertyName,
    kErrorUtf16,
};

const char* error_message(int code);
// The request's last error (json_last_error); reset at request start.
int& last_error();
// JSON_THROW_ON_ERROR: PHP throws JsonException. Exceptions do not exist yet, so this ends the script
// the way an uncaught one would.
[[noreturn]] void throw_json_exception(int code);

// Appends `value` as JSON; returns the error code (kErrorNone on success). With
// kPartialOutputOnError the output is complete even when an error is returned.
int encode(smart_str* out, zval* value, zend_long options, zend_long max_depth);
// Parses `text`; on success fills `result` (owned) and returns kErrorNone.
int decode(const char* text, size_t length, bool assoc, zend_long options, zend_long max_depth, zval* result);

} // namespace miniphp::json

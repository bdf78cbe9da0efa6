// Every message text the extension API raises, in one table (PHP 8.2's wording, Zend/zend_API.c), so the
// texts can be checked against PHP's in one place. Each is a printf format; the first %s is always the
// function name.
#pragma once

namespace miniphp::api::messages {

// ArgumentCountError: "strlen() expects exactly 1 argument, 0 given".
inline constexpr const char* kWrongArgumentCount = "%s() expects %s %d argument%s, %d given";
// The start of every message about one argument: "strlen(): Argument #1 ($string)", or without a name.
inline constexpr const char* kArgumentPrefixNamed = "%s(): Argument #%u ($%s)";
inline constexpr const char* kArgumentPrefix = "%s(): Argument #%u";
// TypeError for a parameter, after the prefix: "must be of type string, array given".
inline constexpr const char* kMustBeOfType = "must be of type %s, %s given";
// A programming error in an extension: an unknown letter in a zend_parse_parameters spec.
inline constexpr const char* kBadSpecifier = "%s(): bad type specifier '%c' in zend_parse_parameters";
// E_DEPRECATED since PHP 8.1, for null passed to a non-nullable scalar parameter of an internal function.
// The name part is " ($name)", or empty for an argument a variadic parameter gathered.
inline constexpr const char* kPassingNull = "%s(): Passing null to parameter #%u%s%s%s of type %s is deprecated";

// Zend/zend_execute_API.c, zend_call_function: a value for a by-reference parameter of a callback.
inline constexpr const char* kMustBePassedByReference = "%s(): Argument #%u%s%s%s must be passed by reference, value given";
// Zend/zend_API.c, zend_parse_arg_func: "f" and "f!" parameters.
inline constexpr const char* kInvalidCallback = "must be a valid callback%s, %s";
inline constexpr const char* kFunctionNotFound = "function \"%s\" not found or invalid function name";

} // namespace miniphp::api::messages

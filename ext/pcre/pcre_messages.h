// Every message text the pcre module raises itself, PHP 8.2's wording (ext/pcre/php_pcre.c), in one list so
// the texts can be checked against PHP's. A warning's format starts with "%s(): ", the running function's
// name (PHP's php_error_docref prefix); argument errors are the text after "f(): Argument #n ($name) ".
#pragma once

namespace miniphp::pcre::messages {

// Reading the pattern: its delimiters and modifiers.
inline constexpr const char kEmptyRegex[] = "%s(): Empty regular expression";
inline constexpr const char kBadDelimiter[] = "%s(): Delimiter must not be alphanumeric, backslash, or NUL";
inline constexpr const char kNoEndingDelimiter[] = "%s(): No ending delimiter '%c' found";
inline constexpr const char kNoEndingMatchingDelimiter[] = "%s(): No ending matching delimiter '%c' found";
inline constexpr const char kUnknownModifier[] = "%s(): Unknown modifier '%c'";
inline constexpr const char kNulModifier[] = "%s(): NUL is not a valid modifier";
inline constexpr const char kEvalModifier[] =
    "%s(): The /e modifier is no longer supported, use preg_replace_callback instead";
// Compiling it: PCRE2's own message and the offset it reports.
inline constexpr const char kCompilationFailed[] = "%s(): Compilation failed: %s at offset %zu";
inline constexpr const char kJitCompilationFailed[] = "%s(): JIT compilation failed: %s";
inline constexpr const char kJitNoMemory[] =
    "%s(): Allocation of JIT memory failed, PCRE JIT will be disabled. This is likely caused by security "
    "restrictions. Either grant PHP permission to allocate executable memory, or set pcre.jit=0";
inline constexpr const char kPatternInfoFailed[] = "%s(): Internal pcre2_pattern_info() error %d";

// preg_match and preg_match_all, when a match ends before it starts (\K in a lookahead).
inline constexpr const char kSubpatternsFailed[] = "%s(): Get subpatterns list failed";
// preg_replace_callback, when the callback cannot be called.
inline constexpr const char kCallbackFailed[] = "%s(): Unable to call custom replacement function";

// Argument errors.
inline constexpr const char kFlagsNotPregConstant[] = "must be a PREG_* constant";
inline constexpr const char kOffsetTooSmall[] = "must be greater than %lld";
inline constexpr const char kStringOrArray[] = "array|string";
inline constexpr const char kPatternMustBeArray[] =
    "must be of type array when argument #2 ($replacement) is an array, string given";
inline constexpr const char kPassingNull[] = "%s(): Passing null to parameter #%u ($%s) of type %s is deprecated";

// preg_last_error_msg(), indexed by preg_last_error()'s code.
inline constexpr const char* const kLastErrorTexts[] = {
    "No error",
    "Internal error",
    "Backtrack limit exhausted",
    "Recursion limit exhausted",
    "Malformed UTF-8 characters, possibly incorrectly encoded",
    "The offset did not correspond to the beginning of a valid UTF-8 code point",
    "JIT stack limit exhausted",
};
inline constexpr const char kUnknownError[] = "Unknown error";

} // namespace miniphp::pcre::messages

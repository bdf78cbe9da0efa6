// Every message text ext/standard raises itself (the argument-parsing texts are the API's, in
// engine/api/api_messages.h), PHP 8.2's wording, in one table.
#pragma once

namespace standard_messages {

inline constexpr const char* kMustBeGreaterOrEqualZero = "must be greater than or equal to 0";
inline constexpr const char* kMustBeArrayGiven = "must be of type array, %s given";
inline constexpr const char* kMustContainOneElement = "must contain at least one element";
inline constexpr const char* kCountMode = "must be either COUNT_NORMAL or COUNT_RECURSIVE";
inline constexpr const char* kCountType = "must be of type Countable|array, %s given";
inline constexpr const char* kNumberType = "must be of type int|float, %s given";
inline constexpr const char* kImplodeSeparatorType = "must be of type array|string, %s given";
inline constexpr const char* kImplodeArrayType = "%s(): Argument #1 ($array) must be of type array, string given";
inline constexpr const char* kImplodeStringType = "must be of type string, array given";
inline constexpr const char* kAbsNull = "abs(): Passing null to parameter #1 ($num) of type int|float is deprecated";
inline constexpr const char* kImplodeNull =
    "implode(): Passing null to parameter #1 ($separator) of type array|string is deprecated";
inline constexpr const char* kIntvalBase = "must be between 2 and 36 (inclusive), or 0";
inline constexpr const char* kVarExportCircular = "var_export does not handle circular references";
inline constexpr const char* kNestingTooDeep = "Nesting level too deep - recursive dependency?";

} // namespace standard_messages

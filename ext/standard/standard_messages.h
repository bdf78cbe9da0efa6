// Every message text ext/standard raises itself (the argument-parsing texts are the API's, in
// engine/api/api_messages.h), PHP 8.2's wording, in one table.
#pragma once

#include <cinttypes>

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


// arrays
inline constexpr const char* kNextElementOccupied =
    "Cannot add element to the array as the next element is already occupied";
inline constexpr const char* kIsTooLarge = "is too large";
inline constexpr const char* kCombineCounts = "and argument #2 ($values) must have the same number of elements";
inline constexpr const char* kFlipSkipped = "Can only flip string and integer values, entry skipped";
inline constexpr const char* kCountValuesSkipped = "Can only count string and integer values, entry skipped";
inline constexpr const char* kPadTooLarge = "must be less than or equal to 1048576";
inline constexpr const char* kMustBeGreaterThanZero = "must be greater than 0";
inline constexpr const char* kIllegalOffsetType = "Illegal offset type";
inline constexpr const char* kColumnKeyType = "must be of type string|int|null, %s given";
inline constexpr const char* kRangeStepExceeds = "must not exceed the specified range";
inline constexpr const char* kRangeInvalid = "Invalid range supplied: start=%0.0f end=%0.0f";
inline constexpr const char* kRangeTooLargeDouble =
    "The supplied range exceeds the maximum array size: start=%0.0f end=%0.0f";
inline constexpr const char* kRangeTooLargeLong =
    "The supplied range exceeds the maximum array size: start=%" PRId64 " end=%" PRId64;
inline constexpr const char* kRangeStepNull =
    "range(): Passing null to parameter #3 ($step) of type int|float is deprecated";
inline constexpr const char* kMergeTooLarge = "The total number of elements must be lower than %u";
inline constexpr const char* kRecursionDetected = "Recursion detected";
inline constexpr const char* kMultisortArgument = "must be an array or a sort flag";
inline constexpr const char* kMultisortFlagRepeated = "must be an array or a sort flag that has not already been specified";
inline constexpr const char* kMultisortBadFlag = "must be a valid sort flag";
inline constexpr const char* kMultisortSizes = "Array sizes are inconsistent";
inline constexpr const char* kIteratedValueChanged = "Iterated value is no longer an array or object";
inline constexpr const char* kReturningBool = "%s(): Returning bool from comparison function is deprecated, "
                                              "return an integer less than, equal to, or greater than zero";

} // namespace standard_messages

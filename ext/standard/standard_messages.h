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
inline constexpr const char* kImplodeNull =
    "implode(): Passing null to parameter #1 ($separator) of type array|string is deprecated";
inline constexpr const char* kIntvalBase = "must be between 2 and 36 (inclusive), or 0";
inline constexpr const char* kVarExportCircular = "var_export does not handle circular references";
inline constexpr const char* kNestingTooDeep = "Nesting level too deep - recursive dependency?";

// strings
inline constexpr const char* kCannotBeEmpty = "cannot be empty";
inline constexpr const char* kMustBeGreaterThanZero = "must be greater than 0";
inline constexpr const char* kMustBeNonEmptyString = "must be a non-empty string";
inline constexpr const char* kStrPadType = "must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH";
inline constexpr const char* kRangeNoLeft = "Invalid '..'-range, no character to the left of '..'";
inline constexpr const char* kRangeNoRight = "Invalid '..'-range, no character to the right of '..'";
inline constexpr const char* kRangeNotIncrementing = "Invalid '..'-range, '..'-range needs to be incrementing";
inline constexpr const char* kRangeInvalid = "Invalid '..'-range";
inline constexpr const char* kHexOddLength = "Hexadecimal input string must have an even length";
inline constexpr const char* kHexNotHex = "Input string must be hexadecimal string";
inline constexpr const char* kWordwrapCutZero = "cannot be true when argument #2 ($width) is 0";
inline constexpr const char* kWordCountFormat = "must be a valid format value";
inline constexpr const char* kOffsetNotContained = "must be contained in argument #1 ($haystack)";
inline constexpr const char* kReplaceArrayWithString = "must be of type string when argument #1 ($search) is a string";
inline constexpr const char* kArrayOrStringType = "must be of type array|string, %s given";
inline constexpr const char* kArrayOrStringOrNullType = "must be of type array|string|null, %s given";
inline constexpr const char* kArrayOrIntType = "must be of type array|int, %s given";
inline constexpr const char* kArrayOrIntOrNullType = "must be of type array|int|null, %s given";
inline constexpr const char* kNotArrayForSingleString = "cannot be an array when working on a single string";
inline constexpr const char* kStrtrTwoArguments = "must be of type array, string given";
inline constexpr const char* kStrtrThreeArguments = "must be of type string, array given";
inline constexpr const char* kStrtrNeedsTo = "strtr(): Argument #2 ($from) must be of type array, string given";
inline constexpr const char* kStrtrEmptyKey = "Ignoring replacement of empty string";
inline constexpr const char* kCharsetNotSupported = "Charset \"%s\" is not supported, assuming UTF-8";
inline constexpr const char* kFieldWidthTooLong = "Field width %zd is too long";
inline constexpr const char* kPrecisionTruncated =
    "Requested precision of %d digits was truncated to PHP maximum of %d digits";
inline constexpr const char* kArgnumInvalid = "Argument number specifier must be greater than zero and less than %d";
inline constexpr const char* kMissingPadding = "Missing padding character";
inline constexpr const char* kWidthNotInteger = "Width must be an integer";
inline constexpr const char* kWidthRange = "Width must be greater than zero and less than %d";
inline constexpr const char* kPrecisionNotInteger = "Precision must be an integer";
inline constexpr const char* kPrecisionRange = "Precision must be between -1 and %d";
inline constexpr const char* kPrecisionDigitsRange = "Precision must be greater than zero and less than %d";
inline constexpr const char* kPrecisionMinusOne = "Precision -1 is only supported for %g, %G, %h and %H";
inline constexpr const char* kMissingSpecifier = "Missing format specifier at end of string";
inline constexpr const char* kUnknownSpecifier = "Unknown format specifier \"%c\"";
inline constexpr const char* kArrayItemsRequired = "The arguments array must contain %d items, %d given";
inline constexpr const char* kArgumentsRequired = "%d arguments are required, %d given";
inline constexpr const char* kCountCharsMode = "must be between 0 and 4 (inclusive)";
inline constexpr const char* kFunctionDeprecated = "Function %s() is deprecated";
inline constexpr const char* kLevelsAtLeastOne = "must be greater than or equal to 1";
inline constexpr const char* kScanMixed = "cannot mix \"%\" and \"%n$\" conversion specifiers";
inline constexpr const char* kScanAssignedTwice = "Variable is assigned by multiple \"%n$\" conversion specifiers";
inline constexpr const char* kScanNotAssigned = "Variable is not assigned by any conversion specifiers";
inline constexpr const char* kScanIndexRange = "\"%n$\" argument index out of range";
inline constexpr const char* kScanVariableCount = "Different numbers of variable names and field specifiers";
inline constexpr const char* kScanUnmatchedBracket = "Unmatched [ in format string";
inline constexpr const char* kScanBadConversion = "Bad scan conversion character \"%c\"";
inline constexpr const char* kInputVarsExceeded =
    "Input variables exceeded %ld. To increase the limit change max_input_vars in php.ini.";
inline constexpr const char* kNotUuencoded = "Argument #1 ($data) is not a valid uuencoded string";
inline constexpr const char* kOnlyBasicEntities =
    "Only basic entities substitution is supported for multi-byte encodings other than UTF-8; functionality is equivalent to htmlspecialchars";
inline constexpr const char* kPassingNullUnion = "%s(): Passing null to parameter #%u ($%s) of type %s is deprecated";

// math
inline constexpr const char* kDivisionByZero = "Division by zero";
inline constexpr const char* kIntdivMinByMinusOne = "Division of PHP_INT_MIN by -1 is not an integer";
inline constexpr const char* kInvalidBaseCharacters =
    "Invalid characters passed for attempted conversion, these have been ignored";
inline constexpr const char* kBaseRange = "must be between 2 and 36 (inclusive)";
inline constexpr const char* kInfiniteToBase = "An infinite value cannot be converted to base %d";

inline constexpr const char* kMaxBelowMin = "must be greater than or equal to argument #1 ($min)";
inline constexpr const char* kMinAboveMax = "must be less than or equal to argument #2 ($max)";
inline constexpr const char* kNoRandomSource = "Could not gather sufficient random data";

// arrays
inline constexpr const char* kNextElementOccupied =
    "Cannot add element to the array as the next element is already occupied";
inline constexpr const char* kIsTooLarge = "is too large";
inline constexpr const char* kCombineCounts = "and argument #2 ($values) must have the same number of elements";
inline constexpr const char* kFlipSkipped = "Can only flip string and integer values, entry skipped";
inline constexpr const char* kCountValuesSkipped = "Can only count string and integer values, entry skipped";
inline constexpr const char* kPadTooLarge = "must be less than or equal to 1048576";
inline constexpr const char* kIllegalOffsetType = "Illegal offset type";
inline constexpr const char* kColumnKeyType = "must be of type string|int|null, %s given";
inline constexpr const char* kRangeStepExceeds = "must not exceed the specified range";
inline constexpr const char* kRangeInvalidSupplied = "Invalid range supplied: start=%0.0f end=%0.0f";
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

// The message texts the operator library raises, each a printf format, with the place in php-src that
// raises the same text. This is the operators' part of the engine's one message list: it lives here
// beside the code until the list's owner folds it into engine/error/messages.h, as was done for the
// value subsystem's texts.
#pragma once

namespace miniphp::operators::messages {

// Zend/zend_operators.c, zend_binop_error: a TypeError for operand types an operator does not take.
inline constexpr const char kUnsupportedOperands[] = "Unsupported operand types: %s %s %s";
// Zend/zend_operators.c, the unary ~ on a type it does not take (TypeError).
inline constexpr const char kCannotPerformBitwiseNot[] = "Cannot perform bitwise not on %s";
// Zend/zend_operators.c, a string that is only partly a number used in arithmetic (E_WARNING).
inline constexpr const char kNonNumeric[] = "A non-numeric value encountered";
// Zend/zend_operators.c, division and modulo (DivisionByZeroError).
inline constexpr const char kDivisionByZero[] = "Division by zero";
inline constexpr const char kModuloByZero[] = "Modulo by zero";
// Zend/zend_operators.c, pow() with 0 ** negative is fine in 8.2; intdiv overflow (ArithmeticError).
inline constexpr const char kIntdivOverflow[] = "Division of PHP_INT_MIN by -1 is not an integer";
// Zend/zend_API.c, a builtin's int parameter given something it cannot take (TypeError), and null
// given to it (E_DEPRECATED). Arguments: function, position, parameter name, and the type given.
inline constexpr const char kArgumentMustBeInt[] = "%s(): Argument #%d ($%s) must be of type int, %s given";
inline constexpr const char kPassingNullToInt[] = "%s(): Passing null to parameter #%d ($%s) of type int is deprecated";
// Zend/zend_operators.c, shifts (ArithmeticError).
inline constexpr const char kShiftByNegative[] = "Bit shift by negative number";
// Zend/zend_operators.c, PHP 8.1's deprecation of lossy float to int conversion (E_DEPRECATED).
inline constexpr const char kImplicitFloatToInt[] = "Implicit conversion from float %s to int loses precision";
inline constexpr const char kImplicitFloatStringToInt[] = "Implicit conversion from float-string \"%s\" to int loses precision";
// Zend/zend_operators.c, an array used as a string (E_WARNING).
inline constexpr const char kArrayToString[] = "Array to string conversion";
// Zend/zend_operators.c, an object without __toString used as a string (Error).
inline constexpr const char kObjectToString[] = "Object of class %s could not be converted to string";
// Zend/zend_operators.c, an object used as a number (E_WARNING).
inline constexpr const char kObjectToInt[] = "Object of class %s could not be converted to int";
inline constexpr const char kObjectToFloat[] = "Object of class %s could not be converted to float";
// Zend/zend_object_handlers.c, comparing an object with a number (E_NOTICE); the second argument is
// "int" or "float".
inline constexpr const char kObjectCompareToNumber[] = "Object of class %s could not be converted to %s";
// Zend/zend_operators.c, a resource converted to string (a value rather than a message, but user-visible).
inline constexpr const char kResourceToString[] = "Resource id #%lld";
// Zend/zend_operators.c, ++/-- on a type they do not take (TypeError).
inline constexpr const char kCannotIncrement[] = "Cannot increment %s";
inline constexpr const char kCannotDecrement[] = "Cannot decrement %s";
// Zend/zend_operators.c, concatenation whose result would not fit in a string (Error).
inline constexpr const char kStringSizeOverflow[] = "String size overflow";
// Zend/zend_exceptions.c, what an uncaught Throwable prints at top level (E_ERROR). The arguments are
// the class name, the message (with its leading ": " when not empty), the file and the line.
inline constexpr const char kUncaughtThrowable[] = "Uncaught %s%s%s%s in %s:%u\nStack trace:\n%s\n  thrown";

} // namespace miniphp::operators::messages

// Throwing PHP's built-in Error classes from native code, before exceptions exist.
//
// PHP 8's operators throw `TypeError`, `DivisionByZeroError`, `ArithmeticError` and `ValueError`. The
// class subsystem and the VM's unwinding come in a later issue; until then `throw_error` does what an
// *uncaught* throw does at top level: it raises the fatal error PHP prints for it,
//
//     PHP Fatal error:  Uncaught DivisionByZeroError: Modulo by zero in FILE:LINE
//     Stack trace:
//     #0 {main}
//       thrown in FILE on line LINE
//
// through `zend_error(E_ERROR, ...)`, so today it never returns (it bails out). Callers must not rely
// on that: every operator that throws returns FAILURE right after calling it, which is what it will
// do once the exception issue replaces this function's body with "create the object, set
// EG(exception), return".
//
// FIXME(exceptions): replace the body of throw_error (throw.cpp) with a real throw.
#pragma once

#include <cstdarg>

namespace miniphp {

// PHP's built-in Throwable classes that native code throws, by name.
enum class ErrorClass {
    Error,
    TypeError,
    ValueError,
    ArithmeticError,
    DivisionByZeroError,
    ArgumentCountError,
    UnhandledMatchError,
};

// The class name as PHP spells it ("DivisionByZeroError").
const char* error_class_name(ErrorClass error_class);

// Throws an instance of `error_class` whose message is `format` formatted with the arguments.
void throw_error(ErrorClass error_class, const char* format, ...) __attribute__((format(printf, 2, 3)));
void throw_error_va(ErrorClass error_class, const char* format, va_list arguments);

} // namespace miniphp

// PHP's spellings for extension code.
#define zend_type_error(...) ::miniphp::throw_error(::miniphp::ErrorClass::TypeError, __VA_ARGS__)
#define zend_value_error(...) ::miniphp::throw_error(::miniphp::ErrorClass::ValueError, __VA_ARGS__)
#define zend_throw_error_message(...) ::miniphp::throw_error(::miniphp::ErrorClass::Error, __VA_ARGS__)

// throw_error: for now, the fatal error an uncaught throw prints (see throw.h).
//
// The message is formatted into a stack buffer (long messages are cut, which only matters for texts
// far beyond what the operators raise), so nothing with a destructor is alive when zend_error bails out.
#include "engine/operators/throw.h"

#include <cstdio>

#include "engine/context.h"
#include "engine/error/error.h"
#include "engine/operators/operator_messages.h"

namespace miniphp {

const char* error_class_name(ErrorClass error_class)
{
    switch (error_class) {
    case ErrorClass::Error:
        return "Error";
    case ErrorClass::TypeError:
        return "TypeError";
    case ErrorClass::ValueError:
        return "ValueError";
    case ErrorClass::ArithmeticError:
        return "ArithmeticError";
    case ErrorClass::DivisionByZeroError:
        return "DivisionByZeroError";
    case ErrorClass::ArgumentCountError:
        return "ArgumentCountError";
    case ErrorClass::UnhandledMatchError:
        return "UnhandledMatchError";
    }
    return "Error";
}

void throw_error_va(ErrorClass error_class, const char* format, va_list arguments)
{
    char message[2048];
    std::vsnprintf(message, sizeof message, format, arguments);
    Context* context = current_context();
    const char* file = context && context->borrowed_current_file ? context->borrowed_current_file : "Unknown";
    uint32_t line = context ? context->current_line : 0;
    // FIXME(exceptions): create the Throwable, set it as the pending exception and return.
    zend_error(E_ERROR, operators::messages::kUncaughtThrowable, error_class_name(error_class), message[0] ? ": " : "",
               message, file, line);
}

void throw_error(ErrorClass error_class, const char* format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    throw_error_va(error_class, format, arguments);
    va_end(arguments);
}

} // namespace miniphp

// throw_error: for now, the fatal error an uncaught throw prints (see throw.h).
//
// The message is formatted into a stack buffer (long messages are cut, which only matters for texts
// far beyond what the operators raise), so nothing with a destructor is alive when zend_error bails out.
#include "engine/operators/throw.h"

#include <cstdio>
#include <cstring>

#include "engine/context.h"
#include "engine/error/error.h"
#include "engine/operators/operator_messages.h"
#include "engine/operators/string_builder.h"

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
    // PHP's uncaught display adds " and defined" to argument errors that name the caller's place.
    const bool and_defined = (error_class == ErrorClass::TypeError || error_class == ErrorClass::ArgumentCountError)
        && std::strstr(message, ", called in ");
    char trace[4096] = "#0 {main}";
    if (context && context->stack_trace_hook) {
        smart_str text {};
        context->stack_trace_hook(&text);
        if (text.s) {
            size_t length = ZSTR_LEN(text.s) < sizeof trace - 1 ? ZSTR_LEN(text.s) : sizeof trace - 1;
            std::memcpy(trace, ZSTR_VAL(text.s), length);
            trace[length] = '\0';
        }
        smart_str_free(&text);
    }
    // FIXME(exceptions): create the Throwable, set it as the pending exception and return.
    zend_error(E_ERROR, operators::messages::kUncaughtThrowable, error_class_name(error_class), message[0] ? ": " : "",
               message, and_defined ? " and defined" : "", file, line, trace);
}

void throw_error(ErrorClass error_class, const char* format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    throw_error_va(error_class, format, arguments);
    va_end(arguments);
}

} // namespace miniphp

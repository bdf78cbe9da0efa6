// zend_error: formatting a message, handing it to the hook, and bailing out for fatal levels.
//
// The formatting buffer lives on the stack; a message longer than it is formatted a second time into a
// buffer from the C library, which is freed before any bailout, so nothing leaks and the bailout rule
// holds (no destructors are skipped because there are none).
#include "engine/error/error.h"

#include <cstdio>
#include <cstdlib>

#include "engine/error/bailout.h"

namespace miniphp::error {

const char* error_type_name(int type)
{
    switch (type) {
    case E_ERROR:
    case E_CORE_ERROR:
    case E_COMPILE_ERROR:
    case E_USER_ERROR:
        return "Fatal error";
    case E_RECOVERABLE_ERROR:
        return "Recoverable fatal error";
    case E_WARNING:
    case E_CORE_WARNING:
    case E_COMPILE_WARNING:
    case E_USER_WARNING:
        return "Warning";
    case E_PARSE:
        return "Parse error";
    case E_NOTICE:
    case E_USER_NOTICE:
        return "Notice";
    case E_STRICT:
        return "Strict Standards";
    case E_DEPRECATED:
    case E_USER_DEPRECATED:
        return "Deprecated";
    default:
        return "Unknown error";
    }
}

size_t format_log_line(char* buffer, size_t buffer_size, int type, const char* message, const char* file,
                       uint32_t line)
{
    int length = std::snprintf(buffer, buffer_size, "PHP %s:  %s in %s on line %u", error_type_name(type), message,
                               file ? file : "Unknown", line);
    return length < 0 ? 0 : static_cast<size_t>(length);
}

void default_error_hook(void*, int type, const char* message, const char* file, uint32_t line)
{
    // error_reporting is the hook's to apply: a user error handler (engine/error/display.cpp) sees the
    // levels error_reporting hides, as PHP's does.
    Context* context = current_context();
    if (context && !(context->error_reporting & type))
        return;
    char stack_buffer[1024];
    size_t length = format_log_line(stack_buffer, sizeof stack_buffer, type, message, file, line);
    if (length < sizeof stack_buffer) {
        std::fprintf(stderr, "%s\n", stack_buffer);
    } else {
        char* buffer = static_cast<char*>(std::malloc(length + 1));
        if (!buffer)
            return;
        format_log_line(buffer, length + 1, type, message, file, line);
        std::fprintf(stderr, "%s\n", buffer);
        std::free(buffer);
    }
    std::fflush(stderr);
}

ErrorHook set_error_hook(ErrorHook hook, void* user)
{
    Context* context = current_context();
    ErrorHook previous = context->error_hook;
    context->error_hook = hook;
    context->error_hook_user = user;
    return previous;
}

static void deliver(Context* context, int type, const char* message)
{
    if (context && context->error_hook)
        context->error_hook(context->error_hook_user, type, message, context->borrowed_current_file,
                            context->current_line);
    else
        default_error_hook(nullptr, type, message, context ? context->borrowed_current_file : nullptr,
                           context ? context->current_line : 0);
}

static void format_and_deliver(Context* context, int type, const char* format, va_list arguments)
{
    char stack_buffer[1024];
    va_list again;
    va_copy(again, arguments);
    int length = std::vsnprintf(stack_buffer, sizeof stack_buffer, format, arguments);
    if (length >= 0 && static_cast<size_t>(length) >= sizeof stack_buffer) {
        char* buffer = static_cast<char*>(std::malloc(static_cast<size_t>(length) + 1));
        if (buffer) {
            std::vsnprintf(buffer, static_cast<size_t>(length) + 1, format, again);
            deliver(context, type, buffer);
            std::free(buffer);
            va_end(again);
            return;
        }
    }
    va_end(again);
    deliver(context, type, length < 0 ? format : stack_buffer);
}

void raise_error(int type, const char* format, va_list arguments)
{
    Context* context = current_context();
    if (context && (type & (E_USER_ERROR | E_RECOVERABLE_ERROR))) {
        // Fatal unless the user's error handler takes it (then PHP carries on).
        context->error_handled_by_user = false;
        format_and_deliver(context, type, format, arguments);
        if (context->error_handled_by_user)
            return;
        context->request_failed = true;
        context->exit_status = 255;
        bailout();
    }
    if (is_fatal(type)) {
        raise_fatal_error(type, format, arguments);
    }
    format_and_deliver(context, type, format, arguments);
}

void raise_fatal_error(int type, const char* format, va_list arguments)
{
    Context* context = current_context();
    if (context) {
        context->request_failed = true;
        context->exit_status = 255;
    }
    format_and_deliver(context, type, format, arguments);
    bailout();
}

}

void zend_error(int type, const char* format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    miniphp::error::raise_error(type, format, arguments);
    va_end(arguments);
}

void zend_error_noreturn(int type, const char* format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    miniphp::error::raise_fatal_error(type, format, arguments);
}

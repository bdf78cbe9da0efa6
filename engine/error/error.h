// Raising errors: `zend_error` and the fatal-error path.
//
// Every diagnostic the engine raises goes through `zend_error(type, format, ...)`. The message is
// formatted into a bounded buffer (no C++ objects, so the bailout rule holds) and handed to the
// context's error hook together with the current file and line. The default hook writes PHP's log line,
// `PHP Fatal error:  MESSAGE in FILE on line N`, to stderr; the output layer installs its own hook later
// (display_errors, log_errors, set_error_handler all live there).
//
// For the fatal levels (E_FATAL_ERRORS) `zend_error` then records that the request failed (exit status
// 255, and request end stays silent about leaks, as PHP does after a bailout) and bails out to the
// innermost try point. Non-fatal levels return to the caller.
//
// Message texts that the engine itself raises live in engine/error/messages.h.
#pragma once

#include <cstdarg>
#include <cstddef>
#include <cstdint>

#include "engine/context.h"
#include "engine/error/error_types.h"

namespace miniphp::error {

// PHP's name of a level as used in messages: "Fatal error", "Warning", "Parse error", ...
const char* error_type_name(int type);
inline bool is_fatal(int type) { return (type & E_FATAL_ERRORS) != 0; }

// Formats PHP's log line for a message, without a trailing newline:
// "PHP Fatal error:  MESSAGE in FILE on line N". Returns the length it wanted (like snprintf).
size_t format_log_line(char* buffer, size_t buffer_size, int type, const char* message, const char* file,
                       uint32_t line);

// Installs the hook on the current context (null restores the default). Returns the previous hook.
ErrorHook set_error_hook(ErrorHook hook, void* user);
// The default hook: the log line on stderr.
void default_error_hook(void* user, int type, const char* message, const char* file, uint32_t line);

void raise_error(int type, const char* format, va_list arguments);
[[noreturn]] void raise_fatal_error(int type, const char* format, va_list arguments);

// How the last request ended.
inline bool request_failed() { return current_context()->request_failed; }

}

// PHP's names.
void zend_error(int type, const char* format, ...) __attribute__((format(printf, 2, 3)));
[[noreturn]] void zend_error_noreturn(int type, const char* format, ...) __attribute__((format(printf, 2, 3)));

// Error display: what happens to a message after `zend_error` has formatted it, as PHP's php_error_cb.
//
// `display_startup` installs the display as the context's error hook (engine/error/error.h). For each
// error the hook first offers it to the user's handler (set_error_handler), then, when error_reporting lets
// the level through, logs it and displays it according to the ini settings:
//   - log_errors=1: "PHP Warning:  MSG in FILE on line N" to error_log (a file, each line prefixed with the
//     date) or, without one, to the host's log (the CLI: standard error);
//   - display_errors=1/On/stdout: "\nWarning: MSG in FILE on line N\n" into the output layer (so into any
//     open output buffer), wrapped in error_prepend_string/error_append_string; with html_errors=1 PHP's
//     HTML form; display_errors=stderr: "Warning: MSG in FILE on line N\n" on standard error.
// The order (log line first, then the displayed message) and every byte are php -n's.
//
// The user's handler. The VM plugs PHP callables in with `set_user_error_handler`: the hook calls it for
// the levels in its mask except the ones PHP never hands to user code (E_ERROR, E_PARSE, E_CORE_*,
// E_COMPILE_*). While it runs it is unset, so errors it raises itself are displayed normally; it returns
// true when it handled the error (a PHP handler that returned anything but false).
//
// Nothing here bails out: fatal levels bail out in zend_error after the hook returns.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/context.h"

namespace miniphp::error {

// PHP's name for a file when no script is running ("Unknown"), and the one its compiler uses for errors it
// raises after leaving a file (line 0).
inline constexpr const char kUnknownFile[] = "Unknown";
inline constexpr const char kNoActiveFile[] = "[no active file]";

// The file a compile-time diagnostic names. PHP raises some (a heredoc's body indentation) after its scanner
// has left the file: they carry line 0 and name "[no active file]".
inline const char* compile_diagnostic_file(const char* file, uint32_t line) { return line == 0 ? kNoActiveFile : file; }

// Installs `display_hook` on the current context.
void display_startup();
// The hook: the user's handler, then `report_error`.
void display_hook(void* user, int type, const char* message, const char* file, uint32_t line);
// php_error_cb without its bailout: logs and displays one error as the ini settings say. `file` null is
// "Unknown". Also records it as the last error.
void report_error(int type, const char* message, size_t length, const char* file, uint32_t line);

// set_error_handler: installs `handler` for the levels in `mask` (null removes it). Returns the previous one.
UserErrorHandler set_user_error_handler(UserErrorHandler handler, void* user, int mask, void** previous_user = nullptr,
                                        int* previous_mask = nullptr);

// error_get_last / error_clear_last: the last error raised in this request (false when none).
struct LastErrorView {
    int type;
    const char* message;
    size_t message_length;
    const char* file;
    uint32_t line;
};
bool last_error(LastErrorView* view);
void clear_last_error();

// display_errors' value read as PHP reads it: 0 off, 1 standard output, 2 standard error.
int display_errors_mode(const char* value, size_t length);

}

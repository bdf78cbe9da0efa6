// The output layer: where everything a script prints goes, through the stack of output buffers, to the host.
//
// All script output (echo, print, inline HTML, displayed errors, printf) enters through `php_output_write`.
// With no buffer active it goes straight to the host's write function; with `ob_start` buffers active it is
// appended to the innermost buffer, and leaves it (through the buffer's handler, then into the next buffer
// out, and finally to the host) when the buffer is flushed, reaches its chunk size, or is ended. At request
// end every buffer still open is flushed, innermost first, as PHP does after the shutdown functions and
// destructors have run, and also after a fatal error (the bailout leaves the buffers intact in request memory,
// so `ob_start(); echo "x"; undefined();` prints "x" and then the error message, which went into the buffer).
//
// Handlers. A buffer may have a handler that sees its contents before they move on: a PHP callable
// (`ob_start(function ($buffer, $phase) {...})`) or a C++ function. Both are an `OutputCallback`: the VM
// plugs PHP callables in by passing a callback that calls `callable` (the zval the buffer keeps a count of)
// with the buffer and the phase flags (kHandlerStart | kHandlerFlush | ...). The callback returns false when
// the call itself failed (the handler is then disabled and the buffer passes through unchanged); otherwise it
// stores the callable's return value in `result`, which is read as PHP reads it: false passes the buffer
// through and disables the handler, true or "" or null prints nothing, a string replaces the buffer, an int
// is printed as a number. The callback converts any other type to a string itself (it may call __toString).
//
// Memory. Buffers and handlers are request memory; the host and the state are persistent (`engine_startup`).
// Handlers run PHP code that may bail out: nothing here keeps C++ objects alive across a handler call.
//
// The PHP-visible ob_* functions are implemented here as engine functions with PHP's notices (their
// builtins in ext/standard only parse arguments and convert results).
#pragma once

#include <cstdarg>
#include <cstddef>
#include <cstdint>

#include "engine/value/zval.h"

namespace miniphp::output {

// The phase flags a handler is called with (PHP_OUTPUT_HANDLER_*), PHP's values.
inline constexpr int kHandlerWrite = 0x00;
inline constexpr int kHandlerStart = 0x01;
inline constexpr int kHandlerClean = 0x02;
inline constexpr int kHandlerFlush = 0x04;
inline constexpr int kHandlerFinal = 0x08;
// What a buffer allows (ob_start's $flags) and its state, PHP's values.
inline constexpr int kHandlerUser = 0x0001; // type: a PHP callable rather than an internal handler
inline constexpr int kHandlerCleanable = 0x0010;
inline constexpr int kHandlerFlushable = 0x0020;
inline constexpr int kHandlerRemovable = 0x0040;
inline constexpr int kHandlerStdFlags = 0x0070;
inline constexpr int kHandlerStarted = 0x1000;
inline constexpr int kHandlerDisabled = 0x2000;
inline constexpr int kHandlerProcessed = 0x4000;

// Where bytes leave the engine. `write` receives script output; `write_error` what goes to standard error
// (display_errors=stderr); `flush` pushes anything the host buffers (flush(), implicit_flush, and before
// anything goes to standard error); `log` receives error-log lines (without newline) when error_log is not
// set. Null members fall back to the defaults: write(2) to standard output, write(2) to standard error,
// nothing, and the line plus a newline on standard error.
struct Host {
    size_t (*write)(void* user, const char* data, size_t length) = nullptr;
    size_t (*write_error)(void* user, const char* data, size_t length) = nullptr;
    void (*flush)(void* user) = nullptr;
    void (*log)(void* user, const char* message, size_t length) = nullptr;
    void* user = nullptr;
};

using OutputCallback = bool (*)(void* user, zval* callable, zend_string* buffer, int phase, zval* result);

// One buffer as ob_get_status() reports it.
struct BufferStatus {
    const char* name;
    size_t name_length;
    int type;  // 0 internal, 1 user
    int flags;
    int level;
    size_t chunk_size;
    size_t buffer_size;
    size_t buffer_used;
};

// --- Lifetime (on the current context) -------------------------------------------------------------------
void engine_startup(const Host& host = Host {});
void engine_shutdown();
void set_host(const Host& host);
// Starts the request's (empty) buffer stack; starts a buffer when the output_buffering setting asks for one.
void request_startup();
// Flushes every open buffer (innermost first, under its own try point: a handler may fail fatally), then
// drops the stack and flushes the host. Call after shutdown functions and destructors, before the heap ends.
void request_shutdown();

// --- Writing -------------------------------------------------------------------------------------------------
size_t write(const char* data, size_t length);
// Past every buffer, straight to the host (PHPWRITE_H).
size_t write_unbuffered(const char* data, size_t length);
size_t printf(const char* format, ...) __attribute__((format(printf, 1, 2)));
size_t vprintf(const char* format, va_list arguments);
// flush(): the host's flush.
void flush_host();
// Error-log lines: the host's log function (the CLI: standard error).
void log_line(const char* message, size_t length);
// Standard error, after the host has flushed its output (display_errors=stderr).
size_t write_error(const char* data, size_t length);

// --- Buffers: the engine side of PHP's php_output_* API -----------------------------------------------
// Pushes a buffer. `name` is what ob_list_handlers() shows; `callback` null is the default handler (passes
// the buffer on unchanged); `callable` (may be null) is kept, with a count, until the buffer ends.
// A negative chunk size means 0 (no chunking). Only the ability bits of `flags` are used.
bool start(const char* name, size_t name_length, OutputCallback callback, void* user, const zval* callable,
           int64_t chunk_size, int64_t flags);
bool start_default();
int level();
bool flush();       // the innermost buffer, if flushable
bool clean();       // the innermost buffer, if cleanable
bool end();         // flush and remove the innermost buffer, if removable
bool discard();     // clean and remove the innermost buffer, if removable
void end_all();     // flush and remove every buffer, whatever its flags
void discard_all(); // drop every buffer's contents and the buffers
// The innermost buffer's contents (a new string; null without a buffer) and length (false without one).
zend_string* get_contents();
bool get_length(size_t* length);
bool status(int level, BufferStatus* status);
void set_implicit_flush(bool on);

// --- The PHP functions, with their notices (https://www.php.net/manual/en/ref.outcontrol.php) ----------
bool ob_start(const char* name, size_t name_length, OutputCallback callback, void* user, const zval* callable,
              int64_t chunk_size, int64_t flags);
bool ob_flush();
bool ob_clean();
bool ob_end_flush();
bool ob_end_clean();
zend_string* ob_get_flush();    // null: false
zend_string* ob_get_clean();    // null: false
zend_string* ob_get_contents(); // null: false
int ob_get_level();
bool ob_get_length(size_t* length); // false: false
void ob_implicit_flush(bool on);

}

// --- PHP's C spellings ---------------------------------------------------------------------------------------
inline size_t php_output_write(const char* data, size_t length) { return miniphp::output::write(data, length); }
inline size_t php_output_write_unbuffered(const char* data, size_t length)
{
    return miniphp::output::write_unbuffered(data, length);
}
size_t php_printf(const char* format, ...) __attribute__((format(printf, 1, 2)));
#define PHPWRITE(data, length) php_output_write((data), (length))
#define PHPWRITE_H(data, length) php_output_write_unbuffered((data), (length))
#define PUTS(text) php_output_write((text), __builtin_strlen(text))
#define PUTC(c)                                       \
    do {                                              \
        char miniphp_putc_char = static_cast<char>(c); \
        php_output_write(&miniphp_putc_char, 1);      \
    } while (0)
#define PHP_OUTPUT_HANDLER_START ::miniphp::output::kHandlerStart
#define PHP_OUTPUT_HANDLER_WRITE ::miniphp::output::kHandlerWrite
#define PHP_OUTPUT_HANDLER_CLEAN ::miniphp::output::kHandlerClean
#define PHP_OUTPUT_HANDLER_FLUSH ::miniphp::output::kHandlerFlush
#define PHP_OUTPUT_HANDLER_FINAL ::miniphp::output::kHandlerFinal
#define PHP_OUTPUT_HANDLER_CONT PHP_OUTPUT_HANDLER_WRITE
#define PHP_OUTPUT_HANDLER_END PHP_OUTPUT_HANDLER_FINAL
#define PHP_OUTPUT_HANDLER_CLEANABLE ::miniphp::output::kHandlerCleanable
#define PHP_OUTPUT_HANDLER_FLUSHABLE ::miniphp::output::kHandlerFlushable
#define PHP_OUTPUT_HANDLER_REMOVABLE ::miniphp::output::kHandlerRemovable
#define PHP_OUTPUT_HANDLER_STDFLAGS ::miniphp::output::kHandlerStdFlags

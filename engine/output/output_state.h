// The output layer's and the error display's state, hanging off the Context (`Context::output`).
//
// The state itself is persistent (created by output::engine_startup); the buffer stack and every buffer in
// it are request memory, valid between output::request_startup and output::request_shutdown. The last error
// (error_get_last) is kept in the C library's memory, since it outlives the request that raised it only
// until the next request starts, and must not point into a released heap meanwhile.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/output/output.h"

namespace miniphp::output {

struct Handler {
    char* name; // request memory, NUL-terminated
    size_t name_length;
    OutputCallback callback; // null: the default handler
    void* user;
    zval callable; // UNDEF for internal handlers; holds a count otherwise
    size_t chunk_size;
    int flags;
    int level;
    char* data; // the buffer, request memory
    size_t used;
    size_t size;
};

// The error last raised in this request, for error_get_last() and ignore_repeated_errors.
struct LastError {
    int type = 0;
    char* message = nullptr; // malloc'd; null when there is none
    size_t message_length = 0;
    char* file = nullptr;
    uint32_t line = 0;
};

struct OutputState {
    Host host;
    // The request's buffers, innermost last.
    Handler** handlers = nullptr;
    int count = 0;
    int capacity = 0;
    Handler* running = nullptr;     // the buffer whose handler is running
    const char* function = nullptr; // the ob_* function being run, for its notices
    bool activated = false;         // inside a request: writes go through the buffer stack
    bool disabled = false;          // output is switched off for good (PHP_OUTPUT_DISABLED)
    bool implicit_flush = false;

    // Error display (engine/error/display.cpp).
    LastError last_error;
    bool in_error_log = false; // logging an error must not log the errors it raises itself
};

}

// The output layer (see output.h): the buffer stack, the handler operation, and the ob_* functions.
//
// The file is written bottom-up: the state and the host defaults, then how one buffer takes bytes and runs
// its handler (`run_handler`), then how an operation walks the stack (`operate`), then the public functions
// built on those two, and last the PHP functions with their notices.
//
// Bytes in flight are described by a `Piece`: a pointer and a length, and whether the piece owns its memory
// (request memory, freed when the piece is dropped). A piece may borrow the caller's bytes or a buffer's own
// storage; a borrowed buffer is written on before that buffer takes any new bytes, which is what keeps the
// borrow safe. The order of operations follows PHP's main/output.c so that the phases a handler sees, and
// what leaves when, are PHP's.
#include "engine/output/output.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "engine/context.h"
#include "engine/error/bailout.h"
#include "engine/error/display.h"
#include "engine/error/error.h"
#include "engine/ini/core_entries.h"
#include "engine/output/output_messages.h"
#include "engine/output/output_state.h"
#include "engine/value/value.h"

namespace miniphp::output {

namespace {

// Buffers start at, and grow by, whole 4 KiB steps above the chunk size (16 KiB without one), as PHP's.
constexpr size_t kAlignment = 0x1000;
constexpr size_t kDefaultSize = 0x4000;

size_t initial_size(size_t chunk)
{
    return chunk > 1 ? chunk + kAlignment - (chunk % kAlignment) : kDefaultSize;
}

OutputState* state()
{
    Context* context = current_context();
    return context ? context->output : nullptr;
}

size_t write_all(int fd, const char* data, size_t length)
{
    size_t done = 0;
    while (done < length) {
        ssize_t written = ::write(fd, data + done, length - done);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        done += static_cast<size_t>(written);
    }
    return done;
}

// As php's CLI: write(2) on standard output, unbuffered, so output and messages on standard error keep
// their order in a terminal or a shared pipe.
size_t default_write(void*, const char* data, size_t length) { return write_all(STDOUT_FILENO, data, length); }

size_t default_write_error(void*, const char* data, size_t length)
{
    std::fflush(stdout);
    return write_all(STDERR_FILENO, data, length);
}

void default_log(void*, const char* message, size_t length)
{
    std::fflush(stdout);
    write_all(STDERR_FILENO, message, length);
    write_all(STDERR_FILENO, "\n", 1);
}

size_t host_write(OutputState* output, const char* data, size_t length)
{
    if (!output)
        return default_write(nullptr, data, length);
    return output->host.write ? output->host.write(output->host.user, data, length)
                              : default_write(nullptr, data, length);
}

// --- Pieces ------------------------------------------------------------------------------------------

struct Piece {
    const char* data = nullptr;
    size_t length = 0;
    char* owned = nullptr;
};

void drop(Piece* piece)
{
    if (piece->owned)
        efree(piece->owned);
    *piece = Piece {};
}

// What one operation carries from buffer to buffer: the phase, what goes in, what comes out.
struct Operation {
    int phase;
    Piece in;
    Piece out;
};

// The output of one buffer becomes the input of the next one out.
void pass_output_on(Operation* operation)
{
    drop(&operation->in);
    operation->in = operation->out;
    operation->out = Piece {};
}

// The input goes on as the output, untouched.
void pass_input_through(Operation* operation)
{
    drop(&operation->out);
    operation->out = operation->in;
    operation->in = Piece {};
}

void reset(Operation* operation)
{
    drop(&operation->in);
    drop(&operation->out);
}

// --- Handlers ------------------------------------------------------------------------------------------

void free_handler(Handler* handler)
{
    if (Z_TYPE(handler->callable) != IS_UNDEF)
        zval_ptr_dtor(&handler->callable);
    if (handler->data)
        efree(handler->data);
    efree(handler->name);
    efree(handler);
}

// Drops every buffer without running a handler (a fatal error inside a handler, the end of a request).
void deactivate(OutputState* output)
{
    output->activated = false;
    output->running = nullptr;
    while (output->count) {
        Handler* handler = output->handlers[--output->count];
        free_handler(handler);
    }
}

const char* function_name(OutputState* output)
{
    return output->function ? output->function : "ob_start";
}

// A buffering operation from inside a running handler is a fatal error; PHP drops every buffer first.
bool refuse_inside_handler(OutputState* output, int phase)
{
    if (!phase || !output->count || !output->running)
        return false;
    const char* function = function_name(output);
    deactivate(output);
    zend_error(E_ERROR, messages::kUsedInsideHandler, function);
    return true;
}

// Appends the input to the buffer. True when the buffer may simply keep it; false when it reached its chunk
// size and must be processed now (never while a handler runs: its own output waits).
bool append(OutputState* output, Handler* handler, const Piece& in)
{
    if (!in.length)
        return true;
    if (handler->size - handler->used <= in.length) {
        size_t grow_chunk = initial_size(handler->chunk_size);
        size_t grow_needed = initial_size(in.length - (handler->size - handler->used));
        size_t grow = grow_chunk > grow_needed ? grow_chunk : grow_needed;
        handler->data = static_cast<char*>(safe_erealloc(handler->data, 1, handler->size, grow));
        handler->size += grow;
    }
    std::memcpy(handler->data + handler->used, in.data, in.length);
    handler->used += in.length;
    if (handler->chunk_size && handler->used >= handler->chunk_size)
        return output->running != nullptr;
    return true;
}

enum class Status { Failure, NoData, Success };

// Reads a callback's result as PHP reads a user handler's return value.
Status read_result(zval* result, Operation* operation)
{
    switch (Z_TYPE_P(result)) {
    case IS_UNDEF:
    case IS_FALSE:
        return Status::Failure;
    case IS_STRING: {
        size_t length = Z_STRLEN_P(result);
        if (!length)
            return Status::NoData;
        char* copy = static_cast<char*>(emalloc(length));
        std::memcpy(copy, Z_STRVAL_P(result), length);
        operation->out = Piece { copy, length, copy };
        return Status::Success;
    }
    case IS_LONG: {
        char number[24];
        int length = std::snprintf(number, sizeof number, "%lld", static_cast<long long>(Z_LVAL_P(result)));
        char* copy = static_cast<char*>(emalloc(static_cast<size_t>(length)));
        std::memcpy(copy, number, static_cast<size_t>(length));
        operation->out = Piece { copy, static_cast<size_t>(length), copy };
        return Status::Success;
    }
    default:
        // true, null, and (by the callback's contract) nothing else: the handler ate the output.
        return Status::NoData;
    }
}

// Feeds the operation's input to one buffer and, when the phase or the chunk size asks for it, runs the
// buffer's handler over everything it holds. On return `operation->out` holds what leaves the buffer.
Status run_handler(OutputState* output, Handler* handler, Operation* operation)
{
    if (refuse_inside_handler(output, operation->phase))
        return Status::Failure;
    if (append(output, handler, operation->in) && !operation->phase)
        return Status::NoData;

    int phase = operation->phase;
    if (!(handler->flags & kHandlerStarted))
        phase |= kHandlerStart;
    Status status;
    output->running = handler;
    if (handler->callback) {
        zend_string* buffer = zend_string_init(handler->data ? handler->data : "", handler->used, false);
        zval result;
        ZVAL_UNDEF(&result);
        bool called = handler->callback(handler->user, &handler->callable, buffer, phase, &result);
        zend_string_release(buffer);
        // The buffer is read again after the call: the handler may have printed into it (chunking waits).
        status = called ? read_result(&result, operation) : Status::Failure;
        if (Z_TYPE(result) != IS_UNDEF)
            zval_ptr_dtor(&result);
    } else {
        // The default handler passes its buffer on as it is; the piece borrows the buffer's storage.
        drop(&operation->out);
        operation->out = Piece { handler->data, handler->used, nullptr };
        status = handler->used ? Status::Success : Status::NoData;
    }
    handler->flags |= kHandlerStarted;
    output->running = nullptr;

    switch (status) {
    case Status::Failure:
        // The handler is switched off and its buffer goes on unprocessed; the piece takes the storage.
        handler->flags |= kHandlerDisabled;
        drop(&operation->out);
        operation->out = Piece { handler->data, handler->used, handler->data };
        handler->data = nullptr;
        handler->used = 0;
        handler->size = 0;
        break;
    case Status::NoData:
        reset(operation);
        [[fallthrough]];
    case Status::Success:
        handler->used = 0;
        handler->flags |= kHandlerProcessed;
        break;
    }
    return status;
}

void send_to_host(OutputState* output, const Piece& piece)
{
    if (!piece.length || output->disabled)
        return;
    host_write(output, piece.data, piece.length);
    if (output->implicit_flush)
        flush_host();
}

// Runs an operation down the stack, innermost buffer first, and sends what comes out of the outermost one
// to the host. A buffer that keeps everything ends the walk.
void operate(OutputState* output, int phase, const char* data, size_t length)
{
    if (refuse_inside_handler(output, phase))
        return;
    Operation operation { phase, Piece { data, length, nullptr }, Piece {} };
    if (output->count) {
        for (int level = output->count - 1; level >= 0; --level) {
            Handler* handler = output->handlers[level];
            bool was_disabled = handler->flags & kHandlerDisabled;
            Status status = was_disabled ? Status::Failure : run_handler(output, handler, &operation);
            if (status == Status::NoData)
                break;
            if (status == Status::Success || !was_disabled) {
                if (level > 0)
                    pass_output_on(&operation);
            } else if (level == 0) {
                pass_input_through(&operation);
            }
        }
    } else {
        pass_input_through(&operation);
    }
    send_to_host(output, operation.out);
    reset(&operation);
}

// Removes the innermost buffer: runs its handler a last time (phase FINAL, with CLEAN when discarding) and
// writes what comes out into the next buffer out, unless discarding.
bool pop(OutputState* output, bool force, bool discarding, bool silent)
{
    const char* verb = discarding ? "discard" : "send";
    if (!output->count) {
        if (!silent)
            zend_error(E_NOTICE, messages::kNoBufferToPop, function_name(output), verb, verb);
        return false;
    }
    Handler* orphan = output->handlers[output->count - 1];
    if (!force && !(orphan->flags & kHandlerRemovable)) {
        if (!silent)
            zend_error(E_NOTICE, messages::kCannotPopBufferOf, function_name(output), verb, orphan->name,
                       orphan->level);
        return false;
    }
    Operation operation { kHandlerFinal, Piece {}, Piece {} };
    if (!(orphan->flags & kHandlerDisabled)) {
        if (discarding)
            operation.phase |= kHandlerClean;
        run_handler(output, orphan, &operation);
    }
    // A fatal error in the handler may have dropped the whole stack already.
    if (output->count && output->handlers[output->count - 1] == orphan) {
        --output->count;
        if (!discarding && operation.out.length)
            write(operation.out.data, operation.out.length);
        reset(&operation);
        free_handler(orphan);
    } else {
        reset(&operation);
    }
    return true;
}

Handler* top(OutputState* output) { return output && output->count ? output->handlers[output->count - 1] : nullptr; }

// Sets the function name the notices and the fatal error name for the span of one ob_* call.
struct FunctionScope {
    OutputState* output;
    const char* previous;
};

FunctionScope enter(const char* function)
{
    OutputState* output = state();
    FunctionScope scope { output, output ? output->function : nullptr };
    if (output)
        output->function = function;
    return scope;
}

void leave(FunctionScope scope)
{
    if (scope.output)
        scope.output->function = scope.previous;
}

}

// --- Lifetime ------------------------------------------------------------------------------------------------

void engine_startup(const Host& host)
{
    Context* context = current_context();
    if (!context->output)
        context->output = new OutputState;
    context->output->host = host;
}

void engine_shutdown()
{
    Context* context = current_context();
    if (!context->output)
        return;
    LastError* last = &context->output->last_error;
    std::free(last->message);
    std::free(last->file);
    delete context->output;
    context->output = nullptr;
}

void set_host(const Host& host)
{
    if (OutputState* output = state())
        output->host = host;
}

void request_startup()
{
    OutputState* output = state();
    if (!output)
        return;
    output->handlers = nullptr;
    output->count = 0;
    output->capacity = 0;
    output->running = nullptr;
    output->function = nullptr;
    output->disabled = false;
    output->activated = true;
    error::clear_last_error();
    ini::Entry* implicit = ini::core(ini::CoreSetting::ImplicitFlush);
    output->implicit_flush = implicit && implicit->bool_value;
    // output_buffering=N starts a buffer for the whole request (N > 1 is its chunk size).
    if (ini::Entry* buffering = ini::core(ini::CoreSetting::OutputBuffering)) {
        if (buffering->long_value > 0)
            start(messages::kDefaultHandlerName, sizeof messages::kDefaultHandlerName - 1, nullptr, nullptr, nullptr,
                  buffering->long_value > 1 ? buffering->long_value : 0, kHandlerStdFlags);
    }
}

void request_shutdown()
{
    OutputState* output = state();
    if (!output)
        return;
    // Each flush under its own try point: a handler that fails fatally ends only its own flush.
    while (output->activated && output->count) {
        int before = output->count;
        MINIPHP_TRY {
            pop(output, true, false, true);
        } MINIPHP_CATCH {
        } MINIPHP_END_TRY
        if (output->count >= before)
            break;
    }
    deactivate(output);
    flush_host();
    // The stack array is request memory: give it back before the heap is released.
    if (output->handlers)
        efree(output->handlers);
    output->handlers = nullptr;
    output->capacity = 0;
    output->function = nullptr;
}

// --- Writing -------------------------------------------------------------------------------------------------

size_t write(const char* data, size_t length)
{
    OutputState* output = state();
    if (output && output->activated) {
        operate(output, kHandlerWrite, data, length);
        return length;
    }
    if (output && output->disabled)
        return 0;
    return host_write(output, data, length);
}

size_t write_unbuffered(const char* data, size_t length) { return host_write(state(), data, length); }

size_t vprintf(const char* format, va_list arguments)
{
    char stack_buffer[1024];
    va_list again;
    va_copy(again, arguments);
    int length = std::vsnprintf(stack_buffer, sizeof stack_buffer, format, arguments);
    size_t written = 0;
    if (length < 0) {
        written = 0;
    } else if (static_cast<size_t>(length) < sizeof stack_buffer) {
        written = write(stack_buffer, static_cast<size_t>(length));
    } else {
        // Request memory: writing may run a handler that bails out, and the heap reclaims it then.
        char* buffer = static_cast<char*>(emalloc(static_cast<size_t>(length) + 1));
        std::vsnprintf(buffer, static_cast<size_t>(length) + 1, format, again);
        written = write(buffer, static_cast<size_t>(length));
        efree(buffer);
    }
    va_end(again);
    return written;
}

size_t printf(const char* format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    size_t written = vprintf(format, arguments);
    va_end(arguments);
    return written;
}

void flush_host()
{
    OutputState* output = state();
    if (output && output->host.flush)
        output->host.flush(output->host.user);
}

size_t write_error(const char* data, size_t length)
{
    OutputState* output = state();
    flush_host();
    if (output && output->host.write_error)
        return output->host.write_error(output->host.user, data, length);
    return default_write_error(nullptr, data, length);
}

void log_line(const char* message, size_t length)
{
    flush_host();
    OutputState* output = state();
    if (output && output->host.log)
        output->host.log(output->host.user, message, length);
    else
        default_log(nullptr, message, length);
}

// --- Buffers -------------------------------------------------------------------------------------------------

bool start(const char* name, size_t name_length, OutputCallback callback, void* user, const zval* callable,
           int64_t chunk_size, int64_t flags)
{
    OutputState* output = state();
    if (!output || !output->activated)
        return false;
    if (refuse_inside_handler(output, kHandlerStart))
        return false;
    auto* handler = static_cast<Handler*>(ecalloc(1, sizeof(Handler)));
    handler->name = static_cast<char*>(emalloc(name_length + 1));
    std::memcpy(handler->name, name, name_length);
    handler->name[name_length] = '\0';
    handler->name_length = name_length;
    handler->callback = callback;
    handler->user = user;
    if (callable)
        ZVAL_COPY(&handler->callable, const_cast<zval*>(callable));
    else
        ZVAL_UNDEF(&handler->callable);
    handler->chunk_size = chunk_size > 0 ? static_cast<size_t>(chunk_size) : 0;
    handler->flags = static_cast<int>(flags & 0xf0) | (callable ? kHandlerUser : 0);
    handler->size = initial_size(handler->chunk_size);
    handler->data = static_cast<char*>(emalloc(handler->size));
    if (output->count == output->capacity) {
        int capacity = output->capacity ? output->capacity * 2 : 8;
        output->handlers = static_cast<Handler**>(
            safe_erealloc(output->handlers, static_cast<size_t>(capacity), sizeof(Handler*), 0));
        output->capacity = capacity;
    }
    handler->level = output->count;
    output->handlers[output->count++] = handler;
    return true;
}

bool start_default()
{
    return start(messages::kDefaultHandlerName, sizeof messages::kDefaultHandlerName - 1, nullptr, nullptr, nullptr,
                 0, kHandlerStdFlags);
}

int level()
{
    OutputState* output = state();
    return output && output->activated ? output->count : 0;
}

bool flush()
{
    OutputState* output = state();
    Handler* handler = top(output);
    if (!handler || !(handler->flags & kHandlerFlushable))
        return false;
    Operation operation { kHandlerFlush, Piece {}, Piece {} };
    run_handler(output, handler, &operation);
    if (operation.out.length && output->count && output->handlers[output->count - 1] == handler) {
        // The flushed bytes go to the buffers below this one: hide it from the stack while they are written.
        --output->count;
        write(operation.out.data, operation.out.length);
        ++output->count;
    }
    reset(&operation);
    return true;
}

bool clean()
{
    OutputState* output = state();
    Handler* handler = top(output);
    if (!handler || !(handler->flags & kHandlerCleanable))
        return false;
    Operation operation { kHandlerClean, Piece {}, Piece {} };
    run_handler(output, handler, &operation);
    reset(&operation);
    return true;
}

bool end()
{
    OutputState* output = state();
    return output && pop(output, false, false, false);
}

bool discard()
{
    OutputState* output = state();
    return output && pop(output, false, true, false);
}

void end_all()
{
    OutputState* output = state();
    while (output && output->count && pop(output, true, false, false)) {
    }
}

void discard_all()
{
    OutputState* output = state();
    while (output && output->count)
        pop(output, true, true, false);
}

zend_string* get_contents()
{
    Handler* handler = top(state());
    if (!handler)
        return nullptr;
    return zend_string_init(handler->data ? handler->data : "", handler->used, false);
}

bool get_length(size_t* length)
{
    Handler* handler = top(state());
    if (!handler)
        return false;
    *length = handler->used;
    return true;
}

bool status(int level, BufferStatus* result)
{
    OutputState* output = state();
    if (!output || level < 0 || level >= output->count)
        return false;
    Handler* handler = output->handlers[level];
    *result = BufferStatus { handler->name, handler->name_length, handler->flags & 0xf, handler->flags, handler->level,
                             handler->chunk_size, handler->size, handler->used };
    return true;
}

void set_implicit_flush(bool on)
{
    if (OutputState* output = state())
        output->implicit_flush = on;
}

// --- The PHP functions -----------------------------------------------------------------------------------

bool ob_start(const char* name, size_t name_length, OutputCallback callback, void* user, const zval* callable,
              int64_t chunk_size, int64_t flags)
{
    FunctionScope scope = enter("ob_start");
    bool ok = start(name, name_length, callback, user, callable, chunk_size, flags);
    if (!ok)
        zend_error(E_NOTICE, messages::kFailedToCreate, "ob_start");
    leave(scope);
    return ok;
}

bool ob_flush()
{
    FunctionScope scope = enter("ob_flush");
    bool ok = false;
    if (!top(scope.output)) {
        zend_error(E_NOTICE, messages::kNoBufferToFlush, "ob_flush");
    } else if (!(ok = flush())) {
        Handler* handler = top(scope.output);
        zend_error(E_NOTICE, messages::kCannotFlushBufferOf, "ob_flush", handler->name, handler->level);
    }
    leave(scope);
    return ok;
}

bool ob_clean()
{
    FunctionScope scope = enter("ob_clean");
    bool ok = false;
    if (!top(scope.output)) {
        zend_error(E_NOTICE, messages::kNoBufferToDelete, "ob_clean");
    } else if (!(ok = clean())) {
        Handler* handler = top(scope.output);
        zend_error(E_NOTICE, messages::kCannotDeleteBufferOf, "ob_clean", handler->name, handler->level);
    }
    leave(scope);
    return ok;
}

bool ob_end_flush()
{
    FunctionScope scope = enter("ob_end_flush");
    bool ok = false;
    if (!top(scope.output))
        zend_error(E_NOTICE, messages::kNoBufferToDeleteOrFlush, "ob_end_flush");
    else
        ok = end();
    leave(scope);
    return ok;
}

bool ob_end_clean()
{
    FunctionScope scope = enter("ob_end_clean");
    bool ok = false;
    if (!top(scope.output))
        zend_error(E_NOTICE, messages::kNoBufferToDelete, "ob_end_clean");
    else
        ok = discard();
    leave(scope);
    return ok;
}

zend_string* ob_get_flush()
{
    FunctionScope scope = enter("ob_get_flush");
    zend_string* contents = get_contents();
    if (!contents) {
        zend_error(E_NOTICE, messages::kNoBufferToDeleteOrFlush, "ob_get_flush");
    } else if (!end()) {
        Handler* handler = top(scope.output);
        zend_error(E_NOTICE, messages::kCannotDeleteBufferOf, "ob_get_flush", handler->name, handler->level);
    }
    leave(scope);
    return contents;
}

zend_string* ob_get_clean()
{
    FunctionScope scope = enter("ob_get_clean");
    zend_string* contents = get_contents();
    // Without a buffer ob_get_clean() is silently false, unlike its siblings.
    if (contents && !discard()) {
        Handler* handler = top(scope.output);
        zend_error(E_NOTICE, messages::kCannotDeleteBufferOf, "ob_get_clean", handler->name, handler->level);
    }
    leave(scope);
    return contents;
}

zend_string* ob_get_contents() { return get_contents(); }

int ob_get_level() { return level(); }

bool ob_get_length(size_t* length) { return get_length(length); }

void ob_implicit_flush(bool on) { set_implicit_flush(on); }

}

size_t php_printf(const char* format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    size_t written = miniphp::output::vprintf(format, arguments);
    va_end(arguments);
    return written;
}

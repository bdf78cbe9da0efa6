// The engine context: the one place where per-thread engine and request state hangs.
//
// miniphp keeps no mutable globals. Everything an engine needs at run time (the request heap, the
// innermost bailout point, the error state, later the executor globals, the ini table, the module
// registry) is reachable from one `Context`, and the running thread finds its context through one
// thread-local pointer, `current_context()`. A process may therefore run several engines, one per
// thread, each with its own heap and its own requests.
//
// Lifetimes. A context is created once per engine (`context_create`) and lives until
// `context_destroy`; what it owns directly (the heap object, the persistent-block registry) lives that
// long too. Between `request_startup` and `request_shutdown` it also carries one request: all request
// memory is released wholesale by `request_shutdown`, whatever the request did, including bailing out
// of a fatal error.
//
// Ownership. The context contains its heap. Fields named `borrowed_...` point at memory someone else owns
// and must outlive the request (the script path is the host's).
//
// Later issues extend this struct (executor globals, compiler globals, ini values); keep each group of
// fields behind one comment that says who reads and writes it.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/memory/heap_state.h"

struct zend_array;
struct smart_str;

namespace miniphp {

namespace error {
struct BailoutPoint;
}
struct ValueState;
struct ModuleRegistry;
namespace ini {
struct IniState;
}
namespace output {
struct OutputState;
}
namespace vm {
struct ExecutorState;
}

// The error hook: receives every message `zend_error` raises, already formatted without its
// "PHP Fatal error:  " prefix or location. The output layer replaces the default (which writes PHP's
// log line to stderr) with its own. `user` is the pointer given to `set_error_hook`.
using ErrorHook = void (*)(void* user, int type, const char* message, const char* file, uint32_t line);

// set_error_handler's hook (engine/error/display.h): called before an error is displayed; returns true when
// the user's handler took the error (PHP then shows nothing). The VM installs one that calls the callable.
using UserErrorHandler = bool (*)(void* user, int type, const char* message, size_t length, const char* file,
                                  uint32_t line);

struct Context {
    // Memory (engine/memory). The heap lives inside the context, first, so that emalloc's inline fast
    // path reaches it with one load from the thread's pointer; its blocks live for one request.
    memory::Heap heap;

    // Values (engine/value/value_state.h): interned strings, resource types and lists, the object store.
    // Set by value_engine_startup, cleared by value_engine_shutdown; persistent memory.
    ValueState* values = nullptr;

    // Functions, modules and constants (engine/vm/function_table.cpp, engine/api/modules.cpp,
    // engine/vm/constants.cpp): the internal function table, the started modules, the engine's constants. Persistent, filled during engine start-up, freed at engine shutdown.
    zend_array* internal_functions = nullptr;
    ModuleRegistry* modules = nullptr;
    // Constants registered while the engine starts (engine/vm/constants.h): name -> zend_constant*.
    zend_array* constants = nullptr;

    // Bailout (engine/error/bailout.h). The innermost active try point, or null outside every try.
    error::BailoutPoint* bailout = nullptr;

    // Errors (engine/error/error.h).
    ErrorHook error_hook = nullptr;   // null: the default hook, PHP's log line on stderr
    void* error_hook_user = nullptr;
    int error_reporting = 32767;      // E_ALL, PHP 8.2's built-in default
    bool request_failed = false;      // a fatal error or an unclean exit happened in this request
    int exit_status = 0;              // 255 after a fatal error, as PHP

    // Where the running code is, for "in FILE on line N". The VM keeps these up to date later; until
    // then they read "Unknown" and 0 as PHP prints outside of any script.
    const char* borrowed_current_file = nullptr;
    uint32_t current_line = 0;

    // Executor (engine/vm, engine/compiler): the VM stack, the function table, the global symbol table
    // and the output sink of the running request, in request memory (engine/vm/executor_state.h).
    // Created by the first script run of a request, dropped (not freed: the heap is) at request end.
    vm::ExecutorState* executor = nullptr;

    // Ini table, error display and output layer (engine/ini, engine/error/display.h, engine/output), owned
    // by their engineer. `ini` and `output` are persistent, created by ini::engine_startup and
    // output::engine_startup; the user error handler is set by the VM (error::set_user_error_handler).
    ini::IniState* ini = nullptr;
    output::OutputState* output = nullptr;
    // The VM's stack-trace writer for uncaught errors (engine/vm/backtrace.cpp), set while a request runs code.
    void (*stack_trace_hook)(smart_str* out) = nullptr;
    UserErrorHandler user_error_handler = nullptr;
    void* user_error_handler_user = nullptr;
    int user_error_handler_mask = 32767;
    bool error_handled_by_user = false; // set by the display when the user's handler took an error

    // The request (engine/context.cpp).
    const char* borrowed_script_path = nullptr; // the leak report's "script="; null prints "-"
    bool request_active = false;
};

namespace detail {
// The thread's context. `constinit` lets inline readers touch it directly, without a TLS wrapper call.
extern thread_local constinit Context* t_current_context;
}

inline Context* current_context() { return detail::t_current_context; }
inline void set_current_context(Context* context) { detail::t_current_context = context; }

// Engine lifetime. `context_create` makes a context with an empty heap (using the backend chosen by
// MINIPHP_ALLOC, see engine/memory/heap.h); it does not install it. `context_destroy` releases the heap
// and every block in it; the context must not be inside a request.
Context* context_create();
void context_destroy(Context* context);

// Request lifetime, on the current context. `request_shutdown` checks for leaks (unless the request
// failed, as PHP stays silent after a bailout) and releases all request memory.
void request_startup(const char* borrowed_script_path = nullptr);
void request_shutdown();

// For hosts and tests: creates a context, installs it on this thread and starts a request; the
// destructor ends the request, restores the previous context and destroys this one. Uses RAII, so keep
// it outside every try block (see the bailout rule in engine/error/bailout.h).
class ScopedRequest {
public:
    explicit ScopedRequest(const char* borrowed_script_path = nullptr);
    ~ScopedRequest();
    ScopedRequest(const ScopedRequest&) = delete;
    ScopedRequest& operator=(const ScopedRequest&) = delete;

    Context* context() const { return m_context; }

private:
    Context* m_context;
    Context* m_previous;
};

}

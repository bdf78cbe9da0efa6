// Start-up and shutdown of the value subsystem's engine and request state (see value_state.h).
#include "engine/value/value_state.h"

#include <cstdarg>
#include <cstdio>

#include "engine/error/error.h"
#include "engine/value/object.h"
#include "engine/value/resource.h"

namespace miniphp {

void interned_string_table_dtor(zval* zv);


void value_engine_startup()
{
    auto* state = static_cast<ValueState*>(pecalloc(1, sizeof(ValueState), 1));
    current_context()->values = state;
    zend_hash_init(&state->engine.interned_strings, 1024, nullptr, interned_string_table_dtor, true);
    zend_hash_real_init_mixed(&state->engine.interned_strings);
    state->engine.interning_permanent = true;
    resources_engine_startup();
}

void value_engine_startup_done() { value_state()->engine.interning_permanent = false; }

void value_engine_shutdown()
{
    ValueState* state = current_context()->values;
    if (!state)
        return;
    resources_engine_shutdown();
    zend_hash_destroy(&state->engine.interned_strings);
    current_context()->values = nullptr;
    pefree(state, 1);
}

void value_request_startup()
{
    ValueRequestState* request = value_request();
    request->iterators = request->iterators_inline;
    request->iterators_capacity = sizeof(request->iterators_inline) / sizeof(request->iterators_inline[0]);
    request->iterators_used = 0;
    request->possible_root = nullptr;
    zend_hash_init(&request->interned_strings, 64, nullptr, interned_string_table_dtor, false);
    resources_request_startup();
    objects_request_startup();
    request->active = true;
}

void value_request_shutdown()
{
    ValueRequestState* request = value_request();
    if (!request->active)
        return;
    // PHP's order: destructors while everything still exists, then native resources are closed, then
    // objects release what they own and are freed, and only then do the resource structs go.
    // After a fatal error no destructor runs (PHP's rule), but native resources are still closed and
    // objects still release what they own.
    if (current_context() && current_context()->request_failed)
        zend_objects_store_mark_destructed();
    else
        zend_objects_store_call_destructors();
    resources_close_all();
    zend_objects_store_free_object_storage(); // may drop the last counts of (closed) resources
    resources_request_shutdown();
    objects_request_shutdown();
    if (request->iterators != request->iterators_inline)
        efree(request->iterators);
    request->iterators = request->iterators_inline;
    request->iterators_used = 0;
    zend_hash_destroy(&request->interned_strings);
    request->active = false;
}

void value_fatal(const char* format, ...)
{
    char message[256];
    va_list arguments;
    va_start(arguments, format);
    std::vsnprintf(message, sizeof(message), format, arguments);
    va_end(arguments);
    zend_error_noreturn(E_ERROR, "%s", message);
}

} // namespace miniphp

// The engine context (see context.h): the thread's pointer, creation, and the request boundaries.
#include "engine/context.h"

#include "engine/memory/heap.h"

namespace miniphp {

namespace detail {
thread_local constinit Context* t_current_context = nullptr;
}

Context* context_create()
{
    auto* context = new Context;
    if (!memory::heap_startup(&context->heap, memory::backend_from_environment())) {
        delete context;
        return nullptr;
    }
    return context;
}

void context_destroy(Context* context)
{
    if (!context)
        return;
    // The heap's debug layer looks at the current context; let it see this one.
    Context* previous = current_context();
    set_current_context(context);
    memory::heap_shutdown(&context->heap);
    set_current_context(previous == context ? nullptr : previous);
    delete context;
}

void request_startup(const char* borrowed_script_path)
{
    Context* context = current_context();
    context->request_active = true;
    context->request_failed = false;
    context->exit_status = 0;
    context->bailout = nullptr;
    context->borrowed_script_path = borrowed_script_path;
    context->executor = nullptr; // the last request's lived in its (now released) request memory
    memory::heap_request_start(&context->heap);
}

void request_shutdown()
{
    Context* context = current_context();
    // As PHP: after a bailout the leak report stays silent (the frames that would have freed were
    // skipped), but the memory is released all the same.
    memory::heap_request_end(&context->heap, context->request_failed, context->borrowed_script_path);
    context->request_active = false;
    context->bailout = nullptr;
    context->user_error_handler = nullptr; // it pointed at the request's callable
    context->stack_trace_hook = nullptr;
    context->borrowed_script_path = nullptr;
}

ScopedRequest::ScopedRequest(const char* borrowed_script_path)
    : m_context(context_create())
    , m_previous(current_context())
{
    set_current_context(m_context);
    request_startup(borrowed_script_path);
}

ScopedRequest::~ScopedRequest()
{
    request_shutdown();
    set_current_context(m_previous);
    context_destroy(m_context);
}

}

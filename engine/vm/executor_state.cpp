// The executor's per-request state (see executor_state.h) and its release at a clean request end.
#include "engine/vm/executor_state.h"

#include <cstring>

#include "engine/compiler/compiler.h"
#include "engine/context.h"
#include "engine/memory/heap.h"
#include "engine/vm/constants.h"
#include "engine/vm/vm.h"

namespace miniphp::vm {

ExecutorState* executor_state()
{
    Context* context = current_context();
    if (!context->executor) [[unlikely]] {
        auto* state = static_cast<ExecutorState*>(emalloc(sizeof(ExecutorState)));
        std::memset(state, 0, sizeof *state);
        // Functions are owned by the op_array that declared them (destroy_op_array), not by the table.
        zend_hash_init(&state->function_table, 32, nullptr, nullptr, false);
        zend_hash_init(&state->symbol_table, 32, nullptr, ZVAL_PTR_DTOR, false);
        init_request_constants(&state->constants);
        zend_hash_init(&state->included_files, 8, nullptr, nullptr, false);
        zend_hash_init(&state->included_scripts, 8, nullptr, nullptr, false);
        ZVAL_UNDEF(&state->error_handler);
        zend_hash_init(&state->error_handler_stack, 0, nullptr, ZVAL_PTR_DTOR, false);
        zend_hash_init(&state->shutdown_functions, 0, nullptr, ZVAL_PTR_DTOR, false);
        context->executor = state;
        context->stack_trace_hook = append_stack_trace;
    }
    return context->executor;
}

void executor_shutdown()
{
    Context* context = current_context();
    ExecutorState* state = context->executor;
    if (!state)
        return;
    zval_ptr_dtor(&state->error_handler);
    zend_hash_destroy(&state->error_handler_stack);
    zend_hash_destroy(&state->shutdown_functions);
    zend_hash_destroy(&state->symbol_table);
    zend_hash_destroy(&state->function_table);
    zend_hash_destroy(&state->constants);
    if (state->main_op_array)
        destroy_op_array(state->main_op_array);
    for (uint32_t i = 0; i < zend_hash_num_elements(&state->included_scripts); ++i)
        destroy_op_array(static_cast<zend_op_array*>(Z_PTR_P(zend_hash_index_find(&state->included_scripts, i))));
    zend_hash_destroy(&state->included_scripts);
    zend_hash_destroy(&state->included_files);
    while (state->stack.segment) {
        StackSegment* segment = state->stack.segment;
        state->stack.segment = segment->prev;
        efree(segment);
    }
    efree(state);
    context->executor = nullptr;
    context->stack_trace_hook = nullptr;
}

} // namespace miniphp::vm

// The function tables (see function_table.h).
#include "engine/vm/function_table.h"

#include <cstring>

#include "engine/compiler/compile_messages.h"
#include "engine/context.h"
#include "engine/error/error.h"
#include "engine/vm/executor_state.h"

namespace miniphp::vm {

namespace {

void free_internal_function(zval* zv)
{
    auto* function = static_cast<zend_internal_function*>(Z_PTR_P(zv));
    if (function->arg_info)
        pefree(function->arg_info, 1);
    zend_string_release(function->function_name);
    pefree(function, 1);
}

} // namespace

bool register_internal_function(const char* name, zif_handler handler, const char* const* arg_names)
{
    Context* context = current_context();
    if (!context->internal_functions) {
        context->internal_functions = static_cast<HashTable*>(pemalloc(sizeof(HashTable), 1));
        zend_hash_init(context->internal_functions, 64, nullptr, free_internal_function, true);
    }
    size_t length = std::strlen(name);
    char lower[256];
    if (length >= sizeof lower)
        return false;
    for (size_t i = 0; i < length; ++i)
        lower[i] = (name[i] >= 'A' && name[i] <= 'Z') ? static_cast<char>(name[i] - 'A' + 'a') : name[i];
    if (zend_hash_str_find(context->internal_functions, lower, length))
        return false;
    auto* function = static_cast<zend_internal_function*>(pemalloc(sizeof(zend_internal_function), 1));
    std::memset(function, 0, sizeof *function);
    function->type = ZEND_INTERNAL_FUNCTION;
    function->function_name = zend_string_init(name, length, true);
    function->handler = handler;
    uint32_t count = 0;
    while (arg_names && arg_names[count])
        ++count;
    if (count) {
        // "&name": by reference; "&?name": by reference for a variable, by value for anything else (PHP's
        // prefer-ref); "...name": variadic (the last one); "&...name": both.
        function->arg_info = static_cast<zend_arg_info*>(pemalloc(sizeof(zend_arg_info) * count, 1));
        for (uint32_t i = 0; i < count; ++i) {
            const char* arg = arg_names[i];
            uint32_t flags = 0;
            if (*arg == '&') {
                flags |= ZEND_ARG_SEND_BY_REF;
                function->fn_flags |= ZEND_ACC_HAS_REF_ARGS;
                ++arg;
                if (*arg == '?') {
                    flags |= ZEND_ARG_SEND_PREFER_REF;
                    ++arg;
                }
            }
            if (std::strncmp(arg, "...", 3) == 0) {
                function->fn_flags |= ZEND_ACC_VARIADIC;
                arg += 3;
            }
            function->arg_info[i].name = zend_string_init_interned(arg, std::strlen(arg), true);
            function->arg_info[i].flags = flags;
            function->arg_info[i].type_mask = 0;
            function->arg_info[i].type_name = nullptr;
        }
    }
    function->num_args = (function->fn_flags & ZEND_ACC_VARIADIC) ? count - 1 : count;
    zval ptr;
    ZVAL_PTR(&ptr, function);
    zend_hash_str_add(context->internal_functions, lower, length, &ptr);
    return true;
}

void unregister_internal_functions()
{
    Context* context = current_context();
    if (!context->internal_functions)
        return;
    zend_hash_destroy(context->internal_functions);
    pefree(context->internal_functions, 1);
    context->internal_functions = nullptr;
}

zend_function* find_function(zend_string* lower_name)
{
    ExecutorState* state = executor_state();
    if (zval* found = zend_hash_find(&state->function_table, lower_name))
        return static_cast<zend_function*>(Z_PTR_P(found));
    if (HashTable* internal = current_context()->internal_functions) {
        if (zval* found = zend_hash_find(internal, lower_name))
            return static_cast<zend_function*>(Z_PTR_P(found));
    }
    return nullptr;
}

zend_function* find_function_by_name(const char* name, size_t length)
{
    if (length && name[0] == '\\') {
        ++name;
        --length;
    }
    zend_string* lower = zend_string_init(name, length, false);
    zend_str_tolower(ZSTR_VAL(lower), length);
    zend_function* function = find_function(lower);
    zend_string_release(lower);
    return function;
}

void bind_user_function(zend_op_array* op_array)
{
    zend_string* name = op_array->function_name;
    zend_string* lower = zend_string_tolower(name);
    zend_function* existing = find_function(lower);
    if (existing) {
        zend_string_release(lower);
        if (existing->type == ZEND_USER_FUNCTION)
            zend_error_noreturn(E_COMPILE_ERROR, compiler::messages::kCannotRedeclare, ZSTR_VAL(name),
                                ZSTR_VAL(existing->op_array.filename), existing->op_array.line_start);
        zend_error_noreturn(E_COMPILE_ERROR, compiler::messages::kCannotRedeclareInternal, ZSTR_VAL(name));
    }
    zval ptr;
    ZVAL_PTR(&ptr, op_array);
    zend_hash_add_new(&executor_state()->function_table, lower, &ptr);
    zend_string_release(lower);
}

} // namespace miniphp::vm

// Functions about functions: func_num_args/func_get_args/func_get_arg (they read the calling frame),
// function_exists, is_callable, call_user_func and call_user_func_array.
#include "engine/core/core.h"

#include "engine/vm/executor_state.h"
#include "engine/vm/function_table.h"
#include "engine/vm/vm.h"
#include "engine/vm/vm_helpers.h"

namespace {

using namespace miniphp;

// The user function that called the running internal function, or null at the top level.
zend_execute_data* calling_user_frame(zend_execute_data* execute_data)
{
    zend_execute_data* caller = EX(prev_execute_data);
    if (!caller || !caller->func || caller->func->type != ZEND_USER_FUNCTION
        || (caller->func->op_array.fn_flags & ZEND_ACC_TOP_LEVEL))
        return nullptr;
    return caller;
}

// func_num_args(): int
PHP_FUNCTION(func_num_args)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    zend_execute_data* frame = calling_user_frame(execute_data);
    if (!frame) {
        throw_error(ErrorClass::Error, "func_num_args() must be called from a function context");
        RETURN_THROWS();
    }
    RETURN_LONG(ZEND_CALL_NUM_ARGS(frame));
}

// func_get_args(): array
PHP_FUNCTION(func_get_args)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    zend_execute_data* frame = calling_user_frame(execute_data);
    if (!frame) {
        throw_error(ErrorClass::Error, "func_get_args() cannot be called from the global scope");
        RETURN_THROWS();
    }
    uint32_t count = ZEND_CALL_NUM_ARGS(frame);
    array_init_size(return_value, count);
    for (uint32_t i = 0; i < count; ++i) {
        zval* argument = vm::call_argument(frame, i);
        zval copy;
        if (Z_ISUNDEF_P(argument))
            ZVAL_NULL(&copy);
        else
            ZVAL_COPY_DEREF(&copy, argument);
        add_next_index_zval(return_value, &copy);
    }
}

// func_get_arg(int $position): mixed
PHP_FUNCTION(func_get_arg)
{
    zend_long position;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "l", &position) == FAILURE)
        RETURN_THROWS();
    if (position < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    zend_execute_data* frame = calling_user_frame(execute_data);
    if (!frame) {
        throw_error(ErrorClass::Error, "func_get_arg() cannot be called from the global scope");
        RETURN_THROWS();
    }
    if (static_cast<zend_ulong>(position) >= ZEND_CALL_NUM_ARGS(frame)) {
        zend_argument_value_error(1, "must be less than the number of the arguments passed to the currently "
                                     "executed function");
        RETURN_THROWS();
    }
    zval* argument = vm::call_argument(frame, static_cast<uint32_t>(position));
    if (Z_ISUNDEF_P(argument))
        RETURN_NULL();
    RETURN_COPY_DEREF(argument);
}

// function_exists(string $function): bool
PHP_FUNCTION(function_exists)
{
    zend_string* name;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &name) == FAILURE)
        RETURN_THROWS();
    bool found = vm::find_function_by_name(ZSTR_VAL(name), ZSTR_LEN(name)) != nullptr;
    RETURN_BOOL(found);
}

// is_callable(mixed $value, bool $syntax_only = false, &$callable_name = null): bool
PHP_FUNCTION(is_callable)
{
    zval* value;
    bool syntax_only = false;
    zval* name_out = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|bz", &value, &syntax_only, &name_out) == FAILURE)
        RETURN_THROWS();
    zend_string* name = nullptr;
    bool callable = syntax_only ? Z_TYPE_P(value) == IS_STRING : zend_is_callable(value, 0, &name);
    if (ZEND_NUM_ARGS() > 2) {
        zval* target = ZEND_ARG(3);
        if (Z_ISREF_P(target)) {
            zval_ptr_dtor(Z_REFVAL_P(target));
            if (name)
                ZVAL_STR_COPY(Z_REFVAL_P(target), name);
            else
                ZVAL_STR(Z_REFVAL_P(target), zval_get_string(value));
        }
    }
    if (name)
        zend_string_release(name);
    RETURN_BOOL(callable);
}

// call_user_func(callable $callback, mixed ...$args): mixed
PHP_FUNCTION(call_user_func)
{
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "fz*", &fci, &fcc, &args, &count) == FAILURE)
        RETURN_THROWS();
    fci.params = args;
    fci.param_count = count;
    fci.retval = return_value;
    zend_call_function(&fci, &fcc);
}

// call_user_func_array(callable $callback, array $args): mixed
PHP_FUNCTION(call_user_func_array)
{
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    HashTable* args;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "fh", &fci, &fcc, &args) == FAILURE)
        RETURN_THROWS();
    uint32_t count = zend_hash_num_elements(args);
    zval* params = count ? static_cast<zval*>(emalloc(sizeof(zval) * count)) : nullptr;
    uint32_t n = 0;
    bool named = false;
    zend_hash_for_each(args, [&](zend_ulong, zend_string* key, zval* value) {
        named = named || key != nullptr;
        ZVAL_COPY_VALUE(&params[n++], value); // borrowed: zend_call_function copies what it passes
    });
    if (named) {
        if (params)
            efree(params);
        // FIXME(named-arguments): string keys are named arguments.
        zend_error_noreturn(E_ERROR, "miniphp: named arguments are not supported yet");
    }
    fci.params = params;
    fci.param_count = count;
    fci.retval = return_value;
    zend_call_function(&fci, &fcc);
    if (params)
        efree(params);
}

// debug_print_backtrace(int $options = 0, int $limit = 0): void
PHP_FUNCTION(debug_print_backtrace)
{
    zend_long options = 0;
    zend_long limit = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|ll", &options, &limit) == FAILURE)
        RETURN_THROWS();
    smart_str out {};
    vm::append_stack_frames(&out, EX(prev_execute_data), limit > 0 ? static_cast<uint32_t>(limit) : 0,
                            !(options & 2 /* DEBUG_BACKTRACE_IGNORE_ARGS */));
    if (out.s)
        php_output_write(ZSTR_VAL(out.s), ZSTR_LEN(out.s));
    smart_str_free(&out);
}

// debug_backtrace(int $options = DEBUG_BACKTRACE_PROVIDE_OBJECT, int $limit = 0): array
PHP_FUNCTION(debug_backtrace)
{
    zend_long options = 1;
    zend_long limit = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|ll", &options, &limit) == FAILURE)
        RETURN_THROWS();
    array_init(return_value);
    vm::StackEntry entry;
    uint32_t count = 0;
    for (zend_execute_data* cursor = EX(prev_execute_data);
         (limit <= 0 || count < static_cast<zend_ulong>(limit)) && vm::next_stack_entry(&cursor, &entry); ++count) {
        zval frame;
        array_init(&frame);
        if (entry.file) {
            add_assoc_str(&frame, "file", zend_string_copy(entry.file));
            add_assoc_long(&frame, "line", entry.line);
        }
        add_assoc_string(&frame, "function", entry.function);
        if (!(options & 2)) {
            zval args;
            array_init(&args);
            if (entry.included_file) {
                add_next_index_str(&args, zend_string_copy(entry.included_file));
            } else if (entry.frame) {
                for (uint32_t i = 0; i < ZEND_CALL_NUM_ARGS(entry.frame); ++i) {
                    zval argument;
                    zval* value = vm::call_argument(entry.frame, i);
                    if (Z_ISUNDEF_P(value))
                        ZVAL_NULL(&argument);
                    else
                        ZVAL_COPY_DEREF(&argument, value);
                    add_next_index_zval(&args, &argument);
                }
            }
            add_assoc_zval(&frame, "args", &args);
        }
        add_next_index_zval(return_value, &frame);
    }
}

const char* const arginfo_none[] = {nullptr};
const char* const arginfo_backtrace[] = {"options", "limit", nullptr};
const char* const arginfo_position[] = {"position", nullptr};
const char* const arginfo_function[] = {"function", nullptr};
const char* const arginfo_is_callable[] = {"value", "syntax_only", "&callable_name", nullptr};
const char* const arginfo_call_user_func[] = {"callback", "...args", nullptr};
const char* const arginfo_call_user_func_array[] = {"callback", "args", nullptr};

} // namespace

const zend_function_entry core_function_functions[] = {
    PHP_FE(func_num_args, arginfo_none)
    PHP_FE(func_get_args, arginfo_none)
    PHP_FE(func_get_arg, arginfo_position)
    PHP_FE(function_exists, arginfo_function)
    PHP_FE(is_callable, arginfo_is_callable)
    PHP_FE(call_user_func, arginfo_call_user_func)
    PHP_FE(call_user_func_array, arginfo_call_user_func_array)
    PHP_FE(debug_backtrace, arginfo_backtrace)
    PHP_FE(debug_print_backtrace, arginfo_backtrace)
    PHP_FE_END
};

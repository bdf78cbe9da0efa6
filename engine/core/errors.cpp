// Errors and settings from PHP code: error_reporting, set_error_handler/restore_error_handler,
// trigger_error/user_error, error_get_last/error_clear_last, ini_set/ini_get/ini_restore,
// register_shutdown_function, memory_get_usage/memory_get_peak_usage and the gc_* switches.
//
// The user's error handler is a callable kept in the executor state; the error display calls it
// through the hook installed here (error::set_user_error_handler), with PHP's four arguments. A handler
// returning false lets PHP's own display go on.
#include "engine/core/core.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "engine/error/bailout.h"
#include "engine/error/display.h"
#include "engine/ini/ini.h"
#include "engine/memory/heap.h"
#include "engine/vm/executor_state.h"
#include "engine/vm/vm.h"

namespace {

using namespace miniphp;

bool call_user_error_handler(void*, int type, const char* message, size_t length, const char* file, uint32_t line)
{
    vm::ExecutorState* state = vm::executor_state();
    if (Z_ISUNDEF(state->error_handler))
        return false;
    zval handler; // the handler may replace itself while it runs
    ZVAL_COPY(&handler, &state->error_handler);
    zval args[4];
    ZVAL_LONG(&args[0], type);
    ZVAL_STRINGL(&args[1], message, length);
    ZVAL_STRING(&args[2], file);
    ZVAL_LONG(&args[3], line);
    zval result;
    call_user_function(nullptr, nullptr, &handler, &result, 4, args);
    bool handled = Z_TYPE(result) != IS_FALSE;
    zval_ptr_dtor(&result);
    for (zval& arg : args)
        zval_ptr_dtor(&arg);
    zval_ptr_dtor(&handler);
    return handled;
}

// Installs the current state's handler (or none) in the error display.
void install_error_handler(vm::ExecutorState* state, int mask)
{
    if (Z_ISUNDEF(state->error_handler) || Z_TYPE(state->error_handler) == IS_NULL)
        error::set_user_error_handler(nullptr, nullptr, 0);
    else
        error::set_user_error_handler(call_user_error_handler, nullptr, mask);
}

// error_reporting(?int $error_level = null): int
PHP_FUNCTION(error_reporting)
{
    zend_long level = 0;
    bool is_null = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|l!", &level, &is_null) == FAILURE)
        RETURN_THROWS();
    int old = current_context()->error_reporting;
    if (!is_null) {
        char text[32];
        int length = std::snprintf(text, sizeof text, "%" PRId64, static_cast<int64_t>(level));
        ini::alter("error_reporting", 15, text, static_cast<size_t>(length), ini::kUser, ini::Stage::Runtime);
    }
    RETURN_LONG(old);
}

// set_error_handler(?callable $callback, int $error_levels = E_ALL): ?callable
PHP_FUNCTION(set_error_handler)
{
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zend_long levels = E_ALL;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "f!|l", &fci, &fcc, &levels) == FAILURE)
        RETURN_THROWS();
    vm::ExecutorState* state = vm::executor_state();
    if (!Z_ISUNDEF(state->error_handler)) {
        RETVAL_COPY(&state->error_handler);
        zval saved;
        array_init_size(&saved, 2);
        add_next_index_zval(&saved, &state->error_handler); // moved
        add_next_index_long(&saved, current_context()->user_error_handler_mask);
        zend_hash_next_index_insert(&state->error_handler_stack, &saved);
    } else {
        zval saved;
        array_init_size(&saved, 2);
        add_next_index_null(&saved);
        add_next_index_long(&saved, E_ALL);
        zend_hash_next_index_insert(&state->error_handler_stack, &saved);
    }
    if (fci.size)
        ZVAL_COPY(&state->error_handler, &fci.function_name);
    else
        ZVAL_NULL(&state->error_handler);
    install_error_handler(state, static_cast<int>(levels));
}

// restore_error_handler(): true
PHP_FUNCTION(restore_error_handler)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    vm::ExecutorState* state = vm::executor_state();
    uint32_t count = zend_hash_num_elements(&state->error_handler_stack);
    zval_ptr_dtor(&state->error_handler);
    ZVAL_UNDEF(&state->error_handler);
    int mask = E_ALL;
    if (count) {
        zval* saved = zend_hash_index_find(&state->error_handler_stack, count - 1);
        zval* callable = zend_hash_index_find(Z_ARRVAL_P(saved), 0);
        mask = static_cast<int>(Z_LVAL_P(zend_hash_index_find(Z_ARRVAL_P(saved), 1)));
        if (Z_TYPE_P(callable) != IS_NULL)
            ZVAL_COPY(&state->error_handler, callable);
        zend_hash_index_del(&state->error_handler_stack, count - 1);
        state->error_handler_stack.nNextFreeElement = count - 1;
    }
    install_error_handler(state, mask);
    RETURN_TRUE;
}

// trigger_error(string $message, int $error_level = E_USER_NOTICE): true
PHP_FUNCTION(trigger_error)
{
    zend_string* message;
    zend_long level = E_USER_NOTICE;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|l", &message, &level) == FAILURE)
        RETURN_THROWS();
    if (level != E_USER_ERROR && level != E_USER_WARNING && level != E_USER_NOTICE && level != E_USER_DEPRECATED) {
        zend_argument_value_error(2, "must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED");
        RETURN_THROWS();
    }
    zend_error(static_cast<int>(level), "%s", ZSTR_VAL(message));
    RETURN_TRUE;
}

// error_get_last(): ?array
PHP_FUNCTION(error_get_last)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    error::LastErrorView last;
    if (!error::last_error(&last))
        RETURN_NULL();
    array_init_size(return_value, 4);
    add_assoc_long(return_value, "type", last.type);
    add_assoc_stringl(return_value, "message", last.message, last.message_length);
    add_assoc_string(return_value, "file", last.file);
    add_assoc_long(return_value, "line", last.line);
}

// error_clear_last(): void
PHP_FUNCTION(error_clear_last)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    error::clear_last_error();
}

// ini_get(string $option): string|false
PHP_FUNCTION(ini_get)
{
    zend_string* name;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &name) == FAILURE)
        RETURN_THROWS();
    size_t length = 0;
    const char* value = ini::get(ZSTR_VAL(name), ZSTR_LEN(name), false, &length);
    if (!value)
        RETURN_FALSE;
    RETURN_STRINGL(value, length);
}

// ini_set(string $option, string|int|float|bool|null $value): string|false
PHP_FUNCTION(ini_set)
{
    zend_string* name;
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sz", &name, &value) == FAILURE)
        RETURN_THROWS();
    if (Z_TYPE_P(value) == IS_ARRAY) {
        zend_argument_type_error(2, "must be of type string|int|float|bool|null, array given");
        RETURN_THROWS();
    }
    size_t old_length = 0;
    const char* old = ini::get(ZSTR_VAL(name), ZSTR_LEN(name), false, &old_length);
    if (!old)
        RETURN_FALSE;
    zval old_copy;
    ZVAL_STRINGL(&old_copy, old, old_length); // the entry's text may be replaced below
    zend_string* text = zval_get_string(value);
    bool changed = ini::alter(ZSTR_VAL(name), ZSTR_LEN(name), ZSTR_VAL(text), ZSTR_LEN(text), ini::kUser,
                              ini::Stage::Runtime);
    zend_string_release(text);
    if (!changed) {
        zval_ptr_dtor(&old_copy);
        RETURN_FALSE;
    }
    ZVAL_COPY_VALUE(return_value, &old_copy);
}

// ini_restore(string $option): void
PHP_FUNCTION(ini_restore)
{
    zend_string* name;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &name) == FAILURE)
        RETURN_THROWS();
    ini::restore(ZSTR_VAL(name), ZSTR_LEN(name));
}

// register_shutdown_function(callable $callback, mixed ...$args): void
PHP_FUNCTION(register_shutdown_function)
{
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "fz*", &fci, &fcc, &args, &count) == FAILURE)
        RETURN_THROWS();
    zval entry;
    array_init_size(&entry, count + 1);
    zval callable;
    ZVAL_COPY(&callable, &fci.function_name);
    add_next_index_zval(&entry, &callable);
    for (uint32_t i = 0; i < count; ++i) {
        zval arg;
        ZVAL_COPY(&arg, &args[i]);
        add_next_index_zval(&entry, &arg);
    }
    zend_hash_next_index_insert(&vm::executor_state()->shutdown_functions, &entry);
}

// memory_get_usage(bool $real_usage = false): int
PHP_FUNCTION(memory_get_usage)
{
    bool real = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|b", &real) == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(static_cast<zend_long>(zend_memory_usage(real)));
}

// memory_get_peak_usage(bool $real_usage = false): int
PHP_FUNCTION(memory_get_peak_usage)
{
    bool real = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|b", &real) == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(static_cast<zend_long>(zend_memory_peak_usage(real)));
}

// memory_reset_peak_usage(): void
PHP_FUNCTION(memory_reset_peak_usage)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    zend_memory_reset_peak_usage();
}

// gc_collect_cycles(): int. Values are refcounted without a cycle collector yet: nothing to collect.
PHP_FUNCTION(gc_collect_cycles)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(0);
}

// gc_enabled(): bool (the zend.enable_gc setting).
PHP_FUNCTION(gc_enabled)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(ini::get_bool("zend.enable_gc"));
}

// gc_enable(): void / gc_disable(): void: the zend.enable_gc setting, as PHP sets it.
void set_gc_setting(zend_execute_data* execute_data, zval* return_value, bool on)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    ini::alter("zend.enable_gc", 14, on ? "1" : "0", 1, ini::kUser, ini::Stage::Runtime);
}
PHP_FUNCTION(gc_enable) { set_gc_setting(execute_data, return_value, true); }
PHP_FUNCTION(gc_disable) { set_gc_setting(execute_data, return_value, false); }

// gc_status(): array. No cycle collector runs yet: no runs, nothing collected, no roots buffered.
PHP_FUNCTION(gc_status)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    array_init_size(return_value, 4);
    add_assoc_long(return_value, "runs", 0);
    add_assoc_long(return_value, "collected", 0);
    add_assoc_long(return_value, "threshold", 10001);
    add_assoc_long(return_value, "roots", 0);
}

// get_include_path(): string|false
PHP_FUNCTION(get_include_path)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    size_t length = 0;
    const char* value = ini::get("include_path", 12, false, &length);
    if (!value)
        RETURN_FALSE;
    RETURN_STRINGL(value, length);
}

// set_include_path(string $include_path): string|false (the old value)
PHP_FUNCTION(set_include_path)
{
    zend_string* path;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &path) == FAILURE)
        RETURN_THROWS();
    size_t length = 0;
    const char* old = ini::get("include_path", 12, false, &length);
    zval previous;
    if (old)
        ZVAL_STRINGL(&previous, old, length);
    else
        ZVAL_FALSE(&previous);
    if (!ini::alter("include_path", 12, ZSTR_VAL(path), ZSTR_LEN(path), ini::kUser, ini::Stage::Runtime)) {
        zval_ptr_dtor(&previous);
        RETURN_FALSE;
    }
    ZVAL_COPY_VALUE(return_value, &previous);
}

// php_ini_loaded_file(): string|false, php_ini_scanned_files(): string|false. miniphp reads no php.ini
// (it behaves as php -n): both are false.
PHP_FUNCTION(php_ini_loaded_file)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_FALSE;
}

// zend_version(): string, the Zend Engine version that goes with PHP_VERSION (PHP 8.2 is Zend 4.2).
PHP_FUNCTION(zend_version)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_STRING(MINIPHP_ZEND_VERSION);
}

const char* const arginfo_none[] = {nullptr};
const char* const arginfo_error_level[] = {"error_level", nullptr};
const char* const arginfo_set_error_handler[] = {"callback", "error_levels", nullptr};
const char* const arginfo_trigger_error[] = {"message", "error_level", nullptr};
const char* const arginfo_option[] = {"option", nullptr};
const char* const arginfo_ini_set[] = {"option", "value", nullptr};
const char* const arginfo_shutdown[] = {"callback", "...args", nullptr};
const char* const arginfo_real_usage[] = {"real_usage", nullptr};
const char* const arginfo_include_path[] = {"include_path", nullptr};

} // namespace

void run_shutdown_functions()
{
    Context* context = current_context();
    if (!context->executor)
        return;
    vm::ExecutorState* state = context->executor;
    state->current_execute_data = nullptr; // after a bailout it points at an abandoned frame
    // Functions registered while these run are run too, in order; a fatal error or exit stops the rest.
    MINIPHP_TRY {
        for (uint32_t i = 0; i < zend_hash_num_elements(&state->shutdown_functions); ++i) {
            zval* entry = zend_hash_index_find(&state->shutdown_functions, i);
            HashTable* parts = Z_ARRVAL_P(entry);
            uint32_t count = zend_hash_num_elements(parts);
            zval* args = count > 1 ? static_cast<zval*>(emalloc(sizeof(zval) * (count - 1))) : nullptr;
            for (uint32_t j = 1; j < count; ++j)
                ZVAL_COPY_VALUE(&args[j - 1], zend_hash_index_find(parts, j));
            zval callable;
            ZVAL_COPY(&callable, zend_hash_index_find(parts, 0));
            zval result;
            if (call_user_function(nullptr, nullptr, &callable, &result, count - 1, args) == SUCCESS)
                zval_ptr_dtor(&result);
            zval_ptr_dtor(&callable);
            if (args)
                efree(args);
        }
    } MINIPHP_CATCH {
    } MINIPHP_END_TRY
}

const zend_function_entry core_error_functions[] = {
    PHP_FE(error_reporting, arginfo_error_level)
    PHP_FE(set_error_handler, arginfo_set_error_handler)
    PHP_FE(restore_error_handler, arginfo_none)
    PHP_FE(trigger_error, arginfo_trigger_error)
    PHP_FALIAS(user_error, trigger_error, arginfo_trigger_error)
    PHP_FE(error_get_last, arginfo_none)
    PHP_FE(error_clear_last, arginfo_none)
    PHP_FE(ini_get, arginfo_option)
    PHP_FE(ini_set, arginfo_ini_set)
    PHP_FALIAS(ini_alter, ini_set, arginfo_ini_set)
    PHP_FE(ini_restore, arginfo_option)
    PHP_FE(register_shutdown_function, arginfo_shutdown)
    PHP_FE(memory_get_usage, arginfo_real_usage)
    PHP_FE(memory_get_peak_usage, arginfo_real_usage)
    PHP_FE(memory_reset_peak_usage, arginfo_none)
    PHP_FE(gc_collect_cycles, arginfo_none)
    PHP_FE(gc_enabled, arginfo_none)
    PHP_FE(gc_enable, arginfo_none)
    PHP_FE(gc_disable, arginfo_none)
    PHP_FE(gc_status, arginfo_none)
    PHP_FE(get_include_path, arginfo_none)
    PHP_FE(set_include_path, arginfo_include_path)
    PHP_FE(php_ini_loaded_file, arginfo_none)
    PHP_FALIAS(php_ini_scanned_files, php_ini_loaded_file, arginfo_none)
    PHP_FE(zend_version, arginfo_none)
    PHP_FE_END
};

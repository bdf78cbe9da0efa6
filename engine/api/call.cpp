// Calling PHP callables from C: zend_fcall_info_init, zend_call_function, call_user_function and
// zend_is_callable (php_api.h). Callables are function names for now; method callables arrive with
// classes.
#include "engine/api/php_api.h"

#include <cstring>

#include "engine/api/api_messages.h"
#include "engine/vm/function_table.h"
#include "engine/vm/vm.h"

namespace {

using namespace miniphp;

// The function a callable names, or null with *error set to PHP's reason.
zend_function* resolve_callable(zval* callable, const char** error)
{
    ZVAL_DEREF(callable);
    if (Z_TYPE_P(callable) == IS_ARRAY) {
        *error = zend_hash_num_elements(Z_ARRVAL_P(callable)) == 2
            ? "first array member is not a valid class name or object"
            : "array callback must have exactly two members";
        return nullptr;
    }
    if (Z_TYPE_P(callable) != IS_STRING) {
        *error = "no array or string given";
        return nullptr;
    }
    zend_function* function = vm::find_function_by_name(Z_STRVAL_P(callable), Z_STRLEN_P(callable));
    if (!function)
        *error = nullptr; // the message names the function: built by the caller
    return function;
}

} // namespace

zend_result zend_fcall_info_init(zval* callable, uint32_t flags, zend_fcall_info* fci, zend_fcall_info_cache* fcc,
                                 zend_string** callable_name, const char** error)
{
    const char* reason = nullptr;
    zend_function* function = resolve_callable(callable, &reason);
    if (callable_name) {
        zval* plain = callable;
        ZVAL_DEREF(plain);
        *callable_name = Z_TYPE_P(plain) == IS_STRING ? zend_string_copy(Z_STR_P(plain)) : zval_get_string(plain);
    }
    if (!function) {
        if (error)
            *error = reason;
        return FAILURE;
    }
    fci->size = sizeof *fci;
    ZVAL_COPY_VALUE(&fci->function_name, callable);
    fci->retval = nullptr;
    fci->params = nullptr;
    fci->param_count = 0;
    fci->named_params = nullptr;
    fcc->function_handler = function;
    return SUCCESS;
}

bool zend_is_callable(zval* callable, uint32_t flags, zend_string** callable_name)
{
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    return zend_fcall_info_init(callable, flags, &fci, &fcc, callable_name, nullptr) == SUCCESS;
}

zend_result zend_call_function(zend_fcall_info* fci, zend_fcall_info_cache* fcc)
{
    zend_function* function = fcc ? fcc->function_handler : nullptr;
    if (!function) {
        const char* error = nullptr;
        function = resolve_callable(&fci->function_name, &error);
        if (!function)
            return FAILURE;
    }
    uint32_t argc = fci->param_count;
    zval* argv = argc ? static_cast<zval*>(emalloc(sizeof(zval) * argc)) : nullptr;
    for (uint32_t i = 0; i < argc; ++i) {
        zval* param = &fci->params[i];
        if (!function_arg_by_ref(function, i + 1)) {
            ZVAL_COPY_DEREF(&argv[i], param);
        } else if (Z_ISREF_P(param)) {
            ZVAL_COPY(&argv[i], param);
        } else {
            // PHP warns and passes a reference to a copy: the callee's writes are lost.
            zend_arg_info& info = function->common.arg_info[i < function->common.num_args ? i : function->common.num_args];
            zend_error(E_WARNING, miniphp::api::messages::kMustBePassedByReference,
                       ZSTR_VAL(function->common.function_name), i + 1, info.name ? " ($" : "",
                       info.name ? ZSTR_VAL(info.name) : "", info.name ? ")" : "");
            ZVAL_COPY(&argv[i], param);
            ZVAL_MAKE_REF(&argv[i]);
        }
    }
    zval scratch;
    zval* retval = fci->retval ? fci->retval : &scratch;
    vm::call_function(function, argc, argv, retval);
    if (!fci->retval)
        zval_ptr_dtor(&scratch);
    if (argv)
        efree(argv);
    return SUCCESS;
}

zend_result call_user_function(void* function_table, zval* object, zval* function_name, zval* retval,
                               uint32_t param_count, zval* params)
{
    zend_fcall_info fci;
    fci.size = sizeof fci;
    ZVAL_COPY_VALUE(&fci.function_name, function_name);
    fci.retval = retval;
    fci.params = params;
    fci.param_count = param_count;
    fci.named_params = nullptr;
    return zend_call_function(&fci, nullptr);
}

// Checking values against declared types (parameters, return values), with PHP's coercions and
// TypeError texts (Zend/zend_execute.c: zend_verify_arg_type, zend_verify_return_type).
//
// A value of an allowed type passes as it is. Otherwise, in coercive mode, a scalar is converted to the
// first allowed scalar type in PHP's order of preference (int, float, string, bool; for int|float a
// numeric string becomes whichever it spells); null is never coerced for user functions. In strict
// mode only an int may become a float. Whose mode applies: the calling file's for arguments, the
// function's own file for its return value.
#include "engine/api/php_api.h"
#include "engine/compiler/compile_messages.h"
#include "engine/vm/vm_helpers.h"

namespace miniphp::vm {

namespace {

bool coerce_scalar(uint32_t mask, zval* value)
{
    if (mask & MAY_BE_LONG) {
        if ((mask & MAY_BE_DOUBLE) && Z_TYPE_P(value) == IS_STRING) {
            zend_long l;
            double d;
            zend_uchar type = is_numeric_str_function(Z_STR_P(value), &l, &d);
            if (type == IS_LONG || type == IS_DOUBLE) {
                zval_ptr_dtor(value);
                if (type == IS_LONG)
                    ZVAL_LONG(value, l);
                else
                    ZVAL_DOUBLE(value, d);
                return true;
            }
        } else {
            zend_long l;
            if (zend_parse_arg_long_weak(value, &l, 0)) {
                zval_ptr_dtor(value);
                ZVAL_LONG(value, l);
                return true;
            }
        }
    }
    double d;
    if ((mask & MAY_BE_DOUBLE) && zend_parse_arg_double_weak(value, &d, 0)) {
        zval_ptr_dtor(value);
        ZVAL_DOUBLE(value, d);
        return true;
    }
    if ((mask & MAY_BE_STRING) && zend_parse_arg_str_weak(value, 0))
        return true;
    bool b;
    if ((mask & MAY_BE_BOOL) == MAY_BE_BOOL && zend_parse_arg_bool_weak(value, &b, 0)) {
        zval_ptr_dtor(value);
        ZVAL_BOOL(value, b);
        return true;
    }
    return false;
}

bool is_strict(const zend_execute_data* frame)
{
    return frame && frame->func && frame->func->type == ZEND_USER_FUNCTION
        && (frame->func->op_array.fn_flags & ZEND_ACC_STRICT_TYPES);
}

} // namespace

bool verify_type(uint32_t mask, zval* value, bool strict)
{
    ZVAL_DEREF(value);
    uint8_t type = Z_TYPE_P(value);
    if (mask & (1u << type))
        return true;
    if ((mask & MAY_BE_CALLABLE) && zend_is_callable(value, 0, nullptr))
        return true;
    if (type == IS_NULL || type > IS_STRING)
        return false;
    if (strict) {
        if ((mask & MAY_BE_DOUBLE) && type == IS_LONG) {
            ZVAL_DOUBLE(value, static_cast<double>(Z_LVAL_P(value)));
            return true;
        }
        return false;
    }
    return coerce_scalar(mask, value);
}

void verify_argument(zend_execute_data* execute_data, const zend_op* opline, uint32_t n, zval* argument)
{
    const zend_function* function = EX(func);
    const zend_arg_info& info = function->common.arg_info[n <= function->common.num_args ? n - 1 : function->common.num_args];
    zend_execute_data* caller = EX(prev_execute_data);
    if (is_inlined_call_frame(caller))
        caller = caller->prev_execute_data;
    sync_location(execute_data, opline); // a coercion may deprecate ("loses precision")
    if (verify_type(info.type_mask, argument, is_strict(caller)))
        return;
    zval* shown = argument;
    ZVAL_DEREF(shown);
    const char* name = ZSTR_VAL(function->common.function_name);
    if (caller && caller->func && caller->func->type == ZEND_USER_FUNCTION && caller->opline) {
        throw_error(ErrorClass::TypeError, compiler::messages::kArgumentType, name, n, ZSTR_VAL(info.name),
                    ZSTR_VAL(info.type_name), zend_zval_type_name(shown), ZSTR_VAL(caller->func->op_array.filename),
                    caller->opline->lineno);
    } else {
        throw_error(ErrorClass::TypeError, compiler::messages::kArgumentTypeInternalCaller, name, n,
                    ZSTR_VAL(info.name), ZSTR_VAL(info.type_name), zend_zval_type_name(shown));
    }
}

void verify_return(zend_execute_data* execute_data, const zend_op* opline, zval* value)
{
    const zend_op_array& op_array = EX(func)->op_array;
    const char* name = ZSTR_VAL(op_array.function_name);
    if (!value) {
        sync_location(execute_data, opline);
        if (op_array.return_type.type_mask == MAY_BE_NEVER)
            throw_error(ErrorClass::TypeError, compiler::messages::kNeverImplicitReturn, name);
        else
            throw_error(ErrorClass::TypeError, compiler::messages::kReturnType, name,
                        ZSTR_VAL(op_array.return_type.type_name), "none");
        return;
    }
    sync_location(execute_data, opline);
    if (verify_type(op_array.return_type.type_mask, value, is_strict(execute_data)))
        return;
    zval* shown = value;
    ZVAL_DEREF(shown);
    throw_error(ErrorClass::TypeError, compiler::messages::kReturnType, name, ZSTR_VAL(op_array.return_type.type_name),
                zend_zval_type_name(shown));
}

} // namespace miniphp::vm

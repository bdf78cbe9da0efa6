// The executor's out-of-line helpers (see vm_helpers.h): undefined variables, assignment, the
// operator slow paths, output, casts, and the errors of calls and match.
#include "engine/vm/vm_helpers.h"

#include <cstdio>
#include <cstring>

#include "engine/compiler/compile_messages.h"
#include "engine/error/error.h"
#include "engine/operators/operators.h"
#include "engine/operators/string_builder.h"
#include "engine/output/output.h"
#include "engine/vm/constants.h"
#include "engine/vm/function_table.h"
#include "engine/vm/vm.h"

namespace miniphp::vm {

namespace messages = compiler::messages;

const zval kUninitializedZval = [] {
    zval zv;
    ZVAL_NULL(&zv);
    zv.u2.extra = 0;
    return zv;
}();

zval* undefined_cv(zend_execute_data* execute_data, const zend_op* opline, uint32_t var)
{
    sync_location(execute_data, opline);
    const zend_op_array& op_array = execute_data->func->op_array;
    zend_string* name = op_array.vars[slot_number(var)];
    zend_error(E_WARNING, messages::kUndefinedVariable, ZSTR_VAL(name));
    return const_cast<zval*>(&kUninitializedZval);
}

zval* assign_to_variable(zval* variable, zval* value, uint8_t value_type)
{
    if (Z_ISREF_P(variable))
        variable = Z_REFVAL_P(variable);
    zval garbage;
    ZVAL_COPY_VALUE(&garbage, variable);
    copy_operand_value(variable, value, value_type);
    // The old value dies last: its destructor may look at the variable.
    zval_ptr_dtor(&garbage);
    return variable;
}

BinaryOperatorFunction binary_operator_function(Opcode opcode)
{
    static constexpr BinaryOperatorFunction functions[] = {
        add_function, sub_function, mul_function, div_function, mod_function, pow_function, concat_function,
        shift_left_function, shift_right_function, bitwise_and_function, bitwise_or_function, bitwise_xor_function,
        boolean_xor_function, is_identical_function, is_not_identical_function, is_equal_function,
        is_not_equal_function, is_smaller_function, is_smaller_or_equal_function, compare_function,
    };
    static_assert(sizeof functions / sizeof functions[0] == static_cast<size_t>(Opcode::SPACESHIP) + 1);
    return functions[static_cast<size_t>(opcode)];
}

void binary_operation(Opcode opcode, zval* result, zval* op1, zval* op2)
{
    if (Z_TYPE_P(op1) == IS_LONG && Z_TYPE_P(op2) == IS_LONG) {
        zend_long a = Z_LVAL_P(op1), b = Z_LVAL_P(op2), r;
        switch (opcode) {
        case Opcode::ADD:
            if (!__builtin_add_overflow(a, b, &r)) {
                ZVAL_LONG(result, r);
                return;
            }
            break;
        case Opcode::SUB:
            if (!__builtin_sub_overflow(a, b, &r)) {
                ZVAL_LONG(result, r);
                return;
            }
            break;
        case Opcode::MUL:
            if (!__builtin_mul_overflow(a, b, &r)) {
                ZVAL_LONG(result, r);
                return;
            }
            break;
        default:
            break;
        }
    }
    binary_operator_function(opcode)(result, op1, op2);
}

void write_output(const char* data, size_t length) { output::write(data, length); }

void echo_value(zval* value)
{
    switch (Z_TYPE_P(value)) {
    case IS_STRING:
        write_output(Z_STRVAL_P(value), Z_STRLEN_P(value));
        return;
    case IS_LONG: {
        char buffer[32];
        int length = std::snprintf(buffer, sizeof buffer, "%" PRId64, static_cast<int64_t>(Z_LVAL_P(value)));
        write_output(buffer, static_cast<size_t>(length));
        return;
    }
    case IS_NULL:
    case IS_FALSE:
    case IS_UNDEF:
        return;
    case IS_TRUE:
        write_output("1", 1);
        return;
    default: {
        zend_string* text = zval_get_string(value);
        write_output(ZSTR_VAL(text), ZSTR_LEN(text));
        zend_string_release(text);
        return;
    }
    }
}

void undefined_function(zend_execute_data* execute_data, const zend_op* opline)
{
    sync_location(execute_data, opline);
    throw_error(ErrorClass::Error, messages::kCallUndefinedFunction, Z_STRVAL_P(RT_CONSTANT(opline, opline->op1)));
    // FIXME(exceptions): unwind to the handler instead.
    zend_error_noreturn(E_ERROR, "miniphp: unreachable after throw");
}

const zval* fetch_constant(zend_execute_data* execute_data, const zend_op* opline)
{
    zend_string* name = Z_STR_P(RT_CONSTANT(opline, opline->op2));
    zend_constant* constant = find_constant(name);
    if (!constant) [[unlikely]] {
        sync_location(execute_data, opline);
        throw_error(ErrorClass::Error, messages::kUndefinedConstant, ZSTR_VAL(name));
        return &kUninitializedZval; // FIXME(exceptions): unwind instead
    }
    EX(run_time_cache)[opline->extended_value] = constant;
    return &constant->value;
}

void declare_constant(zend_execute_data* execute_data, const zend_op* opline, zval* value)
{
    zend_string* name = Z_STR_P(RT_CONSTANT(opline, opline->op1));
    zval copy;
    ZVAL_COPY(&copy, value);
    if (!register_constant(ZSTR_VAL(name), ZSTR_LEN(name), &copy, 0, 0)) {
        zval_ptr_dtor(&copy);
        sync_location(execute_data, opline);
        zend_error(E_WARNING, messages::kConstantAlreadyDefined, ZSTR_VAL(name));
    }
}

namespace {

// The table a by-name access uses: the frame's, or the globals' for $GLOBALS['name'].
HashTable* variables_for(zend_execute_data* execute_data, const zend_op* opline)
{
    if (opline->extended_value & kFetchGlobal)
        return &executor_state()->symbol_table;
    return frame_symbol_table(execute_data);
}

} // namespace

void copy_global_variables(zval* result)
{
    HashTable* globals = &executor_state()->symbol_table;
    HashTable* copy = zend_new_array(zend_hash_num_elements(globals));
    zend_hash_for_each(globals, [&](zend_ulong, zend_string* key, zval* value) {
        if (Z_TYPE_P(value) == IS_INDIRECT)
            value = Z_INDIRECT_P(value);
        if (Z_ISUNDEF_P(value))
            return;
        zval element;
        ZVAL_COPY_DEREF(&element, value);
        zend_hash_add_new(copy, key, &element);
    });
    ZVAL_ARR(result, copy);
}

zval* fetch_variable_by_name(zend_execute_data* execute_data, const zend_op* opline, zval* name_value, Opcode mode)
{
    zend_string* name = zval_get_string(name_value);
    HashTable* table = variables_for(execute_data, opline);
    zval* variable = zend_hash_find(table, name);
    if (variable && Z_TYPE_P(variable) == IS_INDIRECT)
        variable = Z_INDIRECT_P(variable);
    const bool missing = !variable || Z_ISUNDEF_P(variable);
    if (missing && (mode == Opcode::FETCH_R || mode == Opcode::FETCH_RW)) {
        sync_location(execute_data, opline);
        zend_error(E_WARNING,
                   (opline->extended_value & kFetchGlobal) ? messages::kUndefinedGlobalVariable : messages::kUndefinedVariable,
                   ZSTR_VAL(name));
    }
    if (missing && (mode == Opcode::FETCH_R || mode == Opcode::FETCH_IS)) {
        zend_string_release(name);
        return const_cast<zval*>(&kUninitializedZval);
    }
    if (!variable) {
        zval null;
        ZVAL_NULL(&null);
        variable = zend_hash_add_new(table, name, &null);
    } else if (Z_ISUNDEF_P(variable)) {
        ZVAL_NULL(variable);
    }
    zend_string_release(name);
    return variable;
}

void unset_variable_by_name(zend_execute_data* execute_data, const zend_op* opline, zval* name_value)
{
    zend_string* name = zval_get_string(name_value);
    HashTable* table = variables_for(execute_data, opline);
    zval* variable = zend_hash_find(table, name);
    if (variable && Z_TYPE_P(variable) == IS_INDIRECT) {
        zval* slot = Z_INDIRECT_P(variable);
        zval garbage;
        ZVAL_COPY_VALUE(&garbage, slot);
        ZVAL_UNDEF(slot);
        zval_ptr_dtor(&garbage);
    } else if (variable) {
        zend_hash_del(table, name);
    }
    zend_string_release(name);
}

zval* call_argument(zend_execute_data* call, uint32_t n)
{
    if (call->func->type == ZEND_INTERNAL_FUNCTION)
        return ZEND_CALL_ARG(call, n + 1);
    uint32_t declared = call->func->op_array.num_args;
    return n < declared ? ZEND_CALL_VAR_NUM(call, n) : extra_args(call) + (n - declared);
}

void return_by_reference(zend_execute_data* execute_data, const zend_op* opline)
{
    zval* return_value = EX(return_value);
    const zend_execute_data* caller = EX(prev_execute_data);
    const bool wanted = return_value && !(ZEND_CALL_INFO(execute_data) & ZEND_CALL_TOP) && caller && caller->opline
        && caller->opline->opcode == Opcode::DO_FCALL && caller->opline->extended_value == 1;
    zend_reference* ref = nullptr; // one count owned here
    zval* operand = opline->op1_type == IS_CONST ? RT_CONSTANT(opline, opline->op1) : EX_VAR(opline->op1.var);
    if (opline->op1_type == IS_CV) {
        if (Z_ISUNDEF_P(operand))
            ZVAL_NULL(operand);
        ZVAL_MAKE_REF(operand);
        ref = Z_REF_P(operand);
        GC_ADDREF(ref);
    } else if (opline->op1_type != IS_CONST && Z_ISREF_P(operand)) {
        ref = Z_REF_P(operand); // MAKE_REF's, or a by-reference call's result
    } else {
        sync_location(execute_data, opline);
        zend_error(E_NOTICE, messages::kOnlyVariableReferencesReturned);
        zval value;
        copy_operand_value(&value, operand, opline->op1_type);
        if (!return_value) {
            zval_ptr_dtor(&value);
            return;
        }
        if (wanted) {
            ZVAL_NEW_REF(return_value, &value);
        } else {
            ZVAL_COPY_VALUE(return_value, &value);
        }
        return;
    }
    if (wanted) {
        ZVAL_REF(return_value, ref);
        return;
    }
    if (return_value)
        ZVAL_COPY(return_value, &ref->val);
    if (GC_DELREF(ref) == 0) {
        zval_ptr_dtor(&ref->val);
        efree(ref);
    }
}

bool is_inlined_call_frame(const zend_execute_data* frame)
{
    if (!frame || !frame->func || frame->func->type != ZEND_INTERNAL_FUNCTION)
        return false;
    // zend_try_compile_special_func's list (with its argument counts where it has one).
    static const struct {
        const char* name;
        uint32_t args; // 0: any
    } kCompiledAway[] = {
        {"strlen", 1}, {"is_null", 1}, {"is_bool", 1}, {"is_long", 1}, {"is_int", 1}, {"is_integer", 1},
        {"is_float", 1}, {"is_double", 1}, {"is_string", 1}, {"is_array", 1}, {"is_object", 1},
        {"is_resource", 1}, {"is_scalar", 1}, {"boolval", 1}, {"intval", 1}, {"floatval", 1},
        {"doubleval", 1}, {"strval", 1}, {"defined", 1}, {"chr", 1}, {"ord", 1}, {"count", 1},
        {"sizeof", 1}, {"gettype", 1}, {"func_num_args", 0}, {"func_get_args", 0}, {"array_key_exists", 2},
        {"call_user_func", 0}, {"call_user_func_array", 2},
    };
    zend_string* name = frame->func->common.function_name;
    for (const auto& entry : kCompiledAway) {
        if (zend_string_equals_cstr(name, entry.name, std::strlen(entry.name)))
            return entry.args == 0 || entry.args == ZEND_CALL_NUM_ARGS(frame);
    }
    return false;
}

void call_internal_by_name(zend_execute_data* execute_data, const char* name, zval* argument, uint8_t type,
                           zval* result)
{
    zval copy;
    copy_operand_value(&copy, argument, type == IS_CV ? IS_CONST : type);
    ExecutorState* state = executor_state();
    state->current_execute_data = execute_data;
    call_function(find_function_by_name(name, std::strlen(name)), 1, &copy, result);
}

zend_function* resolve_dynamic_callable(zend_execute_data* execute_data, const zend_op* opline, zval* callable)
{
    sync_location(execute_data, opline);
    ZVAL_DEREF(callable);
    if (Z_TYPE_P(callable) == IS_STRING) {
        const char* name = Z_STRVAL_P(callable);
        size_t length = Z_STRLEN_P(callable);
        if (length && name[0] == '\\') {
            ++name;
            --length;
        }
        if (const char* colons = static_cast<const char*>(std::memchr(name, ':', length)); colons && colons[1] == ':') {
            // FIXME(classes): "Class::method" strings.
            throw_error(ErrorClass::Error, messages::kClassNotFound, static_cast<int>(colons - name), name);
            return nullptr;
        }
        zend_function* function = find_function_by_name(name, length);
        if (!function)
            throw_error(ErrorClass::Error, messages::kCallUndefinedFunction, name);
        return function;
    }
    if (Z_TYPE_P(callable) == IS_ARRAY) {
        // FIXME(classes): [object or class, method] callables.
        throw_error(ErrorClass::Error, zend_hash_num_elements(Z_ARRVAL_P(callable)) == 2
                                           ? messages::kArrayCallbackClass
                                           : messages::kArrayCallbackTwoElements);
        return nullptr;
    }
    throw_error(ErrorClass::Error, messages::kNotCallable, zend_zval_type_name(callable));
    return nullptr;
}

void too_few_arguments(zend_execute_data* execute_data, const zend_op* opline)
{
    const zend_function* function = execute_data->func;
    const zend_execute_data* caller = execute_data->prev_execute_data;
    sync_location(execute_data, opline);
    uint32_t required = function->common.required_num_args;
    bool exactly = required == function->common.num_args && !(function->common.fn_flags & ZEND_ACC_VARIADIC);
    if (is_inlined_call_frame(caller))
        caller = caller->prev_execute_data;
    if (!caller || !caller->func || caller->func->type != ZEND_USER_FUNCTION || !caller->opline) {
        throw_error(ErrorClass::ArgumentCountError, messages::kTooFewArgumentsInternal,
                    ZSTR_VAL(function->common.function_name), ZEND_CALL_NUM_ARGS(execute_data),
                    exactly ? "exactly" : "at least", required);
        return;
    }
    const char* caller_file = ZSTR_VAL(caller->func->op_array.filename);
    uint32_t caller_line = caller->opline->lineno;
    throw_error(ErrorClass::ArgumentCountError, messages::kTooFewArguments, ZSTR_VAL(function->common.function_name),
                ZEND_CALL_NUM_ARGS(execute_data), caller_file, caller_line, exactly ? "exactly" : "at least", required);
}

bool send_value_by_reference(const zend_op* opline, zend_execute_data* call, uint32_t n)
{
    const zend_function* function = call->func;
    const zend_arg_info* info = n <= function->common.num_args ? &function->common.arg_info[n - 1] : nullptr;
    if (!info && (function->common.fn_flags & ZEND_ACC_VARIADIC))
        info = &function->common.arg_info[function->common.num_args];
    if (info && (info->flags & ZEND_ARG_SEND_PREFER_REF))
        return true; // a value is welcome too
    if (opline->extended_value) {
        zend_error(E_NOTICE, messages::kOnlyVariablesByReference);
        return true;
    }
    info = n <= function->common.num_args ? &function->common.arg_info[n - 1] : nullptr;
    if (info && info->name)
        throw_error(ErrorClass::Error, messages::kCannotPassByReference, ZSTR_VAL(function->common.function_name), n,
                    ZSTR_VAL(info->name));
    else
        throw_error(ErrorClass::Error, messages::kCannotPassByReferenceUnnamed, ZSTR_VAL(function->common.function_name), n);
    return false;
}

uint32_t named_argument_position(const zend_execute_data* call, zend_string* name)
{
    const zend_function* function = call->func;
    for (uint32_t i = 0; i < function->common.num_args; ++i) {
        const zend_arg_info& info = function->common.arg_info[i];
        if (info.name && zend_string_equals(info.name, name))
            return i + 1;
    }
    if (function->common.fn_flags & ZEND_ACC_VARIADIC) // FIXME(named-arguments): collected with their names
        throw_error(ErrorClass::Error, "miniphp: named arguments collected by a variadic parameter are not supported yet");
    else
        throw_error(ErrorClass::Error, messages::kUnknownNamedParameter, ZSTR_VAL(name));
    return 0;
}

void argument_not_passed(const zend_function* function, uint32_t n)
{
    const zend_arg_info& info = function->common.arg_info[n - 1];
    throw_error(ErrorClass::ArgumentCountError, messages::kArgumentNotPassed, ZSTR_VAL(function->common.function_name), n,
                info.name ? ZSTR_VAL(info.name) : "");
}

void match_error(zend_execute_data* execute_data, const zend_op* opline, zval* subject)
{
    sync_location(execute_data, opline);
    ZVAL_DEREF(subject);
    switch (Z_TYPE_P(subject)) {
    case IS_LONG:
        throw_error(ErrorClass::UnhandledMatchError, messages::kUnhandledMatchLong, Z_LVAL_P(subject));
        return;
    case IS_NULL:
    case IS_UNDEF:
        throw_error(ErrorClass::UnhandledMatchError, messages::kUnhandledMatchString, "NULL");
        return;
    case IS_TRUE:
    case IS_FALSE:
        throw_error(ErrorClass::UnhandledMatchError, messages::kUnhandledMatchString,
                    Z_TYPE_P(subject) == IS_TRUE ? "true" : "false");
        return;
    case IS_DOUBLE: {
        smart_str text {};
        smart_str_append_double(&text, Z_DVAL_P(subject), current_precision(), true);
        smart_str_0(&text);
        throw_error(ErrorClass::UnhandledMatchError, messages::kUnhandledMatchString, ZSTR_VAL(text.s));
        smart_str_free(&text);
        return;
    }
    case IS_STRING: {
        // PHP quotes the string, escapes it and cuts it at exception_string_param_max_len (15).
        // FIXME: the escaping of control characters (smart_str_append_escaped) is not done here.
        smart_str text {};
        smart_str_appendc(&text, '\'');
        size_t length = Z_STRLEN_P(subject);
        smart_str_appendl(&text, Z_STRVAL_P(subject), length > 15 ? 15 : length);
        if (length > 15)
            smart_str_appendl(&text, "...", 3);
        smart_str_appendc(&text, '\'');
        smart_str_0(&text);
        throw_error(ErrorClass::UnhandledMatchError, messages::kUnhandledMatchString, ZSTR_VAL(text.s));
        smart_str_free(&text);
        return;
    }
    default:
        throw_error(ErrorClass::UnhandledMatchError, messages::kUnhandledMatchType, zend_zval_type_name(subject));
        return;
    }
}

void cast_value(zval* result, zval* value, uint32_t type)
{
    switch (type) {
    case IS_LONG:
        ZVAL_LONG(result, zval_get_long(value));
        return;
    case IS_DOUBLE:
        ZVAL_DOUBLE(result, zval_get_double(value));
        return;
    case IS_STRING:
        ZVAL_STR(result, zval_get_string(value));
        return;
    case IS_ARRAY:
        if (Z_TYPE_P(value) == IS_ARRAY) {
            ZVAL_COPY(result, value);
        } else if (Z_TYPE_P(value) == IS_NULL) {
            ZVAL_EMPTY_ARRAY(result);
        } else {
            // FIXME(classes): objects become arrays of their properties.
            HashTable* array = zend_new_array(1);
            zval element;
            ZVAL_COPY(&element, value);
            zend_hash_next_index_insert(array, &element);
            ZVAL_ARR(result, array);
        }
        return;
    default:
        ZVAL_COPY(result, value);
        return;
    }
}

} // namespace miniphp::vm

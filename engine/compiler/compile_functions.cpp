// Compiling functions: declarations (parameters, body, binding), calls, and the `static` and `global`
// statements that tie a function's variables to storage outside its frame.
//
// Parameters are the first CVs, in order, so the arguments the caller writes into the new frame are
// already in place; RECV/RECV_INIT then only check that an argument was sent and supply the default.
// A call is INIT_FCALL (find the function, push its frame), one SEND_* per argument, DO_FCALL.
#include "engine/compiler/compiler_internal.h"

#include <strings.h>

#include "engine/error/error.h"
#include "engine/vm/function_table.h"

namespace miniphp::compiler {

namespace {

zend_string* lower_name(const char* text, size_t length)
{
    if (length && text[0] == '\\') {
        ++text;
        --length;
    }
    zend_string* lower = zend_string_init(text, length, false);
    zend_str_tolower(ZSTR_VAL(lower), length);
    return zend_new_interned_string(lower);
}

// The value of a parameter default or static initialiser: it must be a constant expression.
Operand compile_constant_expression(Compiler& compiler, const Node* node)
{
    if (node->kind == NodeKind::Array && node->count == 0) {
        zval empty;
        ZVAL_EMPTY_ARRAY(&empty);
        compiler.function->literals.push(empty);
        return { IS_CONST, compiler.function->literals.size - 1 };
    }
    uint32_t before = next_opline(compiler);
    Operand value = compile_expression(compiler, node);
    if (value.type != IS_CONST || next_opline(compiler) != before)
        not_supported(compiler, node, "a non-literal constant expression");
    return value;
}

bool is_null_constant(const Node* node)
{
    return node && node->kind == NodeKind::Constant && node->child(0)->string().size() == 4
        && strncasecmp(node->child(0)->text.data, "null", 4) == 0;
}

// Parameters: their CVs, by-reference flags and types; RECV* ops check the arguments (extended_value 1:
// the parameter has a type to verify).
void compile_parameters(Compiler& compiler, const Node* parameters, zend_op_array* op_array)
{
    uint32_t count = parameters ? parameters->count : 0;
    op_array->arg_info = static_cast<zend_arg_info*>(emalloc(sizeof(zend_arg_info) * (count ? count : 1)));
    op_array->required_num_args = 0;
    for (uint32_t i = 0; i < count; ++i) {
        const Node* parameter = parameters->child(i);
        const Node* name = parameter->child(1);
        if (parameter->flags & (ModifierPublic | ModifierProtected | ModifierPrivate | ModifierReadonly))
            not_supported(compiler, parameter, "promoted parameters");
        if (name->string() == "this")
            compile_error(compiler, parameter->line, messages::kCannotUseThisAsParameter);
        Operand cv = cv_operand(compiler, name->text.data, name->text.length);
        if (cv.value != i)
            compile_error(compiler, parameter->line, messages::kRedefinitionOfParameter, name->text.data);
        op_array->arg_info[i].name = compiler.function->vars[i];
        op_array->arg_info[i].flags = (parameter->flags & ByReference) ? ZEND_ARG_SEND_BY_REF : 0;
        if (parameter->flags & ByReference)
            op_array->fn_flags |= ZEND_ACC_HAS_REF_ARGS;
        const Node* default_value = parameter->child(2);
        const bool typed = compile_type(compiler, parameter->child(0), TypeContext::Parameter,
                                        &op_array->arg_info[i].type_mask, &op_array->arg_info[i].type_name,
                                        is_null_constant(default_value));
        uint32_t first_op = next_opline(compiler);
        Operand number { IS_UNUSED, i + 1 };
        if (parameter->flags & Variadic) {
            // The last parameter (the grammar sees to it): it collects the rest.
            op_array->fn_flags |= ZEND_ACC_VARIADIC;
            set_result(emit(compiler, Opcode::RECV_VARIADIC, parameter->line, number), cv);
        } else if (default_value) {
            // A literal default (constants and operators folded) is RECV_INIT's operand. One that
            // needs code (a constant defined at run time) is computed when the argument is missing,
            // after a RECV_DEFAULT that skips it otherwise, as PHP evaluates such defaults per call.
            uint32_t recv = next_opline(compiler);
            emit(compiler, Opcode::RECV_DEFAULT, parameter->line, number);
            Operand value = default_value->kind == NodeKind::Array && default_value->count == 0
                ? compile_constant_expression(compiler, default_value)
                : compile_expression(compiler, default_value);
            if (value.type == IS_CONST && next_opline(compiler) == recv + 1) {
                zend_op& op = compiler.function->ops.data[recv];
                op.opcode = Opcode::RECV_INIT;
                op.op2_type = IS_CONST;
                op.op2.num = value.value;
                set_result(op, cv);
            } else {
                emit(compiler, Opcode::ASSIGN, parameter->line, cv, value);
                patch_jump(compiler, recv, next_opline(compiler));
            }
        } else {
            set_result(emit(compiler, Opcode::RECV, parameter->line, number), cv);
            op_array->required_num_args = i + 1;
        }
        if (typed)
            compiler.function->ops.data[first_op].extended_value = 1;
    }
    op_array->num_args = (op_array->fn_flags & ZEND_ACC_VARIADIC) ? count - 1 : count;
    // PHP 8.0+: an optional parameter before a required one is required, with a deprecation (not for
    // a typed parameter whose default is null: that is the old way to write a nullable type).
    for (uint32_t i = 0; i + 1 < op_array->required_num_args; ++i) {
        const Node* parameter = parameters->child(i);
        const Node* default_value = parameter->child(2);
        if (!default_value)
            continue;
        const Node* type = parameter->child(0);
        bool implicit_nullable = type && !(type->flags & TypeNullable) && is_null_constant(default_value);
        if (implicit_nullable)
            continue;
        const Node* required = parameters->child(op_array->required_num_args - 1);
        current_context()->current_line = parameter->line;
        zend_error(E_DEPRECATED, messages::kOptionalBeforeRequired, parameter->child(1)->text.data,
                   required->child(1)->text.data);
    }
}

} // namespace

void declare_function_now(Compiler& compiler, zend_op_array* function, uint32_t line)
{
    current_context()->current_line = line;
    vm::bind_user_function(function);
}

void compile_function_declaration(Compiler& compiler, const Node* node)
{
    if (node->flags & Generator)
        not_supported(compiler, node, "generators");
    const Node* name = node->child(0);
    bool early_binding = compiler.function->outer == nullptr && compiler.conditional_depth == 0;

    auto* op_array = static_cast<zend_op_array*>(ecalloc(1, sizeof(zend_op_array)));
    op_array->type = ZEND_USER_FUNCTION;
    op_array->function_name = intern(name->text.data, name->text.length);
    op_array->filename = compiler.filename;
    op_array->line_start = node->line;
    if (node->flags & ReturnsReference)
        op_array->fn_flags |= ZEND_ACC_RETURN_REFERENCE;

    int outer_conditional_depth = compiler.conditional_depth;
    compiler.conditional_depth = 0;
    FunctionState state;
    begin_function(compiler, state, op_array);
    if (compile_type(compiler, node->child(5), TypeContext::Return, &op_array->return_type.type_mask,
                     &op_array->return_type.type_name))
        op_array->fn_flags |= ZEND_ACC_HAS_RETURN_TYPE;
    compile_parameters(compiler, node->child(2), op_array);
    compile_statement_list(compiler, node->child(4));
    // Falling off the end returns null; a declared type (other than void) must accept "none".
    if ((op_array->fn_flags & ZEND_ACC_HAS_RETURN_TYPE) && op_array->return_type.type_mask != MAY_BE_VOID)
        emit(compiler, Opcode::VERIFY_RETURN_TYPE, node->end_line);
    emit(compiler, (op_array->fn_flags & ZEND_ACC_RETURN_REFERENCE) ? Opcode::RETURN_BY_REF : Opcode::RETURN,
         node->end_line, literal_null(compiler));
    finish_op_array(compiler, state, node->end_line);
    compiler.conditional_depth = outer_conditional_depth;

    // Every function declared here is listed in the enclosing code (which owns it, see
    // destroy_op_array); only the conditional ones need DECLARE_FUNCTION.
    FunctionState& outer = *compiler.function;
    outer.nested_functions.push(op_array);
    if (early_binding) {
        declare_function_now(compiler, op_array, node->line);
        return;
    }
    zend_op& op = emit(compiler, Opcode::DECLARE_FUNCTION, node->line);
    op.op2.num = outer.nested_functions.size - 1;
}

// Whether a dimension chain starts at $GLOBALS['name'] (FIXME: such arguments are passed by value).
bool reads_a_global_element(const Node* node)
{
    for (; node->kind == NodeKind::Dimension; node = node->child(0)) {
        if (is_globals_element(node))
            return true;
    }
    return false;
}

// $a[...][...] as argument `number`: each level is FETCH_DIM_FUNC_ARG, which decides at run time.
Operand compile_dim_function_argument(Compiler& compiler, const Node* dimension, uint32_t number)
{
    const Node* base = dimension->child(0);
    Operand container = base->kind == NodeKind::Dimension ? compile_dim_function_argument(compiler, base, number)
                                                          : compile_cv(compiler, base);
    Operand dim = dimension->child(1) ? compile_expression(compiler, dimension->child(1)) : unused_operand();
    Operand slot { IS_VAR, compiler.function->temporaries++ };
    zend_op& fetch = emit(compiler, Opcode::FETCH_DIM_FUNC_ARG, dimension->line, container, dim);
    set_result(fetch, slot);
    fetch.extended_value = number;
    return slot;
}

// Calls PHP compiles specially (zend_try_compile_special_func): strlen() of a literal is folded, of
// anything else it is the STRLEN opcode. Returns false when `node` is not one of them.
bool compile_special_call(Compiler& compiler, const Node* node, Operand* result)
{
    const Node* callee = node->child(0);
    const Node* arguments = node->child(1);
    if (callee->kind != NodeKind::Name || (callee->flags & NameRelative) || arguments->kind != NodeKind::ArgumentList
        || arguments->count != 1)
        return false;
    const Node* argument = arguments->child(0);
    if (argument->kind == NodeKind::Unpack || argument->kind == NodeKind::NamedArgument)
        return false;
    std::string_view name = callee->string();
    if (!name.empty() && name[0] == '\\')
        name.remove_prefix(1);
    if (name.size() != 6 || strncasecmp(name.data(), "strlen", 6) != 0)
        return false;
    Operand value = compile_expression(compiler, argument);
    if (value.type == IS_CONST && Z_TYPE_P(literal_value(compiler, value)) == IS_STRING) {
        *result = literal_long(compiler, static_cast<zend_long>(Z_STRLEN_P(literal_value(compiler, value))));
        return true;
    }
    *result = emit_tmp(compiler, Opcode::STRLEN, node->line, value);
    return true;
}

Operand compile_call_for_reference(Compiler& compiler, const Node* node)
{
    Operand result = compile_call(compiler, node);
    FunctionState& function = *compiler.function;
    if (function.ops.size == 0 || function.ops.back().opcode != Opcode::DO_FCALL
        || function.ops.back().result_type != result.type || function.ops.back().result.num != result.value)
        compile_error(compiler, node->line, messages::kBuiltinWriteContext); // strlen() and the like
    function.ops.back().extended_value = 1;
    return result;
}

Operand compile_call(Compiler& compiler, const Node* node)
{
    const Node* callee = node->child(0);
    const Node* arguments = node->child(1);
    if (Operand special; compile_special_call(compiler, node, &special))
        return special;
    if (arguments->kind != NodeKind::ArgumentList)
        not_supported(compiler, arguments, "first-class callable syntax");
    if (callee->kind == NodeKind::Name && (callee->flags & NameRelative))
        not_supported(compiler, callee, "namespace-relative names");

    // The frame is pushed for the arguments known here; unpacking adds the others at run time.
    uint32_t positional = 0;
    while (positional < arguments->count && arguments->child(positional)->kind != NodeKind::Unpack
           && arguments->child(positional)->kind != NodeKind::NamedArgument)
        ++positional;
    if (callee->kind == NodeKind::Name) {
        // op1 is the name as written (for "Call to undefined function"), op2 the lower-case one to look up.
        const char* written = callee->text.data;
        size_t written_length = callee->text.length;
        if (written_length && written[0] == '\\') {
            ++written;
            --written_length;
        }
        zend_string* name = lower_name(written, written_length);
        Operand as_written = literal_string(compiler, written, written_length);
        uint32_t init_at = next_opline(compiler);
        emit(compiler, Opcode::INIT_FCALL, node->line, as_written, literal_interned(compiler, name));
        compiler.function->ops.data[init_at].extended_value = positional;
        compiler.function->ops.data[init_at].result.num = compiler.function->op_array->cache_size++;
    } else {
        // $f(...), "name"(...): the callable is found when the call runs.
        Operand callable = compile_expression(compiler, callee);
        zend_op& init = emit(compiler, Opcode::INIT_DYNAMIC_CALL, node->line, unused_operand(), callable);
        init.extended_value = positional;
    }

    bool unpacked = false;
    bool named = false;
    for (uint32_t i = 0; i < arguments->count; ++i) {
        const Node* argument = arguments->child(i);
        if (argument->kind == NodeKind::Unpack) {
            unpacked = true;
            emit(compiler, Opcode::SEND_UNPACK, argument->line, compile_expression(compiler, argument->child(0)));
            continue;
        }
        if (argument->kind == NodeKind::NamedArgument) {
            // Placed by name at run time, when the callee is known.
            named = true;
            const Node* name_node = argument->child(0);
            const Node* value_node = argument->child(1);
            Operand value = is_cv_variable(value_node) ? compile_cv(compiler, value_node)
                                                        : compile_expression(compiler, value_node);
            zend_op& send = emit(compiler, Opcode::SEND_NAMED, argument->line, value,
                                 literal_interned(compiler, intern(name_node->text.data, name_node->text.length)));
            send.extended_value = value_node->kind == NodeKind::Call ? 1 : 0;
            continue;
        }
        if (named)
            compile_error(compiler, argument->line, messages::kPositionalAfterNamed);
        if (unpacked)
            compile_error(compiler, argument->line, messages::kPositionalAfterUnpacking);
        Operand number { IS_UNUSED, i + 1 };
        if (is_cv_variable(argument)) {
            emit(compiler, Opcode::SEND_VAR, argument->line, compile_cv(compiler, argument), number);
        } else if (argument->kind == NodeKind::Dimension && is_writable_variable(argument)
                   && !reads_a_global_element(argument)) {
            // Written (and made a reference) when the callee takes it by reference, read otherwise.
            Operand value = compile_dim_function_argument(compiler, argument, i + 1);
            emit(compiler, Opcode::SEND_FUNC_ARG, argument->line, value, number);
        } else {
            // FIXME: array elements and properties passed to a by-reference parameter need a write
            // fetch (PHP's FETCH_DIM_FUNC_ARG); they are passed by value here.
            Operand value = compile_expression(compiler, argument);
            zend_op& send = emit(compiler, Opcode::SEND_VAL, argument->line, value, number);
            // A call's result may go to a by-reference parameter with a notice; other values may not.
            send.extended_value = argument->kind == NodeKind::Call ? 1 : 0;
        }
    }
    return emit_tmp(compiler, Opcode::DO_FCALL, node->line);
}

void compile_static(Compiler& compiler, const Node* node)
{
    const Node* name = node->child(0);
    FunctionState& function = *compiler.function;
    if (!function.static_variables)
        function.static_variables = zend_new_array(0);
    zend_string* key = intern(name->text.data, name->text.length);
    Operand cv = cv_operand(compiler, name->text.data, name->text.length);
    // A literal initialiser (constants and operators folded) is stored with the function; one that
    // needs code (a constant defined at run time) runs the first time the statement is reached.
    uint32_t bind = next_opline(compiler);
    emit(compiler, Opcode::BIND_STATIC_INIT, node->line, cv, literal_interned(compiler, key));
    const Node* initialiser = node->child(1);
    Operand value = !initialiser ? literal_null(compiler)
        : initialiser->kind == NodeKind::Array && initialiser->count == 0 ? compile_constant_expression(compiler, initialiser)
                                                                           : compile_expression(compiler, initialiser);
    zval initial;
    if (value.type == IS_CONST && next_opline(compiler) == bind + 1) {
        compiler.function->ops.data[bind].opcode = Opcode::BIND_STATIC;
        ZVAL_COPY(&initial, literal_value(compiler, value));
    } else {
        ZVAL_PTR(&initial, nullptr); // "not initialised yet" (BIND_STATIC_INIT)
        emit(compiler, Opcode::ASSIGN, node->line, cv, value);
        patch_jump(compiler, bind, next_opline(compiler));
    }
    // A repeated `static $x` keeps the last initialiser, as PHP 8.2 does.
    zend_hash_update(function.static_variables, key, &initial);
}

void compile_global(Compiler& compiler, const Node* node)
{
    const Node* variable = node->child(0);
    if (!is_cv_variable(variable)) {
        // global $$name: the local found by name at run time.
        emit(compiler, Opcode::BIND_GLOBAL, node->line, unused_operand(), compile_expression(compiler, variable->child(0)));
        return;
    }
    Operand cv = compile_cv(compiler, variable);
    const Node* name = variable->child(0);
    emit(compiler, Opcode::BIND_GLOBAL, node->line, cv, literal_string(compiler, name->text.data, name->text.length));
}

} // namespace miniphp::compiler

// The compiler's emission helpers: oplines, temporaries, literals, compiled variables, jumps, and the
// final pass that lays an op_array out in the form the VM runs (see op_array.h and compiler_internal.h).
#include "engine/compiler/compiler_internal.h"

#include <cstdarg>
#include <cstdio>

#include "engine/context.h"
#include "engine/error/error.h"
#include "engine/vm/execute_data.h"

namespace miniphp::compiler {

void compile_error(Compiler& compiler, uint32_t line, const char* format, ...)
{
    char message[1024];
    va_list arguments;
    va_start(arguments, format);
    std::vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    current_context()->current_line = line;
    zend_error_noreturn(E_COMPILE_ERROR, "%s", message);
}

void not_supported(Compiler& compiler, const Node* node, const char* what)
{
    compile_error(compiler, node ? node->line : 0, messages::kNotSupported, what);
}

zend_op& emit(Compiler& compiler, Opcode opcode, uint32_t line, Operand op1, Operand op2)
{
    zend_op op {};
    op.opcode = opcode;
    op.op1_type = op1.type;
    op.op1.num = op1.value;
    op.op2_type = op2.type;
    op.op2.num = op2.value;
    op.result_type = IS_UNUSED;
    op.lineno = line;
    return compiler.function->ops.push(op);
}

Operand new_tmp(Compiler& compiler)
{
    return { IS_TMP_VAR, compiler.function->temporaries++ };
}

Operand emit_tmp(Compiler& compiler, Opcode opcode, uint32_t line, Operand op1, Operand op2)
{
    Operand result = new_tmp(compiler);
    set_result(emit(compiler, opcode, line, op1, op2), result);
    return result;
}

uint32_t next_opline(Compiler& compiler) { return compiler.function->ops.size; }

uint32_t emit_conditional_jump(Compiler& compiler, Opcode opcode, Operand condition, uint32_t line)
{
    FunctionState& function = *compiler.function;
    if (condition.type == IS_TMP_VAR && function.ops.size > 0) {
        zend_op& previous = function.ops.back();
        switch (previous.opcode) {
        case Opcode::IS_EQUAL:
        case Opcode::IS_NOT_EQUAL:
        case Opcode::IS_SMALLER:
        case Opcode::IS_SMALLER_OR_EQUAL:
        case Opcode::IS_IDENTICAL:
        case Opcode::IS_NOT_IDENTICAL:
            // Nothing jumps to the JMPZ/JMPNZ itself (it is emitted right now, and labels are only
            // ever placed at the start of an expression), so the pair can act as one instruction.
            if (previous.result_type == IS_TMP_VAR && previous.result.num == condition.value)
                previous.extended_value = opcode == Opcode::JMPZ ? ZEND_SMART_BRANCH_JMPZ : ZEND_SMART_BRANCH_JMPNZ;
            break;
        default:
            break;
        }
    }
    uint32_t at = next_opline(compiler);
    emit(compiler, opcode, line, condition);
    return at;
}

void patch_jump(Compiler& compiler, uint32_t at, uint32_t target)
{
    zend_op& op = compiler.function->ops[at];
    if (op.opcode == Opcode::JMP)
        op.op1.opline_num = target;
    else if (extended_value_is_jump(op.opcode))
        op.extended_value = target;
    else
        op.op2.opline_num = target;
}

static Operand add_literal(Compiler& compiler, const zval& value)
{
    RequestArray<zval>& literals = compiler.function->literals;
    literals.push(value);
    return { IS_CONST, literals.size - 1 };
}

Operand literal_long(Compiler& compiler, zend_long value)
{
    // Small integers repeat a lot (loop bounds, 1 for ++): share their slot.
    RequestArray<zval>& literals = compiler.function->literals;
    for (uint32_t i = 0; i < literals.size; ++i) {
        if (Z_TYPE(literals[i]) == IS_LONG && Z_LVAL(literals[i]) == value)
            return { IS_CONST, i };
    }
    zval zv;
    ZVAL_LONG(&zv, value);
    return add_literal(compiler, zv);
}

Operand literal_double(Compiler& compiler, double value)
{
    zval zv;
    ZVAL_DOUBLE(&zv, value);
    return add_literal(compiler, zv);
}

zend_string* intern(const char* text, size_t length) { return zend_string_init_interned(text, length, false); }

Operand literal_interned(Compiler& compiler, zend_string* interned)
{
    RequestArray<zval>& literals = compiler.function->literals;
    for (uint32_t i = 0; i < literals.size; ++i) {
        if (Z_TYPE(literals[i]) == IS_STRING && Z_STR(literals[i]) == interned)
            return { IS_CONST, i };
    }
    zval zv;
    ZVAL_INTERNED_STR(&zv, interned);
    return add_literal(compiler, zv);
}

Operand literal_string(Compiler& compiler, const char* text, size_t length)
{
    return literal_interned(compiler, intern(text, length));
}

Operand literal_bool(Compiler& compiler, bool value)
{
    zval zv;
    ZVAL_BOOL(&zv, value);
    return add_literal(compiler, zv);
}

Operand literal_null(Compiler& compiler)
{
    zval zv;
    ZVAL_NULL(&zv);
    return add_literal(compiler, zv);
}

zval* literal_value(Compiler& compiler, Operand operand) { return &compiler.function->literals[operand.value]; }

Operand cv_operand(Compiler& compiler, const char* name, size_t length)
{
    zend_string* interned = intern(name, length);
    RequestArray<zend_string*>& vars = compiler.function->vars;
    for (uint32_t i = 0; i < vars.size; ++i) {
        if (vars[i] == interned)
            return { IS_CV, i };
    }
    vars.push(interned);
    return { IS_CV, vars.size - 1 };
}

void free_result(Compiler& compiler, Operand operand, uint32_t line)
{
    if (operand.type & (IS_TMP_VAR | IS_VAR))
        emit(compiler, Opcode::FREE, line, operand);
}

void begin_function(Compiler& compiler, FunctionState& state, zend_op_array* op_array)
{
    std::memset(&state, 0, sizeof state);
    state.op_array = op_array;
    if (compiler.strict_types)
        op_array->fn_flags |= ZEND_ACC_STRICT_TYPES;
    state.outer = compiler.function;
    compiler.function = &state;
}

static uint32_t slot_word(uint8_t type, uint32_t number, uint32_t last_var)
{
    if (type == IS_CV)
        return slot_offset(number);
    return slot_offset(last_var + number);
}

zend_op_array* finish_op_array(Compiler& compiler, FunctionState& state, uint32_t line_end)
{
    resolve_gotos(compiler);
    zend_op_array* op_array = state.op_array;
    const uint32_t last = state.ops.size;
    const uint32_t last_literal = state.literals.size;
    const uint32_t last_var = state.vars.size;

    // Opcodes and literals in one block, literals after the opcodes, so a CONST operand is an offset
    // from its opline.
    const size_t ops_bytes = (sizeof(zend_op) * last + 15) & ~size_t(15);
    char* block = static_cast<char*>(emalloc(ops_bytes + sizeof(zval) * (last_literal ? last_literal : 1)));
    auto* ops = reinterpret_cast<zend_op*>(block);
    auto* literals = reinterpret_cast<zval*>(block + ops_bytes);
    if (last)
        std::memcpy(ops, state.ops.data, sizeof(zend_op) * last);
    if (last_literal)
        std::memcpy(literals, state.literals.data, sizeof(zval) * last_literal);

    for (uint32_t i = 0; i < last; ++i) {
        zend_op& op = ops[i];
        const char* here = reinterpret_cast<const char*>(&op);
        auto relocate = [&](uint8_t type, znode_op& node) {
            if (type == IS_CONST)
                node.constant = static_cast<uint32_t>(reinterpret_cast<const char*>(&literals[node.constant]) - here);
            else if (type & (IS_CV | IS_TMP_VAR | IS_VAR))
                node.var = slot_word(type, node.var, last_var);
        };
        auto jump_word = [&](uint32_t target) {
            return static_cast<uint32_t>(reinterpret_cast<const char*>(&ops[target]) - here);
        };
        if (op.opcode == Opcode::JMP) {
            op.op1.jmp_offset = jump_word(op.op1.opline_num);
        } else {
            relocate(op.op1_type, op.op1);
        }
        if (op2_is_jump(op.opcode))
            op.op2.jmp_offset = jump_word(op.op2.opline_num);
        else
            relocate(op.op2_type, op.op2);
        relocate(op.result_type, op.result);
        if (extended_value_is_jump(op.opcode))
            op.extended_value = jump_word(op.extended_value);
    }

    op_array->opcodes = ops;
    op_array->last = last;
    op_array->literals = literals;
    op_array->last_literal = last_literal;
    op_array->vars = static_cast<zend_string**>(emalloc(sizeof(zend_string*) * (last_var ? last_var : 1)));
    if (last_var)
        std::memcpy(op_array->vars, state.vars.data, sizeof(zend_string*) * last_var);
    op_array->last_var = last_var;
    op_array->T = state.temporaries;
    op_array->static_variables = state.static_variables;
    op_array->dynamic_func_defs = state.nested_functions.data;
    op_array->num_dynamic_func_defs = state.nested_functions.size;
    if (op_array->cache_size) {
        op_array->run_time_cache = static_cast<void**>(ecalloc(op_array->cache_size, sizeof(void*)));
    }
    op_array->filename = compiler.filename;
    op_array->line_end = line_end;

    // The scratch arrays are not needed any more (the nested-function list now belongs to the op_array).
    if (state.ops.data)
        efree(state.ops.data);
    if (state.literals.data)
        efree(state.literals.data);
    if (state.vars.data)
        efree(state.vars.data);
    if (state.loops.data)
        efree(state.loops.data);
    if (state.pending.data)
        efree(state.pending.data);
    for (RequestArray<GotoPoint>* points : {&state.labels, &state.gotos}) {
        for (uint32_t i = 0; i < points->size; ++i) {
            if ((*points)[i].loops)
                efree((*points)[i].loops);
            if ((*points)[i].loop_contexts)
                efree((*points)[i].loop_contexts);
        }
        if (points->data)
            efree(points->data);
    }
    compiler.function = state.outer;
    return op_array;
}

} // namespace miniphp::compiler

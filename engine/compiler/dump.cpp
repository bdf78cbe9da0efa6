// The opcode dump (format documented in compiler.h), for the compiler's tests and for debugging.
//
// Runs outside any bailout point (tests, tools), so it may use std::string freely.
#include <cinttypes>
#include <cstdio>

#include "engine/compiler/compiler.h"
#include "engine/vm/execute_data.h"

namespace miniphp {

namespace {

void append_escaped(std::string& out, const char* text, size_t length)
{
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        switch (c) {
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        default:
            if (c < 0x20 || c >= 0x7f) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
                out += buffer;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
}

void append_literal(std::string& out, const zval* value)
{
    char buffer[64];
    switch (Z_TYPE_P(value)) {
    case IS_NULL:
        out += "null";
        break;
    case IS_FALSE:
        out += "false";
        break;
    case IS_TRUE:
        out += "true";
        break;
    case IS_LONG:
        std::snprintf(buffer, sizeof buffer, "int %" PRId64, static_cast<int64_t>(Z_LVAL_P(value)));
        out += buffer;
        break;
    case IS_DOUBLE:
        std::snprintf(buffer, sizeof buffer, "float %.17g", Z_DVAL_P(value));
        out += buffer;
        break;
    case IS_STRING:
        out += "string \"";
        append_escaped(out, Z_STRVAL_P(value), Z_STRLEN_P(value));
        out += '"';
        break;
    case IS_ARRAY:
        out += "array";
        break;
    default:
        out += "?";
    }
}

void append_operand(std::string& out, const zend_op_array* op_array, const zend_op* op, uint8_t type, znode_op node)
{
    char buffer[64];
    switch (type) {
    case IS_CONST:
        out += " CONST(";
        append_literal(out, RT_CONSTANT(op, node));
        out += ')';
        break;
    case IS_CV: {
        uint32_t n = slot_number(node.var);
        std::snprintf(buffer, sizeof buffer, " CV%u($", n);
        out += buffer;
        out.append(ZSTR_VAL(op_array->vars[n]), ZSTR_LEN(op_array->vars[n]));
        out += ')';
        break;
    }
    case IS_TMP_VAR:
    case IS_VAR:
        std::snprintf(buffer, sizeof buffer, " %s%u", type == IS_TMP_VAR ? "TMP" : "VAR",
                      slot_number(node.var) - op_array->last_var);
        out += buffer;
        break;
    default:
        break;
    }
}

uint32_t jump_target(const zend_op_array* op_array, const zend_op* op, uint32_t offset)
{
    return static_cast<uint32_t>(ZEND_OFFSET_TO_OPLINE(op, offset) - op_array->opcodes);
}

// Opcodes whose op1 or op2 holds a plain number rather than a slot.
bool op1_is_number(Opcode opcode) { return opcode == Opcode::RECV || opcode == Opcode::RECV_INIT; }
bool op2_is_number(Opcode opcode)
{
    return opcode == Opcode::SEND_VAL || opcode == Opcode::SEND_VAR || opcode == Opcode::DECLARE_FUNCTION;
}

bool shows_extended_value(Opcode opcode)
{
    switch (opcode) {
    case Opcode::CAST:
    case Opcode::ASSIGN_OP:
    case Opcode::ASSIGN_DIM_OP:
    case Opcode::INIT_FCALL:
    case Opcode::INIT_ARRAY:
    case Opcode::ISSET_ISEMPTY_CV:
    case Opcode::ISSET_ISEMPTY_DIM:
        return true;
    default:
        return false;
    }
}

void dump_one(const zend_op_array* op_array, std::string& out)
{
    char buffer[96];
    out += "function ";
    if (op_array->function_name)
        out.append(ZSTR_VAL(op_array->function_name), ZSTR_LEN(op_array->function_name));
    else
        out += "{main}";
    std::snprintf(buffer, sizeof buffer, ": %u CVs, %u TMPs\n", op_array->last_var, op_array->T);
    out += buffer;
    for (uint32_t i = 0; i < op_array->last; ++i) {
        const zend_op* op = &op_array->opcodes[i];
        std::snprintf(buffer, sizeof buffer, "  L%04u #%04u %s", op->lineno, i, opcode_name(op->opcode));
        out += buffer;
        if (op->opcode == Opcode::JMP) {
            std::snprintf(buffer, sizeof buffer, " -> #%04u", jump_target(op_array, op, op->op1.jmp_offset));
            out += buffer;
        } else if (op1_is_number(op->opcode)) {
            std::snprintf(buffer, sizeof buffer, " %u", op->op1.num);
            out += buffer;
        } else {
            append_operand(out, op_array, op, op->op1_type, op->op1);
        }
        if (op2_is_jump(op->opcode)) {
            std::snprintf(buffer, sizeof buffer, " -> #%04u", jump_target(op_array, op, op->op2.jmp_offset));
            out += buffer;
        } else if (op2_is_number(op->opcode)) {
            std::snprintf(buffer, sizeof buffer, " %u", op->op2.num);
            out += buffer;
        } else {
            append_operand(out, op_array, op, op->op2_type, op->op2);
        }
        if (extended_value_is_jump(op->opcode)) {
            std::snprintf(buffer, sizeof buffer, " => #%04u", jump_target(op_array, op, op->extended_value));
            out += buffer;
        } else if (op->extended_value && shows_extended_value(op->opcode)) {
            if (op->opcode == Opcode::ASSIGN_OP || op->opcode == Opcode::ASSIGN_DIM_OP)
                std::snprintf(buffer, sizeof buffer, " ext=%s", opcode_name(static_cast<Opcode>(op->extended_value)));
            else
                std::snprintf(buffer, sizeof buffer, " ext=%u", op->extended_value);
            out += buffer;
        }
        if (op->result_type != IS_UNUSED) {
            out += " ->";
            append_operand(out, op_array, op, op->result_type, op->result);
        }
        out += '\n';
    }
}

} // namespace

void dump_op_array(const zend_op_array* op_array, std::string& out)
{
    dump_one(op_array, out);
    for (uint32_t i = 0; i < op_array->num_dynamic_func_defs; ++i)
        dump_op_array(op_array->dynamic_func_defs[i], out);
}

} // namespace miniphp

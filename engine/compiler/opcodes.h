// The one list of the VM's opcodes.
//
// Each entry is the opcode's name (PHP's, without the ZEND_ prefix, so php-src's dumps and ours read
// alike) and a note on its operands. The compiler (engine/compiler) emits them, the executor
// (engine/vm/executor.cpp) has one handler per entry, and the opcode dump (engine/compiler/dump.cpp)
// prints the names. Operand notation: op1/op2/result as in `zend_op`; "slot" is any of CONST, TMP,
// VAR or CV; "target" is a jump target (an opline number while compiling, a byte offset relative to
// the jumping opline once the op_array is finished, see op_array.h).
//
// Order matters twice: the binary operators come first, in the AST's BinaryOperator order (parser/ast.h), so
// ASSIGN_OP can keep the operator in `extended_value`; and the dispatch table is built from this list.
#pragma once

#include <cstdint>

namespace miniphp {

#define MINIPHP_OPCODES(O)                                                                                   \
    /* Binary operators: result = op1 OP op2. Keep first and in this order (ASSIGN_OP relies on it). */        \
    O(ADD, "result = op1 + op2")                                                                            \
    O(SUB, "result = op1 - op2")                                                                            \
    O(MUL, "result = op1 * op2")                                                                            \
    O(DIV, "result = op1 / op2")                                                                            \
    O(MOD, "result = op1 % op2")                                                                            \
    O(POW, "result = op1 ** op2")                                                                           \
    O(CONCAT, "result = op1 . op2")                                                                         \
    O(SL, "result = op1 << op2")                                                                            \
    O(SR, "result = op1 >> op2")                                                                            \
    O(BW_AND, "result = op1 & op2")                                                                         \
    O(BW_OR, "result = op1 | op2")                                                                          \
    O(BW_XOR, "result = op1 ^ op2")                                                                         \
    O(BOOL_XOR, "result = op1 xor op2")                                                                     \
    O(IS_IDENTICAL, "result = op1 === op2")                                                                 \
    O(IS_NOT_IDENTICAL, "result = op1 !== op2")                                                             \
    O(IS_EQUAL, "result = op1 == op2")                                                                      \
    O(IS_NOT_EQUAL, "result = op1 != op2")                                                                  \
    O(IS_SMALLER, "result = op1 < op2 (> is compiled with the operands swapped)")                          \
    O(IS_SMALLER_OR_EQUAL, "result = op1 <= op2 (>= likewise)")                                             \
    O(SPACESHIP, "result = op1 <=> op2")                                                                    \
    /* Unary operators and conversions. */                                                                   \
    O(BW_NOT, "result = ~op1")                                                                              \
    O(BOOL_NOT, "result = !op1")                                                                            \
    O(BOOL, "result = (bool) op1")                                                                          \
    O(CAST, "result = (type) op1; extended_value is the IS_* type (IS_NULL for (unset) is not emitted)")   \
    O(QM_ASSIGN, "result = op1: copies a value into a temporary (ternaries, match results)")               \
    /* Variables. */                                                                                         \
    O(ASSIGN, "op1 = op2 (op1 CV, or VAR INDIRECT from FETCH_W); result (if used) gets the value")          \
    O(ASSIGN_OP, "op1 OP= op2 (op1 CV, or VAR from FETCH_RW); extended_value is the binary opcode")       \
    O(ASSIGN_REF, "op1 =& op2: op1 CV or VAR (INDIRECT from FETCH_DIM_W), op2 CV or VAR (a reference "     \
                  "from MAKE_REF)")                                                                        \
    O(MAKE_REF, "result VAR = a reference to op1 (CV, or VAR INDIRECT from FETCH_DIM_W), made one if needed") \
    O(PRE_INC, "++op1 CV; result the new value")                                                           \
    O(PRE_DEC, "--op1 CV; result the new value")                                                           \
    O(POST_INC, "op1 CV++; result the old value")                                                          \
    O(POST_DEC, "op1 CV--; result the old value")                                                          \
    O(PRE_INC_VAR, "as PRE_INC for op1 VAR INDIRECT (an element from FETCH_DIM_RW, a FETCH_RW variable)")  \
    O(PRE_DEC_VAR, "as PRE_DEC for op1 VAR INDIRECT")                                                      \
    O(POST_INC_VAR, "as POST_INC for op1 VAR INDIRECT")                                                    \
    O(POST_DEC_VAR, "as POST_DEC for op1 VAR INDIRECT")                                                    \
    O(UNSET_CV, "unset(op1 CV)")                                                                           \
    O(FETCH_R, "result = the variable named op1 ($$x), with the undefined-variable warning; in these "       \
               "FETCH_* and in UNSET_VAR/ISSET_ISEMPTY_VAR, extended_value bit 2 means the global scope "   \
               "($GLOBALS['x'])")                                                                          \
    O(FETCH_GLOBALS, "result = a copy of the global variables, as $GLOBALS reads")                         \
    O(FETCH_IS, "result = the variable named op1, silently (isset, ??)")                                    \
    O(FETCH_W, "result VAR = INDIRECT to the variable named op1, created as null")                         \
    O(FETCH_RW, "as FETCH_W, warning when it did not exist ($$x .= ..., $$x++)")                           \
    O(UNSET_VAR, "unset() of the variable named op1")                                                      \
    O(ISSET_ISEMPTY_VAR, "result = isset/empty (extended_value 0/1) of the variable named op1")           \
    O(ISSET_ISEMPTY_CV, "result = isset(op1 CV) (extended_value 0) or empty(op1 CV) (1)")                  \
    O(BIND_GLOBAL, "global op1 CV: op1 becomes a reference to the global named by op2 CONST")              \
    O(FETCH_CONSTANT, "result = the constant named by op2 CONST; extended_value a run-time cache slot; "       \
                      "Error when undefined")                                                              \
    O(DECLARE_CONST, "const op1 CONST = op2 (top-level `const`): a warning when already defined")           \
    O(BIND_STATIC, "static op1 CV: a reference to the function's static slot op2.num (a literal default)") \
    O(BIND_STATIC_INIT, "as BIND_STATIC for an initialiser that needs code: the first time the code after " \
                        "it runs (and assigns), later goto extended_value target")                          \
    /* Control flow. */                                                                                      \
    O(JMP, "goto op1 target")                                                                               \
    O(JMPZ, "if (!op1) goto op2 target")                                                                    \
    O(JMPNZ, "if (op1) goto op2 target")                                                                    \
    O(JMPZ_EX, "result = (bool) op1; if (!result) goto op2 target (&&)")                                   \
    O(JMPNZ_EX, "result = (bool) op1; if (result) goto op2 target (||)")                                   \
    O(JMP_SET, "if (op1) { result = op1; goto op2 target } (?:)")                                          \
    O(COALESCE, "if (op1 !== null) { result = op1; goto op2 target } (??); op1 is kept otherwise freed")   \
    O(CASE, "result = op1 == op2, op1 (the switch subject) is not freed")                                  \
    O(CASE_STRICT, "result = op1 === op2, op1 (the match subject) is not freed")                           \
    O(MATCH_ERROR, "throws UnhandledMatchError for the subject op1")                                       \
    O(FREE, "frees the temporary op1 (an unused result, a switch subject on break)")                       \
    /* Output. */                                                                                            \
    O(ECHO, "echo op1")                                                                                     \
    O(BEGIN_SILENCE, "@: result = error_reporting; error_reporting keeps only the fatal levels")            \
    O(END_SILENCE, "end of @: error_reporting = op1 (unless the expression changed it meanwhile)")          \
    O(INCLUDE_OR_EVAL, "result = include/require(_once)/eval of op1; extended_value is the IncludeKind")   \
    O(EXIT, "exit/die: an int op1 is the exit status, anything else is printed; ends the request")         \
    /* Calls. */                                                                                             \
    O(INIT_FCALL, "pushes a call frame for the function named by op2 CONST (lower case); "                 \
                  "extended_value is the argument count, result.num a run-time cache slot")               \
    O(STRLEN, "result = strlen(op1): a string's length inline, anything else through the real function")    \
    O(INIT_DYNAMIC_CALL, "pushes a call frame for the callable value op2 ($f(...)); extended_value as "      \
                         "INIT_FCALL's")                                                                  \
    O(SEND_VAL, "argument op2.num (1-based) of the pending call = op1 (CONST or TMP)")                     \
    O(SEND_VAR, "argument op2.num = op1 CV; by reference when the callee's parameter is")                  \
    O(FETCH_DIM_FUNC_ARG, "op1[op2] as FETCH_DIM_W (INDIRECT result) when argument extended_value of the "   \
                          "pending call is by reference, else as FETCH_DIM_R; op1 CV or such a VAR")        \
    O(SEND_FUNC_ARG, "argument op2.num = op1 VAR from FETCH_DIM_FUNC_ARG: a reference or the value")        \
    O(SEND_NAMED, "the argument named by op2 CONST = op1 (name: value); extended_value 1 when op1 is a "    \
                  "call's result")                                                                         \
    O(SEND_UNPACK, "appends the elements of array op1 (...$args) to the pending call's arguments")         \
    O(DO_FCALL, "calls the pending call; result gets the return value (a reference from a by-reference "   \
                "function when extended_value is 1)")                                    \
    O(RECV, "parameter op1.num (1-based) into CV result; Error when missing")                              \
    O(RECV_INIT, "parameter op1.num into CV result, op2 CONST the default when missing")                   \
    O(RECV_VARIADIC, "CV result = array of the arguments from op1.num on (a variadic parameter)")          \
    O(RECV_DEFAULT, "if parameter op1.num was sent goto op2 target; the code after it computes a default " \
                    "that is not a literal")                                                                \
    O(VERIFY_RETURN_TYPE, "result = op1 checked (and coerced) against the function's return type; op1 "    \
                          "UNUSED: the implicit return at the end of the body")                           \
    O(RETURN_BY_REF, "returns a reference to op1 (CV or a VAR from MAKE_REF) from a function declared &f(); "  \
                     "anything else with PHP's notice. The caller gets the reference when its DO_FCALL has " \
                     "extended_value 1 (=& f()), else the value")                                        \
    O(RETURN, "returns op1 to the caller and pops the frame")                                              \
    O(DECLARE_FUNCTION, "declares the function op2.num of the script (conditional declarations)")         \
    /* Arrays. */                                                                                            \
    O(INIT_ARRAY, "result = [] with room for extended_value elements; "                                    \
                  "then as ADD_ARRAY_ELEMENT when op1 is used")                                            \
    O(ADD_ARRAY_ELEMENT, "result[op2] = op1 (op2 UNUSED: append); result is the array being built")       \
    O(ADD_ARRAY_UNPACK, "appends the elements of op1 to result (...$a in an array literal)")               \
    O(ADD_ARRAY_REF, "result[op2] = op1, a reference from MAKE_REF (&$x in an array literal)")               \
    O(FETCH_DIM_R, "result = op1[op2] for reading, with PHP's warnings")                                   \
    O(FETCH_DIM_IS, "result = op1[op2] for isset/??: silent")                                              \
    O(FETCH_LIST_R, "result = op1[op2] for list()/[...] destructuring: null for a non-array, "              \
                    "a warning for a missing key; op1 is not freed")                                      \
    O(FETCH_DIM_W, "result = INDIRECT to op1[op2] for writing (creates the array and the element)")       \
    O(FETCH_DIM_RW, "as FETCH_DIM_W, with the undefined-key warning (for $a[k]++)")                        \
    O(ASSIGN_DIM, "op1[op2] = value of the OP_DATA that follows (op2 UNUSED: append); op1 CV or VAR")     \
    O(ASSIGN_DIM_OP, "op1[op2] OP= OP_DATA value; extended_value is the binary opcode")                   \
    O(UNSET_DIM, "unset(op1[op2]); op1 CV, or VAR INDIRECT from FETCH_DIM_UNSET")                         \
    O(FETCH_DIM_UNSET, "result = INDIRECT to op1[op2] for a nested unset: nothing is created (a missing "   \
                       "element gives a null that unset ignores)")                                         \
    O(ISSET_ISEMPTY_DIM, "result = isset(op1[op2]) (extended_value 0) or empty(...) (1)")                 \
    O(OP_DATA, "the value operand (op1) of the ASSIGN_DIM before it")                                      \
    O(FE_RESET_R, "result = iterator over op1 for foreach by value; goto op2 target when op1 is empty "    \
                  "or not an array")                                                                       \
    O(FE_FETCH_R, "op2 (CV, or a TMP to destructure) = next value of iterator op1, result (if used) = its key; "                     \
                  "goto extended_value target when done")                                                  \
    O(FE_RESET_RW, "result = iterator over the array in CV op1 for foreach by reference (op1 becomes a "    \
                   "reference); goto op2 target when op1 is empty or not an array")                      \
    O(FE_FETCH_RW, "op2 CV = reference to the next element of iterator op1, result (if used) = its key; "  \
                   "goto extended_value target when done")                                               \
    O(FE_FREE, "frees the foreach iterator op1 (by value or by reference)")                                                           \
    O(NOP, "nothing")

enum class Opcode : uint8_t {
#define MINIPHP_OPCODE_ENUM(name, note) name,
    MINIPHP_OPCODES(MINIPHP_OPCODE_ENUM)
#undef MINIPHP_OPCODE_ENUM
};

#define MINIPHP_OPCODE_COUNT_ONE(name, note) +1
inline constexpr uint32_t kOpcodeCount = 0 MINIPHP_OPCODES(MINIPHP_OPCODE_COUNT_ONE);
#undef MINIPHP_OPCODE_COUNT_ONE

// PHP's name without the ZEND_ prefix ("ADD", "INIT_FCALL").
const char* opcode_name(Opcode opcode);

// Opcodes whose extended_value holds a jump target.
inline bool extended_value_is_jump(Opcode opcode)
{
    return opcode == Opcode::FE_FETCH_R || opcode == Opcode::FE_FETCH_RW || opcode == Opcode::BIND_STATIC_INIT;
}

// Binary opcodes are the first ones: ADD .. SPACESHIP.
inline bool is_binary_opcode(Opcode opcode) { return opcode <= Opcode::SPACESHIP; }

// Opcodes whose op2 holds a jump target (JMP keeps its target in op1).
inline bool op2_is_jump(Opcode opcode)
{
    switch (opcode) {
    case Opcode::JMPZ:
    case Opcode::JMPNZ:
    case Opcode::JMPZ_EX:
    case Opcode::JMPNZ_EX:
    case Opcode::JMP_SET:
    case Opcode::COALESCE:
    case Opcode::FE_RESET_R:
    case Opcode::FE_RESET_RW:
    case Opcode::RECV_DEFAULT:
        return true;
    default:
        return false;
    }
}

} // namespace miniphp

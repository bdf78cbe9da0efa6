// The compiler's private state and the helpers its files share (compile_support.cpp defines them).
//
// The compiler walks the AST once per function and emits into growable arrays. Those arrays live in
// request memory and have no destructors (`RequestArray`), because a compile error bails out from
// anywhere in the walk (the bailout rule): whatever was allocated is reclaimed at request end.
//
// While emitting, an operand's word is a plain number: a literal index for CONST, a CV number for CV,
// a temporary number for TMP_VAR/VAR, an opline number for jump targets. `finish_op_array` turns them
// into the byte offsets the VM uses (see op_array.h) once the counts are final.
//
// Files: compile_support.cpp (emission, literals, CVs, jumps, finishing), compile_expressions.cpp,
// compile_statements.cpp, compile_functions.cpp (declarations, calls, parameters), dump.cpp.
#pragma once

#include <cstdint>
#include <cstring>

#include "engine/compiler/compile_messages.h"
#include "engine/compiler/compiler.h"
#include "engine/compiler/op_array.h"
#include "engine/memory/heap.h"
#include "parser/ast.h"

namespace miniphp::compiler {

// A growable array of trivially copyable T in request memory. Zero-initialise it; never destroyed.
template<typename T>
struct RequestArray {
    T* data;
    uint32_t size;
    uint32_t capacity;

    T& push(const T& value)
    {
        if (size == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            data = static_cast<T*>(erealloc(data, sizeof(T) * capacity));
        }
        data[size] = value;
        return data[size++];
    }
    T& operator[](uint32_t i) { return data[i]; }
    T& back() { return data[size - 1]; }
};

// An operand being built (PHP's znode): a type and its compile-time word.
struct Operand {
    uint8_t type;
    uint32_t value;
};

inline Operand unused_operand() { return { IS_UNUSED, 0 }; }

// A loop or switch the compiler is inside, for break/continue.
struct LoopContext {
    bool is_switch;
    uint8_t var_type;        // the loop's own temporary (foreach iterator, switch subject) or IS_UNUSED
    uint32_t var;
    uint32_t continue_target; // opline number, or UINT32_MAX until known
    uint32_t first_pending;   // index of this loop's first entry in FunctionState::pending
    uint32_t serial;          // unique in the function: tells loops apart for goto
};

// A label, or a goto waiting for its label (resolved when the function ends). `loops` holds the
// serials of the loops around it, outermost first (a request-memory copy).
struct GotoPoint {
    zend_string* label;
    uint32_t opline;  // the label's target, or the goto's JMP
    uint32_t line;
    uint32_t* loops;
    uint32_t loop_count;
    LoopContext* loop_contexts; // the goto's enclosing loops (for freeing their variables), or null
};

// A break/continue jump waiting for its loop's labels.
struct PendingJump {
    uint32_t opline;
    uint32_t loop_index;
    bool is_continue;
};

// One function (or a script's main code) being compiled.
struct FunctionState {
    RequestArray<zend_op> ops;
    RequestArray<zval> literals;
    RequestArray<zend_string*> vars;
    uint32_t temporaries;
    RequestArray<LoopContext> loops;
    RequestArray<PendingJump> pending;
    RequestArray<zend_op_array*> nested_functions;
    RequestArray<GotoPoint> labels;
    RequestArray<GotoPoint> gotos;
    uint32_t next_loop_serial;
    zend_op_array* op_array; // the record being filled (name, parameters, flags)
    HashTable* static_variables;
    FunctionState* outer;
};

struct Compiler {
    zend_string* filename;
    bool strict_types; // declare(strict_types=1) opens the file
    int64_t halt_offset; // the byte offset after __halt_compiler(); (-1: the file has none)
    FunctionState* function;
    int conditional_depth; // > 0 inside if/loops/switch: declarations happen at run time
};

// --- compile_statements.cpp (goto) ---
// Jumps each goto to its label (through code placed after the body that frees the variables of the
// loops it leaves), with PHP's compile errors; called when a function's body is complete.
void resolve_gotos(Compiler& compiler);

// --- compile_statements.cpp (declare) ---------------------------------------------------------------
bool declares_strict_types(const Node* root);
void compile_declare(Compiler& compiler, const Node* node);

// --- compile_types.cpp -----------------------------------------------------------------------------
enum class TypeContext { Parameter, Return };
// The mask and message name of a declared type (`node` may be null: no type, returns false), with
// PHP's compile errors for malformed declarations.
// `add_null` makes it nullable (a parameter whose default is null: PHP's implicit nullable type).
bool compile_type(Compiler& compiler, const Node* node, TypeContext context, uint32_t* mask, zend_string** name,
                  bool add_null = false);

// --- compile_support.cpp ---------------------------------------------------------------------------
[[noreturn]] void compile_error(Compiler& compiler, uint32_t line, const char* format, ...)
    __attribute__((format(printf, 3, 4)));
[[noreturn]] void not_supported(Compiler& compiler, const Node* node, const char* what);

zend_op& emit(Compiler& compiler, Opcode opcode, uint32_t line, Operand op1 = unused_operand(),
              Operand op2 = unused_operand());
// Emits with a fresh temporary as the result, which it returns.
Operand emit_tmp(Compiler& compiler, Opcode opcode, uint32_t line, Operand op1 = unused_operand(),
                 Operand op2 = unused_operand());
Operand new_tmp(Compiler& compiler);
inline void set_result(zend_op& op, Operand result)
{
    op.result_type = result.type;
    op.result.num = result.value;
}
uint32_t next_opline(Compiler& compiler);
// Emits JMPZ/JMPNZ on `condition`, fusing it with the comparison just before when that produced it.
uint32_t emit_conditional_jump(Compiler& compiler, Opcode opcode, Operand condition, uint32_t line);
// Points the jump in oplines[at] (op1 for JMP, op2 for the conditional jumps) at `target`.
void patch_jump(Compiler& compiler, uint32_t at, uint32_t target);

Operand literal_long(Compiler& compiler, zend_long value);
Operand literal_double(Compiler& compiler, double value);
Operand literal_string(Compiler& compiler, const char* text, size_t length);
Operand literal_interned(Compiler& compiler, zend_string* interned);
Operand literal_bool(Compiler& compiler, bool value);
Operand literal_null(Compiler& compiler);
zval* literal_value(Compiler& compiler, Operand operand);

zend_string* intern(const char* text, size_t length);
Operand cv_operand(Compiler& compiler, const char* name, size_t length);
// Frees an expression result nobody uses.
void free_result(Compiler& compiler, Operand operand, uint32_t line);

void begin_function(Compiler& compiler, FunctionState& state, zend_op_array* op_array);
zend_op_array* finish_op_array(Compiler& compiler, FunctionState& state, uint32_t line_end);

// --- compile_expressions.cpp -----------------------------------------------------------------------
// How an expression's value will be used.
enum class Use {
    Read,    // warnings for undefined variables and keys
    Silent,  // isset/??: no warnings
};
Operand compile_expression(Compiler& compiler, const Node* node, Use use = Use::Read);
// A Dimension chain in write context: FETCH_DIM_W for every level but the last; returns the container
// operand for the final ASSIGN_DIM and sets *dim to the last offset (IS_UNUSED for []).
Operand compile_dim_container_for_write(Compiler& compiler, const Node* dimension, Operand* dim);
// $GLOBALS, and $GLOBALS['name'] (an element naming a global variable, read or written by name).
bool is_globals_variable(const Node* node);
bool is_globals_element(const Node* node);
// $$name / ${expr}: a variable found by name at run time.
bool is_dynamic_variable(const Node* node);
// FETCH_R/IS/W/RW of such a variable or of a $GLOBALS element; `name` is its already compiled name, or
// unused to compile it here.
Operand compile_variable_fetch(Compiler& compiler, const Node* variable, Opcode opcode, Operand name = unused_operand());
// A variable a reference can be taken of: a variable or a chain of dimensions rooted in one.
bool is_writable_variable(const Node* node);
// Such a variable's slot for writing: its CV, or a VAR holding an INDIRECT (FETCH_DIM_W).
Operand compile_write_slot(Compiler& compiler, const Node* variable);
// A VAR holding a reference to such a variable (MAKE_REF), which becomes a reference if needed.
Operand compile_reference(Compiler& compiler, const Node* variable);
bool is_cv_variable(const Node* node);
// `[$a, 'k' => $b] = value` / list(...): assigns the elements of `value` (not consumed).
void compile_list_assign(Compiler& compiler, const Node* pattern, Operand value);
Operand compile_cv(Compiler& compiler, const Node* variable);

// --- compile_statements.cpp ------------------------------------------------------------------------
void compile_statement(Compiler& compiler, const Node* node);
void compile_statement_list(Compiler& compiler, const Node* list);

// --- compile_functions.cpp -------------------------------------------------------------------------
void compile_function_declaration(Compiler& compiler, const Node* node);
Operand compile_call(Compiler& compiler, const Node* node);
// A call whose result is wanted as a reference (=& f(), return f() in a function &g()): its DO_FCALL
// passes a returned reference on. A call compiled away (strlen) is PHP's compile error.
Operand compile_call_for_reference(Compiler& compiler, const Node* node);
void compile_static(Compiler& compiler, const Node* node);
void compile_global(Compiler& compiler, const Node* node);
// The top-level declarations PHP binds before the script runs (unconditional functions).
void declare_function_now(Compiler& compiler, zend_op_array* function, uint32_t line);

} // namespace miniphp::compiler

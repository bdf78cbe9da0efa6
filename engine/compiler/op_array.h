// Compiled code: the op_array (one per function and one for a script's top level), its opcodes and
// operands, and the function record the function table holds.
//
// Layout (decided once, relied on by every handler):
//   - An operand is a type (CONST, TMP_VAR, VAR, CV, UNUSED, PHP's numbering) and a 32-bit word. For
//     TMP_VAR, VAR and CV the word is the byte offset of the slot from the frame's start (the
//     zend_execute_data header, engine/vm/execute_data.h), so a handler reaches the slot with one add
//     and no multiplication. For CONST the word is, once the op_array is finished, the byte offset of
//     the literal from the opline that uses it (literals are allocated right after the opcodes, so the
//     handler needs neither the op_array nor a literal base register). Jump targets are likewise byte
//     offsets from the jumping opline. While the compiler is still emitting, CONST words are literal
//     indexes and jump words are opline numbers; `finish_op_array` (compile_support.cpp) rewrites them.
//   - The frame slots are, in order: the header, the compiled variables (CVs, the parameters first, in
//     parameter order, so arguments sent by the caller land in them), then the temporaries.
//   - `lineno` of each opline is the source line PHP would report for an error raised there.
//
// Ownership and lifetime: everything here lives in request memory (emalloc) and is released
// wholesale at request end, like PHP's compiled scripts without opcache. Names (CV names, function
// names) are interned strings. `static_variables` is the only part that changes while the code runs.
#pragma once

#include <cstdint>

#include "engine/compiler/opcodes.h"
#include "engine/value/value.h"

struct zend_execute_data;

// Operand types, as PHP numbers them (they are bit flags so a handler can test several at once).
#define IS_UNUSED 0
#define IS_CONST (1 << 0)
#define IS_TMP_VAR (1 << 1)
#define IS_VAR (1 << 2)
#define IS_CV (1 << 3)

union znode_op {
    uint32_t constant;  // CONST: byte offset of the literal from this opline (index while compiling)
    uint32_t var;       // TMP_VAR/VAR/CV: byte offset of the slot from the frame start
    uint32_t num;       // a plain number (argument number, cache slot)
    uint32_t opline_num; // a jump target while compiling
    uint32_t jmp_offset; // a jump target once finished: byte offset from this opline
};

struct zend_op {
    znode_op op1;
    znode_op op2;
    znode_op result;
    uint32_t extended_value;
    uint32_t lineno;
    miniphp::Opcode opcode;
    uint8_t op1_type;
    uint8_t op2_type;
    uint8_t result_type;
};
static_assert(sizeof(zend_op) == 24);

// Parameter flags (zend_arg_info::flags).
#define ZEND_ARG_SEND_BY_REF (1u << 0)
#define ZEND_ARG_SEND_PREFER_REF (1u << 2) // by reference when a variable is passed, else by value (extract)
#define ZEND_ARG_VARIADIC (1u << 1)

// Declared types: a mask of the value types allowed, bit IS_x for each (so a value's Z_TYPE tests it
// directly), plus bits for the types that are not value types. MAY_BE_CLASS means the type names
// classes; with no objects yet no value matches it.
#define MAY_BE_NULL (1u << IS_NULL)
#define MAY_BE_FALSE (1u << IS_FALSE)
#define MAY_BE_TRUE (1u << IS_TRUE)
#define MAY_BE_BOOL (MAY_BE_FALSE | MAY_BE_TRUE)
#define MAY_BE_LONG (1u << IS_LONG)
#define MAY_BE_DOUBLE (1u << IS_DOUBLE)
#define MAY_BE_STRING (1u << IS_STRING)
#define MAY_BE_ARRAY (1u << IS_ARRAY)
#define MAY_BE_OBJECT (1u << IS_OBJECT)
#define MAY_BE_RESOURCE (1u << IS_RESOURCE)
#define MAY_BE_ANY (MAY_BE_NULL | MAY_BE_BOOL | MAY_BE_LONG | MAY_BE_DOUBLE | MAY_BE_STRING | MAY_BE_ARRAY \
                    | MAY_BE_OBJECT | MAY_BE_RESOURCE)
#define MAY_BE_CALLABLE (1u << 16)
#define MAY_BE_VOID (1u << 17)
#define MAY_BE_NEVER (1u << 18)
#define MAY_BE_STATIC (1u << 19)
#define MAY_BE_CLASS (1u << 20)

struct zend_arg_info {
    zend_string* name; // interned, without the $
    uint32_t flags;
    uint32_t type_mask;     // 0: no declared type
    zend_string* type_name; // the type as PHP's messages spell it ("?int", "string|array"), or null
};

// Function kinds.
#define ZEND_INTERNAL_FUNCTION 1
#define ZEND_USER_FUNCTION 2

// op_array flags.
#define ZEND_ACC_TOP_LEVEL (1u << 0)   // a script's main code
#define ZEND_ACC_VARIADIC (1u << 1)    // the last parameter collects the rest
#define ZEND_ACC_STRICT_TYPES (1u << 2) // declared in a file with declare(strict_types=1)
#define ZEND_ACC_HAS_RETURN_TYPE (1u << 3) // return_type below is set
#define ZEND_ACC_RETURN_REFERENCE (1u << 4) // function &f(): returns references
#define ZEND_ACC_HAS_REF_ARGS (1u << 5)     // some parameter is by reference (lets calls skip the check)

struct zend_op_array {
    uint8_t type; // ZEND_USER_FUNCTION
    uint32_t fn_flags;
    zend_string* function_name; // as declared (null for a script's main code)
    uint32_t num_args;          // declared parameters (not counting a variadic one)
    uint32_t required_num_args; // parameters before the first one with a default
    zend_arg_info* arg_info;    // num_args entries (+1 when variadic)
    zend_arg_info return_type;  // its type fields, when ZEND_ACC_HAS_RETURN_TYPE

    zend_op* opcodes;
    uint32_t last;              // number of opcodes
    zval* literals;             // right after the opcodes, in the same block
    uint32_t last_literal;
    zend_string** vars;         // CV names, interned, without the $
    uint32_t last_var;          // number of CVs
    uint32_t T;                 // number of temporaries (TMP_VAR and VAR)
    uint32_t cache_size;        // run-time cache slots (pointers), see `run_time_cache`
    void** run_time_cache;      // request memory, zeroed: INIT_FCALL remembers its callee here

    HashTable* static_variables; // `static $x = ...;` names -> values (references once bound), or null
    // Functions declared inside this code, in source order. The top level's unconditional ones are
    // declared before it runs; DECLARE_FUNCTION declares the others when it is reached.
    struct zend_op_array** dynamic_func_defs;
    uint32_t num_dynamic_func_defs;

    zend_string* filename;      // interned
    uint32_t line_start;
    uint32_t line_end;
};

// An internal (C) function: reads its arguments from the frame (ZEND_NUM_ARGS(), ZEND_CALL_ARG) and
// writes its result into return_value, as PHP_FUNCTION bodies do.
using zif_handler = void (*)(zend_execute_data* execute_data, zval* return_value);

struct zend_internal_function {
    uint8_t type; // ZEND_INTERNAL_FUNCTION
    uint32_t fn_flags;
    zend_string* function_name;
    uint32_t num_args;
    uint32_t required_num_args;
    zend_arg_info* arg_info;
    zif_handler handler;
};

// What the function table holds: either kind, told apart by `type` (the common prefix).
union zend_function {
    uint8_t type;
    struct {
        uint8_t type;
        uint32_t fn_flags;
        zend_string* function_name;
        uint32_t num_args;
        uint32_t required_num_args;
        zend_arg_info* arg_info;
    } common;
    zend_op_array op_array;
    zend_internal_function internal_function;
};

// Whether argument `n` (1-based) of `function` is taken by reference.
inline bool function_arg_by_ref(const zend_function* function, uint32_t n)
{
    const auto& common = function->common;
    if (!(common.fn_flags & ZEND_ACC_HAS_REF_ARGS)) [[likely]]
        return false;
    if (n <= common.num_args)
        return (common.arg_info[n - 1].flags & ZEND_ARG_SEND_BY_REF) != 0;
    if (common.fn_flags & ZEND_ACC_VARIADIC)
        return (common.arg_info[common.num_args].flags & ZEND_ARG_SEND_BY_REF) != 0;
    return false;
}

// FETCH_*/UNSET_VAR/ISSET_ISEMPTY_VAR: the variable is a global ($GLOBALS['name']), not the frame's.
inline constexpr uint32_t kFetchGlobal = 2;

// A comparison followed by a JMPZ/JMPNZ on its result ("smart branch", as PHP calls it) carries one
// of these in its extended_value: the comparison jumps itself and skips the JMPZ/JMPNZ, whose target
// it uses; its result temporary is then never written.
#define ZEND_SMART_BRANCH_JMPZ 1u
#define ZEND_SMART_BRANCH_JMPNZ 2u

// Operand access for handlers. `RT_CONSTANT` finds a finished CONST operand's literal.
#define RT_CONSTANT(opline, node) \
    (reinterpret_cast<zval*>(reinterpret_cast<char*>(const_cast<zend_op*>(opline)) + static_cast<int32_t>((node).constant)))
#define OP_JMP_ADDR(opline, node) \
    (reinterpret_cast<const zend_op*>(reinterpret_cast<const char*>(opline) + static_cast<int32_t>((node).jmp_offset)))
#define ZEND_OFFSET_TO_OPLINE(base, offset) \
    (reinterpret_cast<const zend_op*>(reinterpret_cast<const char*>(base) + static_cast<int32_t>(offset)))

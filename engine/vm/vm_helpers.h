// What the executor's handlers share: operand access, the location sync for error messages, and the
// out-of-line slow paths (vm_helpers.cpp, vm_arrays.cpp), kept out of the dispatch loop so the hot
// paths stay small.
//
// Operand rules (PHP's): a CONST operand is borrowed from the literal table; a CV operand is borrowed
// from the frame; a TMP_VAR/VAR operand is owned by the handler that reads it, which must consume it
// (move it somewhere) or free it. Values read for their value are dereferenced (a CV may hold a
// reference after `global`, `static` or `&`).
//
// Errors raised by a handler report `opline->lineno`: the loop does not track lines; a slow path calls
// `sync_location` before anything that may raise.
#pragma once

#include "engine/context.h"
#include "engine/error/error_types.h"
#include "engine/vm/execute_data.h"
#include "engine/vm/executor_state.h"

namespace miniphp::vm {

// The levels `@` leaves in error_reporting (PHP's E_HAS_ONLY_FATAL_ERRORS set).
inline constexpr int kSilenceKeeps = E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE;

// The null every undefined-variable read yields. Read-only.
extern const zval kUninitializedZval;

inline void sync_location(zend_execute_data* execute_data, const zend_op* opline)
{
    // The frame's position too: code called from here (an error handler, a callback) and stack traces
    // read it. DO_FCALL sets it again before a call, so a frame resumes where it called.
    execute_data->opline = opline;
    Context* context = current_context();
    context->current_line = opline->lineno;
    context->borrowed_current_file = ZSTR_VAL(execute_data->func->op_array.filename);
}

// "Undefined variable $x" for the CV at byte offset `var`; returns the shared null.
zval* undefined_cv(zend_execute_data* execute_data, const zend_op* opline, uint32_t var);

// An operand's slot as it is, without the undefined check or dereferencing: for fast paths that test
// the type first (an UNDEF or a reference never passes an IS_LONG test) and fall back to
// get_operand_read otherwise.
inline zval* get_operand_raw(zend_execute_data* execute_data, const zend_op* opline, uint8_t type, znode_op node)
{
    return type == IS_CONST ? RT_CONSTANT(opline, node) : EX_VAR(node.var);
}

// An operand for reading: warns for an undefined CV, dereferences.
inline zval* get_operand_read(zend_execute_data* execute_data, const zend_op* opline, uint8_t type, znode_op node)
{
    if (type == IS_CONST)
        return RT_CONSTANT(opline, node);
    zval* value = EX_VAR(node.var);
    if (type == IS_CV) {
        if (Z_ISUNDEF_P(value)) [[unlikely]]
            return undefined_cv(execute_data, opline, node.var);
        ZVAL_DEREF(value);
    }
    return value;
}

// An operand for isset/??: no warning, dereferenced (an undefined CV reads as UNDEF).
inline zval* get_operand_silent(zend_execute_data* execute_data, const zend_op* opline, uint8_t type, znode_op node)
{
    if (type == IS_CONST)
        return RT_CONSTANT(opline, node);
    zval* value = EX_VAR(node.var);
    if (type == IS_CV)
        ZVAL_DEREF(value);
    return value;
}

inline void free_operand(zend_execute_data* execute_data, uint8_t type, znode_op node)
{
    if (type & (IS_TMP_VAR | IS_VAR))
        zval_ptr_dtor_nogc(EX_VAR(node.var));
}

// Copies an operand's value into `target` with the count it needs: CONST and CV are copied (CVs
// dereferenced), TMP_VAR is moved, VAR is moved and dereferenced.
inline void copy_operand_value(zval* target, zval* value, uint8_t type)
{
    if (type == IS_TMP_VAR) {
        ZVAL_COPY_VALUE(target, value);
    } else if (type == IS_VAR && Z_ISREF_P(value)) {
        zend_reference* ref = Z_REF_P(value);
        if (GC_DELREF(ref) == 0) {
            ZVAL_COPY_VALUE(target, &ref->val); // the last holder: the value moves out
            efree(ref);
        } else {
            ZVAL_COPY(target, &ref->val);
        }
    } else {
        ZVAL_COPY_DEREF(target, value);
    }
}

// `variable = value` with PHP's assignment semantics: a reference is written through, the old value
// is destroyed after the new one is in place. `value` is an operand of type `value_type` (consumed
// as copy_operand_value does). Returns the variable (dereferenced).
zval* assign_to_variable(zval* variable, zval* value, uint8_t value_type);

// The binary operator functions by opcode (ADD .. SPACESHIP), for the slow paths and ASSIGN_OP.
using BinaryOperatorFunction = zend_result (*)(zval* result, zval* op1, zval* op2);
BinaryOperatorFunction binary_operator_function(Opcode opcode);

// result = op1 OP op2 with the int/double fast paths inline (ADD, SUB, MUL) and the operator library
// for the rest. `result` may be op1.
void binary_operation(Opcode opcode, zval* result, zval* op1, zval* op2);

void echo_value(zval* value);
void write_output(const char* data, size_t length);

// Variables by name ($$x), in the running frame's symbol table (built for a function on first use).
// FETCH_R/FETCH_IS give the value (the shared null when missing, after a warning for FETCH_R);
// FETCH_W/FETCH_RW the variable's slot, created as null (FETCH_RW warns when it did not exist).
zval* fetch_variable_by_name(zend_execute_data* execute_data, const zend_op* opline, zval* name, Opcode mode);
void unset_variable_by_name(zend_execute_data* execute_data, const zend_op* opline, zval* name);
// $GLOBALS read as a whole: an array copy of the global variables (PHP 8.1's read-only $GLOBALS).
void copy_global_variables(zval* result);

// "include", "require_once", ..., "eval" for an IncludeKind (parser/ast.h).
const char* include_kind_name(uint32_t kind);
// Argument n (0-based) of a running call: a user function's parameters are its CVs (their current
// values, as PHP reads them), the rest lie past its temporaries; an internal function's are its frame.
zval* call_argument(zend_execute_data* call, uint32_t n);

// include/require/eval of `operand` in the scope of the running frame (include.cpp); `result` may be null.
void include_or_eval(zend_execute_data* execute_data, const zend_op* opline, zval* operand, zval* result);

// Declared types (types.cpp). `verify_type` checks `value` (dereferenced) against a type mask,
// coercing it in place when coercive typing allows; the other two raise PHP's TypeError when it fails.
bool verify_type(uint32_t mask, zval* value, bool strict);
void verify_argument(zend_execute_data* execute_data, const zend_op* opline, uint32_t n, zval* argument);
// `value` null: the function fell off its end ("none returned").
void verify_return(zend_execute_data* execute_data, const zend_op* opline, zval* value);

// RETURN_BY_REF's value: a reference into EX(return_value) when the caller asked for one (=& f()),
// else the value; anything but a variable with PHP's notice.
void return_by_reference(zend_execute_data* execute_data, const zend_op* opline);

// Calls.
// PHP compiles some calls into opcodes (strlen, count, is_*, call_user_func, ...: zend_compile.c's special
// functions), so their frames never show: messages and traces name their caller instead.
bool is_inlined_call_frame(const zend_execute_data* frame);
// The slow path of an opcode standing for a builtin (STRLEN): calls the internal function `name` with
// the one operand, as the call it replaces would have (its coercions, errors and deprecations).
void call_internal_by_name(zend_execute_data* execute_data, const char* name, zval* argument, uint8_t type,
                           zval* result);
// The function a callable value names ($f(...)), or null after PHP's Error.
zend_function* resolve_dynamic_callable(zend_execute_data* execute_data, const zend_op* opline, zval* callable);
[[noreturn]] void undefined_function(zend_execute_data* execute_data, const zend_op* opline);
// FETCH_CONSTANT's slow path: finds the constant, remembers it in the run-time cache and returns its
// value (the Error for an undefined one is fatal today).
const zval* fetch_constant(zend_execute_data* execute_data, const zend_op* opline);
// DECLARE_CONST: defines op1 = `value` (copied) in the request, or warns that it exists.
void declare_constant(zend_execute_data* execute_data, const zend_op* opline, zval* value);
void too_few_arguments(zend_execute_data* execute_data, const zend_op* opline);
// A value sent to a by-reference parameter: a call's result passes with PHP's notice (returns true),
// anything else is an Error (returns false).
bool send_value_by_reference(const zend_op* opline, zend_execute_data* call, uint32_t n);
// The 1-based position of the parameter called `name` in the pending call's function; Error when
// there is none (0 after the error).
uint32_t named_argument_position(const zend_execute_data* call, zend_string* name);
// "f(): Argument #n ($x) not passed": a required parameter skipped by named arguments.
void argument_not_passed(const zend_function* function, uint32_t n);
void match_error(zend_execute_data* execute_data, const zend_op* opline, zval* subject);
void cast_value(zval* result, zval* value, uint32_t type);

// Arrays. The fast path of element writes:
// The existing element `dim` (an integer) of an array only this variable holds, ready to write in place;
// null for every other case (which the slow paths handle: separation, growth, conversion, warnings).
inline zval* existing_element_for_write(zval* container, const zval* dim)
{
    ZVAL_DEREF(container); // a by-reference parameter holding the array
    if (Z_TYPE_P(container) != IS_ARRAY || Z_TYPE_INFO_P(dim) != IS_LONG)
        return nullptr;
    HashTable* ht = Z_ARR_P(container);
    if (GC_REFCOUNT(ht) != 1 || (GC_FLAGS(ht) & GC_IMMUTABLE))
        return nullptr;
    zend_ulong index = static_cast<zend_ulong>(Z_LVAL_P(dim));
    if (!HT_IS_PACKED(ht))
        return zend_hash_index_find(ht, index); // an existing integer key of a hash
    if (index >= ht->nNumUsed || Z_ISUNDEF(ht->arPacked[index]))
        return nullptr;
    return &ht->arPacked[index];
}


// Arrays (vm_arrays.cpp). `container` is the slot to write (a CV or the target of an INDIRECT);
// these vivify null/undefined containers into arrays, separate shared ones, and raise PHP's errors.
// Each returns the element slot, or null after an error (nothing to write).
zval* fetch_dimension_write(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim,
                            bool warn_missing);
void fetch_dimension_read(zend_execute_data* execute_data, const zend_op* opline, zval* result, zval* container,
                          zval* dim, bool silent);
void assign_dimension(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim,
                      zval* value, uint8_t value_type, zval* result);
void add_array_element(zend_execute_data* execute_data, const zend_op* opline, zval* array, zval* key, zval* value,
                       uint8_t value_type);
void unset_dimension(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim);
// FETCH_DIM_UNSET: the element to descend into for a nested unset, or a null when there is none.
zval* fetch_dimension_unset(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim);
bool isset_dimension(zend_execute_data* execute_data, const zend_op* opline, zval* container, zval* dim, bool is_empty);
// foreach: returns false when the loop is to be skipped (not an array, or empty).
bool foreach_reset(zend_execute_data* execute_data, const zend_op* opline, zval* iterator, zval* subject,
                   uint8_t subject_type);

// foreach by reference: `variable` (a CV) becomes a reference to its (separated) array and `iterator`
// holds another count of that reference, with an external hash iterator in u2.fe_iter_idx. Returns
// false when the loop is to be skipped.
bool foreach_reset_by_reference(zend_execute_data* execute_data, const zend_op* opline, zval* iterator,
                                zval* variable);
// The next element (made a reference) or null at the end; *index/*key receive its key.
zval* foreach_fetch_by_reference(zval* iterator, zend_ulong* index, zend_string** key);
void foreach_free(zval* iterator);

} // namespace miniphp::vm

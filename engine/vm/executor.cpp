// The executor loop: runs op_arrays, one handler per opcode, with computed-goto dispatch.
//
// `execute` runs one frame and every user function it calls in this one loop: a user call switches
// `execute_data` to the callee's frame and `opline` to its first instruction, a RETURN switches back,
// so PHP recursion never recurses in C. Only internal functions are called through the C stack (and
// they re-enter `execute` when they call back into PHP code).
//
// The loop keeps `opline` and `execute_data` in locals. A handler ends with one of:
//     VM_NEXT_OPCODE()   go on with the next instruction
//     VM_JUMP(target)    go on at `target`
//     VM_DISPATCH()      go on at `opline` (already set)
// With GCC/Clang, dispatch is `goto *labels[opcode]` (one indirect jump per handler, which predicts
// better than a single switch); define MINIPHP_VM_SWITCH to build the portable switch instead.
//
// Handlers are written in family files included below (vm_handlers_*.inc); they are fragments of this
// function, not separate functions. The order of the label table is the opcode list (opcodes.h).
//
// Bailout: the loop's locals are trivially destructible; all frames are request memory.
#include "engine/vm/vm.h"

#include <cstring>

#include "engine/compiler/compile_messages.h"
#include "engine/error/bailout.h"
#include "engine/error/error.h"
#include "engine/operators/operators.h"
#include "engine/vm/constants.h"
#include "engine/vm/function_table.h"
#include "engine/vm/vm_helpers.h"

#if !defined(MINIPHP_VM_SWITCH) && (defined(__GNUC__) || defined(__clang__))
#define MINIPHP_VM_COMPUTED_GOTO 1
#else
#define MINIPHP_VM_COMPUTED_GOTO 0
#endif

namespace miniphp::vm {

namespace {

// Sets up the CVs of a freshly called user function. Arguments beyond the declared parameters move
// past the CVs and temporaries (where func_get_args() and a variadic parameter find them, see
// extra_args) so the CVs they were written over can start undefined.
inline void init_user_frame(zend_execute_data* call, const zend_op_array* op_array)
{
    uint32_t num_args = ZEND_CALL_NUM_ARGS(call);
    uint32_t first_undefined = num_args;
    if (num_args > op_array->num_args) [[unlikely]] {
        uint32_t declared = op_array->num_args;
        std::memmove(ZEND_CALL_VAR_NUM(call, op_array->last_var + op_array->T), ZEND_CALL_VAR_NUM(call, declared),
                     sizeof(zval) * (num_args - declared));
        first_undefined = declared;
    }
    for (uint32_t i = first_undefined; i < op_array->last_var; ++i)
        ZVAL_UNDEF(ZEND_CALL_VAR_NUM(call, i));
    call->run_time_cache = op_array->run_time_cache;
    call->call = nullptr;
    call->opline = op_array->opcodes; // its position, until it calls or syncs (see sync_location)
}

inline void destroy_cvs(zend_execute_data* execute_data)
{
    const zend_op_array& op_array = EX(func)->op_array;
    zval* cv = EX_VAR_NUM(0);
    for (uint32_t i = 0; i < op_array.last_var; ++i, ++cv)
        i_zval_ptr_dtor(cv);
    uint32_t num_args = ZEND_CALL_NUM_ARGS(execute_data);
    if (num_args > op_array.num_args) [[unlikely]] {
        zval* extra = extra_args(execute_data);
        for (uint32_t i = op_array.num_args; i < num_args; ++i)
            zval_ptr_dtor(extra++);
    }
}

// A user frame: header, CVs, temporaries, then the arguments beyond the declared parameters.
inline uint32_t user_frame_slots(const zend_op_array* op_array, uint32_t num_args)
{
    uint32_t extra = num_args > op_array->num_args ? num_args - op_array->num_args : 0;
    return ZEND_CALL_FRAME_SLOT + op_array->last_var + op_array->T + extra;
}

// Pushes the frame of a call to `function` with room for `num_args` arguments and links it into the
// chain of calls being built (INIT_FCALL, INIT_DYNAMIC_CALL).
inline void push_call(ExecutorState* state, zend_execute_data* execute_data, zend_function* function, uint32_t num_args)
{
    uint32_t slots = function->type == ZEND_USER_FUNCTION ? user_frame_slots(&function->op_array, num_args)
                                                          : ZEND_CALL_FRAME_SLOT + num_args;
    zend_execute_data* call = vm_stack_push(&state->stack, slots);
    call->func = function;
    ZEND_CALL_INFO(call) = 0;
    ZEND_CALL_NUM_ARGS(call) = num_args;
    call->prev_execute_data = EX(call);
    EX(call) = call;
}

// Makes room in the pending call `call` (the newest frame on the stack) for `num_args` arguments; the
// frame moves to a new segment when its own is full. Returns the frame's (possibly new) address.
zend_execute_data* grow_call_frame(VmStack* stack, zend_execute_data* call, uint32_t num_args)
{
    const zend_function* function = call->func;
    uint32_t needed = function->type == ZEND_USER_FUNCTION ? user_frame_slots(&function->op_array, num_args)
                                                           : ZEND_CALL_FRAME_SLOT + num_args;
    zval* start = reinterpret_cast<zval*>(call);
    StackSegment* segment = stack->segment;
    if (start + needed <= segment->end) {
        if (segment->top < start + needed)
            segment->top = start + needed;
        return call;
    }
    uint32_t used = static_cast<uint32_t>(segment->top - start);
    segment->top = start; // the old place is given back
    auto* moved = reinterpret_cast<zend_execute_data*>(vm_stack_extend(stack, needed));
    std::memcpy(static_cast<void*>(moved), static_cast<const void*>(call), sizeof(zval) * used);
    return moved;
}

} // namespace

void execute(zend_op_array* op_array, zval* return_value)
{
    ExecutorState* state = executor_state();
    execute_code(op_array, &state->symbol_table, return_value);
}

void execute_code(zend_op_array* op_array, HashTable* symbol_table, zval* return_value)
{
    ExecutorState* state = executor_state();
    zend_execute_data* execute_data = vm_stack_push(&state->stack, user_frame_slots(op_array, 0));
    EX(func) = reinterpret_cast<zend_function*>(op_array);
    ZEND_CALL_INFO(execute_data) = ZEND_CALL_TOP | ZEND_CALL_CODE | ZEND_CALL_HAS_SYMBOL_TABLE;
    ZEND_CALL_NUM_ARGS(execute_data) = 0;
    EX(prev_execute_data) = state->current_execute_data;
    EX(return_value) = return_value;
    EX(symbol_table) = symbol_table;
    EX(opline) = nullptr;
    init_user_frame(execute_data, op_array);
    attach_symbol_table(execute_data);
    zend_execute_data* outer = state->current_execute_data;
    execute_frame(execute_data);
    state->current_execute_data = outer;
}

void call_function(zend_function* function, uint32_t argc, zval* argv, zval* return_value)
{
    ExecutorState* state = executor_state();
    Context* context = current_context();
    const char* file = context->borrowed_current_file;
    uint32_t line = context->current_line;
    const bool user = function->type == ZEND_USER_FUNCTION;
    uint32_t slots = user ? user_frame_slots(&function->op_array, argc) : ZEND_CALL_FRAME_SLOT + argc;
    zend_execute_data* call = vm_stack_push(&state->stack, slots);
    call->func = function;
    ZEND_CALL_INFO(call) = ZEND_CALL_TOP;
    ZEND_CALL_NUM_ARGS(call) = argc;
    for (uint32_t i = 0; i < argc; ++i)
        ZVAL_COPY_VALUE(ZEND_CALL_ARG(call, i + 1), &argv[i]);
    zend_execute_data* outer = state->current_execute_data;
    call->prev_execute_data = outer;
    call->opline = nullptr;
    call->symbol_table = nullptr;
    ZVAL_NULL(return_value);
    if (user) {
        call->return_value = return_value;
        init_user_frame(call, &function->op_array);
        execute_frame(call); // RETURN pops the frame
    } else {
        call->return_value = nullptr;
        call->call = nullptr;
        state->current_execute_data = call;
        function->internal_function.handler(call, return_value);
        for (uint32_t i = 1; i <= argc; ++i)
            zval_ptr_dtor(ZEND_CALL_ARG(call, i));
        vm_stack_pop(&state->stack, call);
    }
    state->current_execute_data = outer;
    context->borrowed_current_file = file;
    context->current_line = line;
}

void attach_symbol_table(zend_execute_data* execute_data)
{
    HashTable* table = EX(symbol_table);
    const zend_op_array& op_array = EX(func)->op_array;
    for (uint32_t i = 0; i < op_array.last_var; ++i) {
        zval* cv = EX_VAR_NUM(i);
        zval* entry = zend_hash_find(table, op_array.vars[i]);
        if (entry) {
            zval_ptr_dtor(cv); // an attached frame's CVs are undefined; a function's may not be
            ZVAL_COPY_VALUE(cv, Z_TYPE_P(entry) == IS_INDIRECT ? Z_INDIRECT_P(entry) : entry);
            if (Z_TYPE_P(entry) == IS_INDIRECT)
                ZVAL_UNDEF(Z_INDIRECT_P(entry));
        } else {
            zval placeholder;
            ZVAL_NULL(&placeholder);
            entry = zend_hash_add_new(table, op_array.vars[i], &placeholder);
        }
        ZVAL_INDIRECT(entry, cv);
    }
}

void detach_symbol_table(zend_execute_data* execute_data)
{
    HashTable* table = EX(symbol_table);
    const zend_op_array& op_array = EX(func)->op_array;
    for (uint32_t i = 0; i < op_array.last_var; ++i) {
        zval* cv = EX_VAR_NUM(i);
        if (Z_ISUNDEF_P(cv)) {
            zend_hash_del(table, op_array.vars[i]);
        } else {
            zend_hash_update(table, op_array.vars[i], cv);
            ZVAL_UNDEF(cv);
        }
    }
}

HashTable* frame_symbol_table(zend_execute_data* execute_data)
{
    if (!EX(symbol_table)) {
        // A function's variables get a table of their own the first time something needs one (include,
        // variable variables, compact/extract); its entries point at the CVs, which keep their values.
        auto* table = static_cast<HashTable*>(emalloc(sizeof(HashTable)));
        zend_hash_init(table, EX(func)->op_array.last_var, nullptr, ZVAL_PTR_DTOR, false);
        EX(symbol_table) = table;
        ZEND_CALL_INFO(execute_data) |= ZEND_CALL_HAS_SYMBOL_TABLE;
        const zend_op_array& op_array = EX(func)->op_array;
        for (uint32_t i = 0; i < op_array.last_var; ++i) {
            zval indirect;
            ZVAL_INDIRECT(&indirect, EX_VAR_NUM(i));
            zend_hash_add_new(table, op_array.vars[i], &indirect);
        }
    }
    return EX(symbol_table);
}

void execute_frame(zend_execute_data* execute_data)
{
    ExecutorState* state = executor_state();
    state->current_execute_data = execute_data;
    const zend_op* opline = EX(func)->op_array.opcodes;

#if MINIPHP_VM_COMPUTED_GOTO
    static void* const labels[] = {
#define MINIPHP_VM_LABEL(name, note) &&handler_##name,
        MINIPHP_OPCODES(MINIPHP_VM_LABEL)
#undef MINIPHP_VM_LABEL
    };
#define VM_CASE(name) handler_##name:
#define VM_FALLTHROUGH ((void)0)
#define VM_DISPATCH() goto* labels[static_cast<uint8_t>(opline->opcode)]
    VM_DISPATCH();
#else
#define VM_CASE(name) case Opcode::name:
#define VM_FALLTHROUGH [[fallthrough]]
#define VM_DISPATCH() goto dispatch
dispatch:
    switch (opline->opcode) {
#endif

#define VM_NEXT_OPCODE() \
    do {                 \
        ++opline;        \
        VM_DISPATCH();   \
    } while (0)
#define VM_JUMP(target)   \
    do {                  \
        opline = (target); \
        VM_DISPATCH();    \
    } while (0)
#define SAVE_OPLINE() sync_location(execute_data, opline)
#define RESULT() EX_VAR(opline->result.var)
#define RESULT_USED() (opline->result_type != IS_UNUSED)
#define OP1_R() get_operand_read(execute_data, opline, opline->op1_type, opline->op1)
#define OP2_R() get_operand_read(execute_data, opline, opline->op2_type, opline->op2)
#define OP1_RAW() get_operand_raw(execute_data, opline, opline->op1_type, opline->op1)
#define OP2_RAW() get_operand_raw(execute_data, opline, opline->op2_type, opline->op2)
#define OP1_SILENT() get_operand_silent(execute_data, opline, opline->op1_type, opline->op1)
#define FREE_OP1() free_operand(execute_data, opline->op1_type, opline->op1)
#define FREE_OP2() free_operand(execute_data, opline->op2_type, opline->op2)
// A comparison fused with the JMPZ/JMPNZ after it (see ZEND_SMART_BRANCH_JMPZ in op_array.h).
#define VM_SMART_BRANCH(value)                                                                   \
    do {                                                                                         \
        if ((opline->extended_value == ZEND_SMART_BRANCH_JMPZ) != (value))                       \
            VM_JUMP(OP_JMP_ADDR(opline + 1, (opline + 1)->op2));                                 \
        opline += 2;                                                                             \
        VM_DISPATCH();                                                                           \
    } while (0)
// FIXME(exceptions): once throw_error returns, a handler that may throw checks for a pending
// exception here and unwinds to the nearest catch.
#define VM_CHECK_EXCEPTION() ((void)0)

#include "engine/vm/vm_handlers_arithmetic.inc"
#include "engine/vm/vm_handlers_variables.inc"
#include "engine/vm/vm_handlers_flow.inc"
#include "engine/vm/vm_handlers_calls.inc"
#include "engine/vm/vm_handlers_arrays.inc"

#if !MINIPHP_VM_COMPUTED_GOTO
    }
#endif
}

} // namespace miniphp::vm

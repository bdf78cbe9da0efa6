// A call frame (PHP's zend_execute_data) and the VM stack the frames live on.
//
// Frame layout, one contiguous run of zvals on the VM stack:
//
//     [ header: ZEND_CALL_FRAME_SLOT zvals ][ CV 0 .. CV last_var-1 ][ TMP 0 .. TMP T-1 ][ extra args ]
//       ^ execute_data                       ^ parameters first: argument n is CV n-1
//
// Arguments beyond the declared parameters are written after the parameters like the others and
// moved to the end of the frame when the call starts (func_get_args() and variadics read them there).
// The caller builds the callee's frame before the call (INIT_FCALL pushes it, SEND_* write the
// arguments straight into the slots that become the callee's first CVs), so a call copies nothing.
// Operands address slots by byte offset from `execute_data` (see op_array.h). An internal function's
// frame is the header and its arguments only.
//
// The VM stack is a chain of segments in request memory; a frame never straddles two segments. Pushing
// is a pointer bump; popping a frame that starts its segment frees the segment. User calls never recurse
// on the C stack (the executor loop switches `execute_data`), so PHP recursion depth is bounded by
// memory_limit only.
//
// Bailout: the stack holds only request memory, so a bailout anywhere loses nothing; request end
// releases the segments with the rest of the heap.
#pragma once

#include <cstdint>

#include "engine/compiler/op_array.h"
#include "engine/value/value.h"

struct zend_execute_data {
    const zend_op* opline;               // the caller's saved position (valid while it is calling out)
    zend_execute_data* call;             // the innermost call being built by INIT_FCALL/SEND_*
    zval* return_value;                  // where RETURN stores the result; null when it is unused
    zend_function* func;                 // the running function
    zval This;                           // u1.type_info: call-info flags; u2.num_args: arguments sent
    zend_execute_data* prev_execute_data; // the caller's frame (or, while building, the outer pending call)
    HashTable* symbol_table;             // the variables by name, when the frame has a table (vm.h)
    void** run_time_cache;               // the op_array's cache
};

// Header size in zval slots: CV 0 starts at ZEND_CALL_FRAME_SLOT * sizeof(zval).
inline constexpr uint32_t ZEND_CALL_FRAME_SLOT = (sizeof(zend_execute_data) + sizeof(zval) - 1) / sizeof(zval);

// Call-info flags (in This.u1.type_info).
#define ZEND_CALL_TOP (1u << 16)        // the frame execute() was entered with: RETURN leaves the loop
#define ZEND_CALL_CODE (1u << 17)       // a script's main code, not a function
#define ZEND_CALL_HAS_SYMBOL_TABLE (1u << 18) // symbol_table is set (see attach_symbol_table in vm.h)

#define EX(field) (execute_data->field)
#define ZEND_CALL_INFO(call) Z_TYPE_INFO((call)->This)
#define ZEND_CALL_NUM_ARGS(call) (call)->This.u2.num_args
#define ZEND_NUM_ARGS() ZEND_CALL_NUM_ARGS(execute_data)

// The slot at byte offset `offset` of a frame, and the frame's n-th CV / argument.
#define ZEND_CALL_VAR(call, offset) reinterpret_cast<zval*>(reinterpret_cast<char*>(call) + (offset))
#define ZEND_CALL_VAR_NUM(call, n) (reinterpret_cast<zval*>(call) + ZEND_CALL_FRAME_SLOT + (n))
#define ZEND_CALL_ARG(call, n) ZEND_CALL_VAR_NUM((call), (n) - 1)
#define EX_VAR(offset) ZEND_CALL_VAR(execute_data, offset)
#define EX_VAR_NUM(n) ZEND_CALL_VAR_NUM(execute_data, n)
#define ZEND_ARG(n) ZEND_CALL_ARG(execute_data, n)

// The byte offset of CV/TMP slot number n (what the compiler writes into operands).
constexpr uint32_t slot_offset(uint32_t n) { return (ZEND_CALL_FRAME_SLOT + n) * sizeof(zval); }
// And back: the slot number of an offset (for the opcode dump).
constexpr uint32_t slot_number(uint32_t offset) { return offset / sizeof(zval) - ZEND_CALL_FRAME_SLOT; }

// A user frame's first argument beyond its declared parameters (they sit after the CVs and
// temporaries once the call has started).
inline zval* extra_args(zend_execute_data* call)
{
    const zend_op_array& op_array = call->func->op_array;
    return ZEND_CALL_VAR_NUM(call, op_array.last_var + op_array.T);
}

namespace miniphp::vm {

// One segment of the VM stack. Frames are carved from [top, end).
struct StackSegment {
    zval* top;
    zval* end;
    StackSegment* prev;
};

struct VmStack {
    StackSegment* segment; // the current segment, or null before the first push
};

// The default segment size in zvals (256 KiB); a bigger frame gets a segment of its own size.
inline constexpr uint32_t kStackSegmentSlots = 16 * 1024;

zval* vm_stack_extend(VmStack* stack, uint32_t slots);

// Pushes a frame of `slots` zvals, all of them left uninitialised.
inline zend_execute_data* vm_stack_push(VmStack* stack, uint32_t slots)
{
    StackSegment* segment = stack->segment;
    if (segment && static_cast<uint32_t>(segment->end - segment->top) >= slots) [[likely]] {
        zval* frame = segment->top;
        segment->top += slots;
        return reinterpret_cast<zend_execute_data*>(frame);
    }
    return reinterpret_cast<zend_execute_data*>(vm_stack_extend(stack, slots));
}

void vm_stack_free_segment(VmStack* stack);

// Pops the frame `call` (the newest one): everything from it up is released.
inline void vm_stack_pop(VmStack* stack, zend_execute_data* call)
{
    StackSegment* segment = stack->segment;
    zval* frame = reinterpret_cast<zval*>(call);
    segment->top = frame;
    if (frame == reinterpret_cast<zval*>(segment + 1) && segment->prev) [[unlikely]]
        vm_stack_free_segment(stack);
}

} // namespace miniphp::vm

// The VM stack's slow paths (see execute_data.h): a new segment when the current one is full, and
// releasing a segment when its first frame is popped.
#include "engine/vm/execute_data.h"

#include "engine/memory/heap.h"

namespace miniphp::vm {

zval* vm_stack_extend(VmStack* stack, uint32_t slots)
{
    uint32_t capacity = slots > kStackSegmentSlots ? slots : kStackSegmentSlots;
    auto* segment = static_cast<StackSegment*>(emalloc(sizeof(StackSegment) + sizeof(zval) * capacity));
    zval* first = reinterpret_cast<zval*>(segment + 1);
    segment->top = first + slots;
    segment->end = first + capacity;
    segment->prev = stack->segment;
    stack->segment = segment;
    return first;
}

void vm_stack_free_segment(VmStack* stack)
{
    StackSegment* segment = stack->segment;
    stack->segment = segment->prev;
    efree(segment);
}

} // namespace miniphp::vm

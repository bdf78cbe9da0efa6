// Opcode names and the release of compiled code (see op_array.h and compiler.h).
#include "engine/compiler/compiler.h"

#include "engine/memory/heap.h"

namespace miniphp {

const char* opcode_name(Opcode opcode)
{
    static constexpr const char* names[] = {
#define MINIPHP_OPCODE_NAME(name, note) #name,
        MINIPHP_OPCODES(MINIPHP_OPCODE_NAME)
#undef MINIPHP_OPCODE_NAME
    };
    auto index = static_cast<uint32_t>(opcode);
    return index < kOpcodeCount ? names[index] : "?";
}

void destroy_op_array(zend_op_array* op_array)
{
    for (uint32_t i = 0; i < op_array->num_dynamic_func_defs; ++i)
        destroy_op_array(op_array->dynamic_func_defs[i]);
    if (op_array->dynamic_func_defs)
        efree(op_array->dynamic_func_defs);
    if (op_array->static_variables) {
        if (GC_DELREF(op_array->static_variables) == 0)
            zend_array_destroy(op_array->static_variables);
    }
    // Literals are interned strings, numbers and immutable arrays: nothing to release one by one.
    efree(op_array->opcodes); // the block that also holds the literals
    efree(op_array->vars);
    if (op_array->arg_info)
        efree(op_array->arg_info);
    if (op_array->run_time_cache)
        efree(op_array->run_time_cache);
    efree(op_array);
}

} // namespace miniphp

// Compiling statements: control flow, loops with break/continue, echo, return, and the script entry
// point `compile_script`.
//
// Loops and switches push a LoopContext. `break N`/`continue N` emit a JMP whose target is patched
// when loop N ends (PendingJump). A loop that holds a temporary of its own (the foreach iterator, a
// switch subject computed into a TMP) frees it at its break label; so `break N` and `continue N` first
// FREE the temporaries of the N-1 inner loops they leave, then jump (a `break` lands on loop N's own
// free, a `continue` does not leave loop N). `return` inside loops frees all of them.
#include "engine/compiler/compiler_internal.h"

#include <cstring>
#include <strings.h>

#include "engine/error/error.h"

namespace miniphp::compiler {

namespace {

void compile_expression_statement(Compiler& compiler, const Node* node);

uint32_t emit_jump(Compiler& compiler, uint32_t line)
{
    uint32_t at = next_opline(compiler);
    emit(compiler, Opcode::JMP, line);
    return at;
}

void begin_loop(Compiler& compiler, bool is_switch, Operand loop_var)
{
    FunctionState& function = *compiler.function;
    LoopContext loop {};
    loop.is_switch = is_switch;
    loop.var_type = loop_var.type;
    loop.var = loop_var.value;
    loop.continue_target = UINT32_MAX;
    loop.first_pending = function.pending.size;
    loop.serial = function.next_loop_serial++;
    function.loops.push(loop);
}

void end_loop(Compiler& compiler, uint32_t continue_target, uint32_t break_target)
{
    FunctionState& function = *compiler.function;
    LoopContext& loop = function.loops.back();
    const uint32_t loop_index = function.loops.size - 1;
    // Jumps aimed at this loop are resolved; those aimed further out (break 2) stay pending.
    uint32_t kept = loop.first_pending;
    for (uint32_t i = loop.first_pending; i < function.pending.size; ++i) {
        PendingJump jump = function.pending[i];
        if (jump.loop_index != loop_index) {
            function.pending[kept++] = jump;
            continue;
        }
        bool to_continue = jump.is_continue && !loop.is_switch;
        patch_jump(compiler, jump.opline, to_continue ? continue_target : break_target);
    }
    function.pending.size = kept;
    --function.loops.size;
}

void free_loop_var(Compiler& compiler, const LoopContext& loop, uint32_t line)
{
    if (loop.var_type == IS_UNUSED)
        return;
    Operand var { loop.var_type, loop.var };
    emit(compiler, loop.is_switch ? Opcode::FREE : Opcode::FE_FREE, line, var);
}

GotoPoint make_goto_point(Compiler& compiler, const Node* name, uint32_t line, bool keep_loops)
{
    FunctionState& function = *compiler.function;
    GotoPoint point {};
    point.label = intern(name->text.data, name->text.length);
    point.opline = next_opline(compiler);
    point.line = line;
    point.loop_count = function.loops.size;
    if (point.loop_count) {
        point.loops = static_cast<uint32_t*>(emalloc(sizeof(uint32_t) * point.loop_count));
        for (uint32_t i = 0; i < point.loop_count; ++i)
            point.loops[i] = function.loops[i].serial;
        if (keep_loops) {
            point.loop_contexts = static_cast<LoopContext*>(emalloc(sizeof(LoopContext) * point.loop_count));
            std::memcpy(point.loop_contexts, &function.loops[0], sizeof(LoopContext) * point.loop_count);
        }
    }
    return point;
}

void compile_label(Compiler& compiler, const Node* node)
{
    FunctionState& function = *compiler.function;
    const Node* name = node->child(0);
    for (uint32_t i = 0; i < function.labels.size; ++i) {
        if (zend_string_equals_cstr(function.labels[i].label, name->text.data, name->text.length))
            compile_error(compiler, node->line, messages::kLabelAlreadyDefined, name->text.data);
    }
    function.labels.push(make_goto_point(compiler, name, node->line, false));
}

void compile_goto(Compiler& compiler, const Node* node)
{
    compiler.function->gotos.push(make_goto_point(compiler, node->child(0), node->line, true));
    emit(compiler, Opcode::JMP, node->line);
}

void compile_break_continue(Compiler& compiler, const Node* node)
{
    bool is_continue = node->kind == NodeKind::Continue;
    const char* keyword = is_continue ? "continue" : "break";
    zend_long depth = 1;
    if (const Node* depth_node = node->child(0)) {
        if (depth_node->kind != NodeKind::Integer)
            compile_error(compiler, node->line, messages::kBreakIntegerOperand, keyword);
        depth = depth_node->integer;
        if (depth < 1)
            compile_error(compiler, node->line, messages::kBreakPositive, keyword);
    }
    FunctionState& function = *compiler.function;
    if (function.loops.size == 0)
        compile_error(compiler, node->line, messages::kNotInLoop, keyword);
    if (static_cast<zend_ulong>(depth) > function.loops.size)
        compile_error(compiler, node->line, messages::kBreakLevels, keyword, static_cast<int>(depth), depth == 1 ? "" : "s");
    uint32_t target_index = function.loops.size - static_cast<uint32_t>(depth);
    if (is_continue && function.loops[target_index].is_switch) {
        // PHP warns at compile time, suggesting one level more when there is an enclosing construct.
        int d = static_cast<int>(depth);
        bool enclosed = target_index > 0;
        current_context()->current_line = node->line;
        if (d == 1 && !enclosed)
            zend_error(E_WARNING, messages::kContinueTargetingSwitch);
        else if (d == 1)
            zend_error(E_WARNING, messages::kContinueTargetingSwitchInLoop, d + 1);
        else if (!enclosed)
            zend_error(E_WARNING, messages::kContinueNTargetingSwitch, d, d);
        else
            zend_error(E_WARNING, messages::kContinueNTargetingSwitchInLoop, d, d, d + 1);
    }
    for (uint32_t i = function.loops.size; i-- > target_index + 1;)
        free_loop_var(compiler, function.loops[i], node->line);
    PendingJump jump { emit_jump(compiler, node->line), target_index, is_continue };
    function.pending.push(jump);
}

void compile_if(Compiler& compiler, const Node* node)
{
    RequestArray<uint32_t> end_jumps {};
    for (uint32_t i = 0; i < node->count; ++i) {
        const Node* element = node->child(i);
        const Node* condition = element->child(0);
        if (!condition) {
            compile_statement(compiler, element->child(1));
            break;
        }
        Operand value = compile_expression(compiler, condition);
        uint32_t skip = emit_conditional_jump(compiler, Opcode::JMPZ, value, element->line);
        compile_statement(compiler, element->child(1));
        if (i + 1 < node->count)
            end_jumps.push(emit_jump(compiler, element->line));
        patch_jump(compiler, skip, next_opline(compiler));
    }
    for (uint32_t i = 0; i < end_jumps.size; ++i)
        patch_jump(compiler, end_jumps[i], next_opline(compiler));
    if (end_jumps.data)
        efree(end_jumps.data);
}

void compile_while(Compiler& compiler, const Node* node)
{
    uint32_t to_condition = emit_jump(compiler, node->line);
    uint32_t body = next_opline(compiler);
    begin_loop(compiler, false, unused_operand());
    compile_statement(compiler, node->child(1));
    uint32_t condition_at = next_opline(compiler);
    patch_jump(compiler, to_condition, condition_at);
    Operand condition = compile_expression(compiler, node->child(0));
    patch_jump(compiler, emit_conditional_jump(compiler, Opcode::JMPNZ, condition, node->line), body);
    end_loop(compiler, condition_at, next_opline(compiler));
}

void compile_do_while(Compiler& compiler, const Node* node)
{
    uint32_t body = next_opline(compiler);
    begin_loop(compiler, false, unused_operand());
    compile_statement(compiler, node->child(0));
    uint32_t condition_at = next_opline(compiler);
    Operand condition = compile_expression(compiler, node->child(1));
    patch_jump(compiler, emit_conditional_jump(compiler, Opcode::JMPNZ, condition, node->line), body);
    end_loop(compiler, condition_at, next_opline(compiler));
}

// Compiles the expressions of a for-loop part, freeing every value but (with keep_last) the last.
Operand compile_expression_list(Compiler& compiler, const Node* list, bool keep_last)
{
    Operand last = unused_operand();
    if (!list)
        return last;
    for (uint32_t i = 0; i < list->count; ++i) {
        if (!keep_last || i + 1 < list->count)
            compile_expression_statement(compiler, list->child(i));
        else
            last = compile_expression(compiler, list->child(i));
    }
    return last;
}

void compile_for(Compiler& compiler, const Node* node)
{
    compile_expression_list(compiler, node->child(0), false);
    uint32_t to_condition = emit_jump(compiler, node->line);
    uint32_t body = next_opline(compiler);
    begin_loop(compiler, false, unused_operand());
    compile_statement(compiler, node->child(3));
    uint32_t step = next_opline(compiler);
    compile_expression_list(compiler, node->child(2), false);
    patch_jump(compiler, to_condition, next_opline(compiler));
    Operand condition = compile_expression_list(compiler, node->child(1), true);
    if (condition.type == IS_UNUSED)
        patch_jump(compiler, emit_jump(compiler, node->line), body);
    else
        patch_jump(compiler, emit_conditional_jump(compiler, Opcode::JMPNZ, condition, node->line), body);
    end_loop(compiler, step, next_opline(compiler));
}

void compile_foreach(Compiler& compiler, const Node* node)
{
    const Node* value_target = node->child(1);
    const Node* key_target = node->child(2);
    const bool by_reference = value_target->kind == NodeKind::Reference;
    if (by_reference)
        value_target = value_target->child(0);
    const bool destructure = value_target->kind == NodeKind::Array;
    if (!destructure && !is_writable_variable(value_target))
        not_supported(compiler, value_target, "this foreach value target");
    if (by_reference && !is_writable_variable(value_target))
        not_supported(compiler, value_target, "this foreach by-reference target");
    if (key_target && key_target->kind == NodeKind::Reference)
        compile_error(compiler, key_target->line, messages::kKeyReference);
    if (key_target && !is_writable_variable(key_target))
        not_supported(compiler, key_target, "this foreach key target");

    // By reference, the subject is a variable to make a reference to (a temporary value is iterated as
    // a reference of its own).
    const Node* subject_node = node->child(0);
    Operand subject;
    if (!by_reference)
        subject = compile_expression(compiler, subject_node);
    else if (is_writable_variable(subject_node))
        subject = compile_write_slot(compiler, subject_node);
    else {
        subject = compile_expression(compiler, subject_node);
        if (subject.type != IS_TMP_VAR)
            subject = emit_tmp(compiler, Opcode::QM_ASSIGN, node->line, subject);
    }
    Operand iterator = new_tmp(compiler);
    uint32_t reset = next_opline(compiler);
    set_result(emit(compiler, by_reference ? Opcode::FE_RESET_RW : Opcode::FE_RESET_R, node->line, subject), iterator);
    begin_loop(compiler, false, iterator);
    uint32_t fetch = next_opline(compiler);
    // A CV target is written by the fetch itself; any other gets the value (or reference) through a
    // temporary and an assignment after it.
    const bool direct_value = is_cv_variable(value_target);
    const bool direct_key = !key_target || is_cv_variable(key_target);
    Operand value = direct_value ? compile_cv(compiler, value_target)
                                 : Operand { uint8_t(by_reference ? IS_VAR : IS_TMP_VAR), compiler.function->temporaries++ };
    Operand key = !key_target ? unused_operand() : direct_key ? compile_cv(compiler, key_target) : new_tmp(compiler);
    zend_op& op = emit(compiler, by_reference ? Opcode::FE_FETCH_RW : Opcode::FE_FETCH_R, node->line, iterator, value);
    if (key_target)
        set_result(op, key);
    if (destructure) {
        compile_list_assign(compiler, value_target, value);
        free_result(compiler, value, node->line);
    } else if (!direct_value) {
        Operand slot = compile_write_slot(compiler, value_target);
        emit(compiler, by_reference ? Opcode::ASSIGN_REF : Opcode::ASSIGN, node->line, slot, value);
    }
    if (!direct_key) {
        Operand slot = compile_write_slot(compiler, key_target);
        emit(compiler, Opcode::ASSIGN, node->line, slot, key);
    }
    compile_statement(compiler, node->child(3));
    patch_jump(compiler, emit_jump(compiler, node->line), fetch);
    uint32_t done = next_opline(compiler);
    patch_jump(compiler, reset, done);
    patch_jump(compiler, fetch, done);
    end_loop(compiler, fetch, done);
    emit(compiler, Opcode::FE_FREE, node->line, iterator);
}

void compile_switch(Compiler& compiler, const Node* node)
{
    Operand subject = compile_expression(compiler, node->child(0));
    const Node* cases = node->child(1);
    auto* case_jumps = static_cast<uint32_t*>(emalloc(sizeof(uint32_t) * (cases->count + 1)));
    int default_case = -1;
    for (uint32_t i = 0; i < cases->count; ++i) {
        const Node* item = cases->child(i);
        if (!item->child(0)) {
            if (default_case >= 0)
                compile_error(compiler, item->line, messages::kSwitchMultipleDefault);
            default_case = static_cast<int>(i);
            continue;
        }
        Operand value = compile_expression(compiler, item->child(0));
        Operand test = emit_tmp(compiler, Opcode::CASE, item->line, subject, value);
        case_jumps[i] = emit_conditional_jump(compiler, Opcode::JMPNZ, test, item->line);
    }
    uint32_t to_default = emit_jump(compiler, node->line);
    bool owns_subject = (subject.type & (IS_TMP_VAR | IS_VAR)) != 0;
    begin_loop(compiler, true, owns_subject ? subject : unused_operand());
    for (uint32_t i = 0; i < cases->count; ++i) {
        const Node* item = cases->child(i);
        uint32_t body = next_opline(compiler);
        if (static_cast<int>(i) == default_case)
            patch_jump(compiler, to_default, body);
        else
            patch_jump(compiler, case_jumps[i], body);
        compile_statement_list(compiler, item->child(1));
    }
    uint32_t done = next_opline(compiler);
    if (default_case < 0)
        patch_jump(compiler, to_default, done);
    end_loop(compiler, done, done);
    if (owns_subject)
        emit(compiler, Opcode::FREE, node->line, subject);
    efree(case_jumps);
}

void compile_return(Compiler& compiler, const Node* node)
{
    const zend_op_array* op_array = compiler.function->op_array;
    const bool typed = (op_array->fn_flags & ZEND_ACC_HAS_RETURN_TYPE) != 0;
    if (typed) {
        uint32_t mask = op_array->return_type.type_mask;
        if (mask == MAY_BE_VOID && node->child(0))
            compile_error(compiler, node->line, messages::kVoidReturnsValue);
        if (mask == MAY_BE_NEVER)
            compile_error(compiler, node->line, messages::kNeverReturns);
        if (mask != MAY_BE_VOID && !node->child(0))
            compile_error(compiler, node->line, messages::kMustReturnValue);
    }
    const bool by_reference = (op_array->fn_flags & ZEND_ACC_RETURN_REFERENCE) != 0;
    const Node* expression = node->child(0);
    Operand value;
    if (by_reference && expression && is_writable_variable(expression)) {
        value = is_cv_variable(expression) ? compile_cv(compiler, expression) : compile_reference(compiler, expression);
    } else if (by_reference && expression && expression->kind == NodeKind::Call) {
        value = compile_call(compiler, expression);
        // A returned reference passes on; a call compiled away (strlen) is a value, with the notice.
        FunctionState& function = *compiler.function;
        if (function.ops.size && function.ops.back().opcode == Opcode::DO_FCALL
            && function.ops.back().result.num == value.value)
            function.ops.back().extended_value = 1;
    } else {
        value = expression ? compile_expression(compiler, expression) : literal_null(compiler);
    }
    if (typed && op_array->return_type.type_mask != MAY_BE_VOID)
        value = emit_tmp(compiler, Opcode::VERIFY_RETURN_TYPE, node->line, value);
    FunctionState& function = *compiler.function;
    for (uint32_t i = function.loops.size; i-- > 0;)
        free_loop_var(compiler, function.loops[i], node->line);
    emit(compiler, by_reference ? Opcode::RETURN_BY_REF : Opcode::RETURN, node->line, value);
}

// The value of `strict_types` in a Declare node, or -1 when it does not set it.
int strict_types_value(const Node* declare)
{
    const Node* items = declare->child(0);
    for (uint32_t i = 0; items && i < items->count; ++i) {
        const Node* item = items->child(i);
        std::string_view name = item->child(0)->string();
        if (name.size() == 12 && strncasecmp(name.data(), "strict_types", 12) == 0) {
            const Node* value = item->child(1);
            return value->kind == NodeKind::Integer && value->integer == 1 ? 1 : 0;
        }
    }
    return -1;
}

// The container of an element to unset: a CV, or the slot of an outer element fetched without creating
// anything (FETCH_DIM_UNSET), so unset($a['x']['y']) leaves a missing $a['x'] missing.
Operand compile_unset_container(Compiler& compiler, const Node* base)
{
    if (is_cv_variable(base))
        return compile_cv(compiler, base);
    if (base->kind != NodeKind::Dimension || !base->child(1) || is_globals_element(base))
        return compile_write_slot(compiler, base);
    Operand container = compile_unset_container(compiler, base->child(0));
    Operand dim = compile_expression(compiler, base->child(1));
    Operand slot { IS_VAR, compiler.function->temporaries++ };
    set_result(emit(compiler, Opcode::FETCH_DIM_UNSET, base->line, container, dim), slot);
    return slot;
}

void compile_unset(Compiler& compiler, const Node* node)
{
    const Node* target = node->child(0);
    if (is_cv_variable(target)) {
        emit(compiler, Opcode::UNSET_CV, node->line, compile_cv(compiler, target));
        return;
    }
    if (is_dynamic_variable(target)) {
        emit(compiler, Opcode::UNSET_VAR, node->line, compile_expression(compiler, target->child(0)));
        return;
    }
    if (is_globals_element(target)) {
        emit(compiler, Opcode::UNSET_VAR, node->line, compile_expression(compiler, target->child(1))).extended_value =
            kFetchGlobal;
        return;
    }
    if (target->kind == NodeKind::Dimension && target->child(1) && is_writable_variable(target)) {
        Operand container = compile_unset_container(compiler, target->child(0));
        Operand dim = compile_expression(compiler, target->child(1));
        emit(compiler, Opcode::UNSET_DIM, node->line, container, dim);
        return;
    }
    not_supported(compiler, target, "this unset() target");
}

// An expression statement: its value is dropped. Assignments, increments and calls simply lose their
// result operand instead of computing it and freeing it.
void compile_expression_statement(Compiler& compiler, const Node* node)
{
    Operand value = compile_expression(compiler, node);
    FunctionState& function = *compiler.function;
    if (value.type == IS_TMP_VAR && function.ops.size > 0) {
        switch (node->kind) {
        case NodeKind::Assign:
        case NodeKind::AssignOperation:
        case NodeKind::AssignReference:
        case NodeKind::PreIncrement:
        case NodeKind::PreDecrement:
        case NodeKind::PostIncrement:
        case NodeKind::PostDecrement:
        case NodeKind::Call: {
            // The producing opline is the last one, or the one before an OP_DATA. (A call's is its
            // DO_FCALL: the callee then drops its return value itself.)
            uint32_t at = function.ops.size - 1;
            if (function.ops[at].opcode == Opcode::OP_DATA && at > 0)
                --at;
            zend_op& op = function.ops[at];
            bool droppable = node->kind != NodeKind::Call || op.opcode == Opcode::DO_FCALL;
            if (droppable && op.result_type == IS_TMP_VAR && op.result.num == value.value) {
                op.result_type = IS_UNUSED;
                // Without a result, $i++ is ++$i (as PHP compiles it).
                if (op.opcode == Opcode::POST_INC)
                    op.opcode = Opcode::PRE_INC;
                else if (op.opcode == Opcode::POST_DEC)
                    op.opcode = Opcode::PRE_DEC;
                else if (op.opcode == Opcode::POST_INC_VAR)
                    op.opcode = Opcode::PRE_INC_VAR;
                else if (op.opcode == Opcode::POST_DEC_VAR)
                    op.opcode = Opcode::PRE_DEC_VAR;
                // The temporary was the last one taken: give it back, the frame stays small.
                if (value.value + 1 == function.temporaries)
                    --function.temporaries;
                return;
            }
            break;
        }
        default:
            break;
        }
    }
    free_result(compiler, value, node->line);
}

} // namespace

void resolve_gotos(Compiler& compiler)
{
    FunctionState& function = *compiler.function;
    for (uint32_t g = 0; g < function.gotos.size; ++g) {
        const GotoPoint& jump = function.gotos[g];
        const GotoPoint* label = nullptr;
        for (uint32_t i = 0; i < function.labels.size && !label; ++i) {
            if (function.labels[i].label == jump.label)
                label = &function.labels[i];
        }
        if (!label)
            compile_error(compiler, jump.line, messages::kGotoUndefinedLabel, ZSTR_VAL(jump.label));
        // The label's loops must all enclose the goto too: no jumping into a loop.
        bool inside = label->loop_count <= jump.loop_count;
        for (uint32_t i = 0; inside && i < label->loop_count; ++i)
            inside = label->loops[i] == jump.loops[i];
        if (!inside)
            compile_error(compiler, jump.line, messages::kGotoIntoLoop);
        if (jump.loop_count == label->loop_count) {
            patch_jump(compiler, jump.opline, label->opline);
            continue;
        }
        // Leaving loops: free their iterators and subjects on the way, innermost first.
        patch_jump(compiler, jump.opline, next_opline(compiler));
        for (uint32_t i = jump.loop_count; i-- > label->loop_count;)
            free_loop_var(compiler, jump.loop_contexts[i], jump.line);
        patch_jump(compiler, emit_jump(compiler, jump.line), label->opline);
    }
}

bool declares_strict_types(const Node* root)
{
    for (uint32_t i = 0; root && i < root->count; ++i) {
        const Node* statement = root->child(i);
        if (!statement)
            continue;
        if (statement->kind != NodeKind::Declare)
            return false;
        if (strict_types_value(statement) >= 0)
            return strict_types_value(statement) == 1;
    }
    return false;
}

void compile_declare(Compiler& compiler, const Node* node)
{
    if (strict_types_value(node) >= 0) {
        // Only as the very first statement (declares_strict_types read it from there).
        const FunctionState& function = *compiler.function;
        bool first = function.outer == nullptr && function.ops.size == 0;
        if (!first)
            compile_error(compiler, node->line, messages::kStrictTypesFirst);
    }
    compile_statement(compiler, node->child(1));
}


void compile_statement_list(Compiler& compiler, const Node* list)
{
    if (!list)
        return;
    for (uint32_t i = 0; i < list->count; ++i) {
        const Node* statement = list->child(i);
        if (statement && statement->kind == NodeKind::HaltCompiler)
            return;
        compile_statement(compiler, statement);
    }
}

void compile_statement(Compiler& compiler, const Node* node)
{
    if (!node)
        return;
    switch (node->kind) {
    case NodeKind::StatementList:
        compile_statement_list(compiler, node);
        return;
    case NodeKind::Echo: {
        Operand value = compile_expression(compiler, node->child(0));
        emit(compiler, Opcode::ECHO, node->line, value);
        return;
    }
    case NodeKind::IfList:
        ++compiler.conditional_depth;
        compile_if(compiler, node);
        --compiler.conditional_depth;
        return;
    case NodeKind::While:
        ++compiler.conditional_depth;
        compile_while(compiler, node);
        --compiler.conditional_depth;
        return;
    case NodeKind::DoWhile:
        ++compiler.conditional_depth;
        compile_do_while(compiler, node);
        --compiler.conditional_depth;
        return;
    case NodeKind::For:
        ++compiler.conditional_depth;
        compile_for(compiler, node);
        --compiler.conditional_depth;
        return;
    case NodeKind::Foreach:
        ++compiler.conditional_depth;
        compile_foreach(compiler, node);
        --compiler.conditional_depth;
        return;
    case NodeKind::Switch:
        ++compiler.conditional_depth;
        compile_switch(compiler, node);
        --compiler.conditional_depth;
        return;
    case NodeKind::Break:
    case NodeKind::Continue:
        compile_break_continue(compiler, node);
        return;
    case NodeKind::Return:
        compile_return(compiler, node);
        return;
    case NodeKind::Global:
        compile_global(compiler, node);
        return;
    case NodeKind::Static:
        compile_static(compiler, node);
        return;
    case NodeKind::Unset:
        compile_unset(compiler, node);
        return;
    case NodeKind::FunctionDeclaration:
        compile_function_declaration(compiler, node);
        return;
    case NodeKind::Label:
        compile_label(compiler, node);
        return;
    case NodeKind::Goto:
        compile_goto(compiler, node);
        return;
    case NodeKind::Declare:
        // strict_types is read before compiling (compile_script); ticks and encoding are accepted and
        // have no effect (FIXME(declare): ticks).
        compile_declare(compiler, node);
        return;
    case NodeKind::Namespace:
    case NodeKind::ClassDeclaration:
    case NodeKind::Try:
    case NodeKind::UseList:
    case NodeKind::GroupUse:
        not_supported(compiler, node, node_kind_name(node->kind));
    case NodeKind::ConstDeclaration:
        for (uint32_t i = 0; i < node->count; ++i) {
            const Node* element = node->child(i);
            const Node* name = element->child(0);
            Operand value = compile_expression(compiler, element->child(1));
            emit(compiler, Opcode::DECLARE_CONST, element->line, literal_string(compiler, name->text.data, name->text.length),
                 value);
        }
        return;
    default:
        compile_expression_statement(compiler, node);
        return;
    }
}

} // namespace miniphp::compiler

namespace miniphp {

zend_op_array* compile_script(const Node* root, const char* file_name, bool eval_code)
{
    using namespace compiler;
    Compiler compiler {};
    compiler.filename = intern(file_name, std::strlen(file_name));
    compiler.strict_types = declares_strict_types(root);
    compiler.halt_offset = -1;
    for (uint32_t i = 0; root && i < root->count; ++i) {
        const Node* statement = root->child(i);
        if (statement && statement->kind == NodeKind::HaltCompiler)
            compiler.halt_offset = statement->child(0)->integer;
    }
    auto* op_array = static_cast<zend_op_array*>(ecalloc(1, sizeof(zend_op_array)));
    op_array->type = ZEND_USER_FUNCTION;
    op_array->fn_flags = ZEND_ACC_TOP_LEVEL;
    op_array->filename = compiler.filename;
    op_array->line_start = 1;
    FunctionState state;
    begin_function(compiler, state, op_array);
    compile_statement_list(compiler, root);
    uint32_t last_line = state.ops.size ? state.ops.back().lineno : 1;
    // A script returns 1 to its includer, as PHP's main code does; eval()'d code returns null.
    emit(compiler, Opcode::RETURN, last_line, eval_code ? literal_null(compiler) : literal_long(compiler, 1));
    return finish_op_array(compiler, state, last_line);
}

} // namespace miniphp

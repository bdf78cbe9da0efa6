// Compiling expressions: each returns the operand that holds its value (a CONST, a CV, or a fresh
// temporary the caller must consume or FREE).
//
// Evaluation order is PHP's: left to right, operands before the operator. Short-circuit operators,
// ternaries, `??` and match write their result into one temporary from every branch, so a branch
// ends with its value in the same slot.
#include "engine/compiler/compiler_internal.h"

#include <cmath>
#include <cstring>
#include <unistd.h>

#include "engine/error/error.h"
#include "engine/vm/constants.h"
#include "lexer/token.h"

namespace miniphp::compiler {

namespace {

// The AST's BinaryOperator numbering follows the opcode list (opcodes.h): OpAdd is 1, ADD is 0.
Opcode binary_opcode(uint32_t op) { return static_cast<Opcode>(op - 1); }

bool is_name(const Node* node, const char* lower)
{
    std::string_view text = node->string();
    if (!text.empty() && text[0] == '\\')
        text.remove_prefix(1);
    size_t n = std::strlen(lower);
    if (text.size() != n)
        return false;
    for (size_t i = 0; i < n; ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

Operand compile_constant(Compiler& compiler, const Node* node)
{
    const Node* name = node->child(0);
    if (is_name(name, "true"))
        return literal_bool(compiler, true);
    if (is_name(name, "false"))
        return literal_bool(compiler, false);
    if (is_name(name, "null"))
        return literal_null(compiler);
    std::string_view text = name->string();
    if (!text.empty() && text[0] == '\\')
        text.remove_prefix(1);
    // The data offset of this file's __halt_compiler(), known once the whole file is parsed.
    if (text == "__COMPILER_HALT_OFFSET__" && compiler.halt_offset >= 0)
        return literal_long(compiler, compiler.halt_offset);
    // The engine's constants cannot change once it has started: folded into a literal, as PHP folds
    // persistent constants. Values of engine constants are scalars or interned strings.
    if (const zend_constant* constant = vm::find_constant(text.data(), text.size());
        constant && (constant->flags & CONST_PERSISTENT)) {
        compiler.function->literals.push(constant->value);
        return { IS_CONST, compiler.function->literals.size - 1 };
    }
    Operand name_literal = literal_string(compiler, text.data(), text.size());
    Operand result = new_tmp(compiler);
    zend_op& fetch = emit(compiler, Opcode::FETCH_CONSTANT, node->line, unused_operand(), name_literal);
    set_result(fetch, result);
    fetch.extended_value = compiler.function->op_array->cache_size++;
    return result;
}

Operand compile_magic_constant(Compiler& compiler, const Node* node)
{
    // The flags hold the token kind.
    switch (static_cast<int>(node->flags)) {
    case T_LINE:
        return literal_long(compiler, node->line);
    case T_FILE:
        return literal_interned(compiler, compiler.filename);
    case T_DIR: {
        // dirname(__FILE__); PHP says the working directory for code with no directory ("-r" code).
        const char* file = ZSTR_VAL(compiler.filename);
        const char* slash = std::strrchr(file, '/');
        if (slash)
            return literal_string(compiler, file, slash == file ? 1 : static_cast<size_t>(slash - file));
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd))
            cwd[0] = '\0';
        return literal_string(compiler, cwd, std::strlen(cwd));
    }
    case T_FUNC_C:
    case T_METHOD_C: {
        zend_string* name = compiler.function->op_array->function_name;
        return name ? literal_interned(compiler, name) : literal_string(compiler, "", 0);
    }
    case T_CLASS_C:
    case T_TRAIT_C:
    case T_NS_C:
        // FIXME(classes, namespaces): the enclosing class and namespace names.
        return literal_string(compiler, "", 0);
    default:
        not_supported(compiler, node, "this magic constant");
    }
}

Operand compile_encaps(Compiler& compiler, const Node* node)
{
    Operand result = unused_operand();
    for (uint32_t i = 0; i < node->count; ++i) {
        const Node* part_node = node->child(i);
        if (part_node->flags & (EncapsDollarCurly | EncapsDollarCurlyExpression)) {
            current_context()->current_line = node->line;
            if ((part_node->flags & EncapsDollarCurly)
                && (part_node->kind == NodeKind::Variable || part_node->kind == NodeKind::Dimension))
                zend_error(E_DEPRECATED, messages::kDollarCurlyVar);
            else if (part_node->kind == NodeKind::Variable)
                zend_error(E_DEPRECATED, messages::kDollarCurlyExpression);
        }
        Operand part = compile_expression(compiler, part_node);
        if (result.type == IS_UNUSED) {
            result = part;
            continue;
        }
        result = emit_tmp(compiler, Opcode::CONCAT, node->line, result, part);
    }
    if (node->count == 1 || result.type != IS_TMP_VAR) {
        // "$x" alone is a string conversion.
        Operand converted = new_tmp(compiler);
        zend_op& cast = emit(compiler, Opcode::CAST, node->line, result);
        cast.extended_value = IS_STRING;
        set_result(cast, converted);
        result = converted;
    }
    return result;
}

// Deeper dimension chains in an assignment are fetched before the value is computed.
constexpr uint32_t kMaxDelayedDimensions = 16;

Operand compile_assign(Compiler& compiler, const Node* node)
{
    const Node* target = node->child(0);
    if (is_cv_variable(target)) {
        Operand variable = compile_cv(compiler, target);
        Operand value = compile_expression(compiler, node->child(1));
        Operand result = new_tmp(compiler);
        set_result(emit(compiler, Opcode::ASSIGN, node->line, variable, value), result);
        return result;
    }
    if (is_dynamic_variable(target) || is_globals_element(target)) {
        // The name, then the value, then the fetch: the value may add variables (as PHP delays it).
        Operand name = compile_expression(compiler, target->child(is_globals_element(target) ? 1 : 0));
        Operand value = compile_expression(compiler, node->child(1));
        Operand variable = compile_variable_fetch(compiler, target, Opcode::FETCH_W, name);
        Operand result = new_tmp(compiler);
        set_result(emit(compiler, Opcode::ASSIGN, node->line, variable, value), result);
        return result;
    }
    if (target->kind == NodeKind::Dimension) {
        // As PHP delays them: the keys are computed first, then the value, and only then are the
        // containers fetched for writing, so a value that replaces the array (a function assigning the
        // global) cannot leave a fetched element behind. Chains rooted in a CV; others fetch first.
        const Node* levels[kMaxDelayedDimensions];
        uint32_t depth = 0;
        const Node* base = target;
        while (base->kind == NodeKind::Dimension && depth < kMaxDelayedDimensions) {
            levels[depth++] = base;
            base = base->child(0);
        }
        if (!is_cv_variable(base) || is_globals_variable(base)) {
            Operand dim;
            Operand container = compile_dim_container_for_write(compiler, target, &dim);
            Operand value = compile_expression(compiler, node->child(1));
            Operand result = new_tmp(compiler);
            set_result(emit(compiler, Opcode::ASSIGN_DIM, node->line, container, dim), result);
            emit(compiler, Opcode::OP_DATA, node->line, value);
            return result;
        }
        Operand dims[kMaxDelayedDimensions];
        for (uint32_t i = depth; i-- > 0;) {
            const Node* key = levels[i]->child(1);
            dims[i] = key ? compile_expression(compiler, key) : unused_operand(); // [] appends
        }
        Operand value = compile_expression(compiler, node->child(1));
        Operand container = compile_cv(compiler, base);
        for (uint32_t i = depth; i-- > 1;) {
            Operand slot { IS_VAR, compiler.function->temporaries++ };
            set_result(emit(compiler, Opcode::FETCH_DIM_W, levels[i]->line, container, dims[i]), slot);
            container = slot;
        }
        Operand result = new_tmp(compiler);
        set_result(emit(compiler, Opcode::ASSIGN_DIM, node->line, container, dims[0]), result);
        emit(compiler, Opcode::OP_DATA, node->line, value);
        return result;
    }
    if (target->kind == NodeKind::Array) {
        Operand value = compile_expression(compiler, node->child(1));
        if (value.type == IS_CONST) {
            // The pattern reads the value several times: give it a slot.
            Operand copy = emit_tmp(compiler, Opcode::QM_ASSIGN, node->line, value);
            value = copy;
        }
        compile_list_assign(compiler, target, value);
        return value;
    }
    not_supported(compiler, target, "this assignment target");
}

Operand compile_assign_op(Compiler& compiler, const Node* node, Opcode binary, const Node* target,
                          const Node* value_node, Operand value_operand)
{
    if (target->kind == NodeKind::Variable || is_globals_element(target)) {
        const bool global = is_globals_element(target);
        Operand name = is_cv_variable(target) ? unused_operand() : compile_expression(compiler, target->child(global ? 1 : 0));
        Operand value = value_node ? compile_expression(compiler, value_node) : value_operand;
        Operand variable = is_cv_variable(target) ? compile_cv(compiler, target)
                                                  : compile_variable_fetch(compiler, target, Opcode::FETCH_RW, name);
        Operand result = new_tmp(compiler);
        zend_op& op = emit(compiler, Opcode::ASSIGN_OP, node->line, variable, value);
        op.extended_value = static_cast<uint32_t>(binary);
        set_result(op, result);
        return result;
    }
    if (target->kind == NodeKind::Dimension) {
        Operand dim;
        Operand container = compile_dim_container_for_write(compiler, target, &dim);
        if (dim.type == IS_UNUSED)
            compile_error(compiler, node->line, messages::kCannotUseEmptyForReading);
        Operand value = value_node ? compile_expression(compiler, value_node) : value_operand;
        Operand result = new_tmp(compiler);
        zend_op& op = emit(compiler, Opcode::ASSIGN_DIM_OP, node->line, container, dim);
        op.extended_value = static_cast<uint32_t>(binary);
        set_result(op, result);
        emit(compiler, Opcode::OP_DATA, node->line, value);
        return result;
    }
    not_supported(compiler, target, "this compound assignment target");
}

Operand compile_increment(Compiler& compiler, const Node* node, Opcode opcode)
{
    const Node* target = node->child(0);
    if (is_cv_variable(target))
        return emit_tmp(compiler, opcode, node->line, compile_cv(compiler, target));
    // Other targets are fetched for reading and writing first; the _VAR opcodes follow the INDIRECT.
    Opcode indirect_opcode = static_cast<Opcode>(static_cast<int>(Opcode::PRE_INC_VAR)
                                                 + (static_cast<int>(opcode) - static_cast<int>(Opcode::PRE_INC)));
    if (is_dynamic_variable(target) || is_globals_element(target))
        return emit_tmp(compiler, indirect_opcode, node->line, compile_variable_fetch(compiler, target, Opcode::FETCH_RW));
    if (target->kind == NodeKind::Dimension && is_writable_variable(target)) {
        Operand dim;
        Operand container = compile_dim_container_for_write(compiler, target, &dim);
        if (dim.type == IS_UNUSED)
            compile_error(compiler, node->line, messages::kCannotUseEmptyForReading);
        Operand slot { IS_VAR, compiler.function->temporaries++ };
        set_result(emit(compiler, Opcode::FETCH_DIM_RW, target->line, container, dim), slot);
        return emit_tmp(compiler, indirect_opcode, node->line, slot);
    }
    not_supported(compiler, target, "this increment target");
}

Operand compile_short_circuit(Compiler& compiler, const Node* node, Opcode jump)
{
    Operand left = compile_expression(compiler, node->child(0));
    Operand result = new_tmp(compiler);
    uint32_t at = next_opline(compiler);
    set_result(emit(compiler, jump, node->line, left), result);
    Operand right = compile_expression(compiler, node->child(1));
    set_result(emit(compiler, Opcode::BOOL, node->line, right), result);
    patch_jump(compiler, at, next_opline(compiler));
    return result;
}

Operand compile_conditional(Compiler& compiler, const Node* node)
{
    const Node* inner = node->child(0);
    if (inner->kind == NodeKind::Conditional && !(inner->flags & Parenthesized)) {
        if (inner->child(1))
            compile_error(compiler, node->line, node->child(1) ? messages::kNestedTernary1 : messages::kNestedTernary2);
        else if (node->child(1))
            compile_error(compiler, node->line, messages::kNestedTernary3);
    }
    Operand condition = compile_expression(compiler, node->child(0));
    Operand result = new_tmp(compiler);
    if (!node->child(1)) {
        // a ?: b
        uint32_t at = next_opline(compiler);
        set_result(emit(compiler, Opcode::JMP_SET, node->line, condition), result);
        Operand otherwise = compile_expression(compiler, node->child(2));
        set_result(emit(compiler, Opcode::QM_ASSIGN, node->line, otherwise), result);
        patch_jump(compiler, at, next_opline(compiler));
        return result;
    }
    uint32_t jump_to_else = emit_conditional_jump(compiler, Opcode::JMPZ, condition, node->line);
    Operand then = compile_expression(compiler, node->child(1));
    set_result(emit(compiler, Opcode::QM_ASSIGN, node->line, then), result);
    uint32_t jump_to_end = next_opline(compiler);
    emit(compiler, Opcode::JMP, node->line);
    patch_jump(compiler, jump_to_else, next_opline(compiler));
    Operand otherwise = compile_expression(compiler, node->child(2));
    set_result(emit(compiler, Opcode::QM_ASSIGN, node->line, otherwise), result);
    patch_jump(compiler, jump_to_end, next_opline(compiler));
    return result;
}

Operand compile_coalesce(Compiler& compiler, const Node* node)
{
    Operand left = compile_expression(compiler, node->child(0), Use::Silent);
    Operand result = new_tmp(compiler);
    uint32_t at = next_opline(compiler);
    set_result(emit(compiler, Opcode::COALESCE, node->line, left), result);
    Operand right = compile_expression(compiler, node->child(1));
    set_result(emit(compiler, Opcode::QM_ASSIGN, node->line, right), result);
    patch_jump(compiler, at, next_opline(compiler));
    return result;
}

Operand compile_assign_coalesce(Compiler& compiler, const Node* node)
{
    const Node* target = node->child(0);
    Operand current = compile_expression(compiler, target, Use::Silent);
    Operand result = new_tmp(compiler);
    uint32_t at = next_opline(compiler);
    set_result(emit(compiler, Opcode::COALESCE, node->line, current), result);
    // FIXME: PHP evaluates the target's offsets once; a target with side effects in its offsets runs
    // them twice here.
    Operand assigned;
    if (is_cv_variable(target)) {
        Operand value = compile_expression(compiler, node->child(1));
        assigned = compile_cv(compiler, target);
        set_result(emit(compiler, Opcode::ASSIGN, node->line, assigned, value), result);
    } else if (target->kind == NodeKind::Dimension) {
        Operand dim;
        Operand container = compile_dim_container_for_write(compiler, target, &dim);
        Operand value = compile_expression(compiler, node->child(1));
        set_result(emit(compiler, Opcode::ASSIGN_DIM, node->line, container, dim), result);
        emit(compiler, Opcode::OP_DATA, node->line, value);
    } else {
        not_supported(compiler, target, "this ??= target");
    }
    patch_jump(compiler, at, next_opline(compiler));
    return result;
}

Operand compile_isset_or_empty(Compiler& compiler, const Node* node, bool is_empty)
{
    const Node* target = node->child(0);
    if (is_cv_variable(target)) {
        Operand result = emit_tmp(compiler, Opcode::ISSET_ISEMPTY_CV, node->line, compile_cv(compiler, target));
        compiler.function->ops.back().extended_value = is_empty;
        return result;
    }
    if (is_dynamic_variable(target) || is_globals_element(target)) {
        const bool global = is_globals_element(target);
        Operand name = compile_expression(compiler, target->child(global ? 1 : 0));
        Operand result = emit_tmp(compiler, Opcode::ISSET_ISEMPTY_VAR, node->line, name);
        compiler.function->ops.back().extended_value = (is_empty ? 1 : 0) | (global ? kFetchGlobal : 0);
        return result;
    }
    if (target->kind == NodeKind::Dimension) {
        if (!target->child(1))
            compile_error(compiler, node->line, messages::kCannotUseEmptyForReading);
        Operand container = compile_expression(compiler, target->child(0), Use::Silent);
        Operand dim = compile_expression(compiler, target->child(1));
        Operand result = emit_tmp(compiler, Opcode::ISSET_ISEMPTY_DIM, node->line, container, dim);
        compiler.function->ops.back().extended_value = is_empty;
        return result;
    }
    if (!is_empty)
        compile_error(compiler, node->line, messages::kCannotUseIssetOnExpression);
    // empty(expression) is !expression.
    return emit_tmp(compiler, Opcode::BOOL_NOT, node->line, compile_expression(compiler, target));
}

Operand compile_array(Compiler& compiler, const Node* node)
{
    if (node->flags & ArraySyntaxList)
        not_supported(compiler, node, "list()");
    Operand result = new_tmp(compiler);
    if (node->count == 0) {
        set_result(emit(compiler, Opcode::INIT_ARRAY, node->line), result);
        return result;
    }
    for (uint32_t i = 0; i < node->count; ++i) {
        const Node* element = node->child(i);
        if (!element)
            compile_error(compiler, node->line, messages::kEmptyArrayElement);
        if (element->kind == NodeKind::Unpack) {
            Operand source = compile_expression(compiler, element->child(0));
            if (i == 0) {
                zend_op& init = emit(compiler, Opcode::INIT_ARRAY, element->line);
                set_result(init, result);
                init.extended_value = node->count;
            }
            set_result(emit(compiler, Opcode::ADD_ARRAY_UNPACK, element->line, source), result);
            continue;
        }
        if (element->flags & ByReference) {
            Operand key = element->child(1) ? compile_expression(compiler, element->child(1)) : unused_operand();
            Operand reference = compile_reference(compiler, element->child(0));
            if (i == 0) {
                zend_op& init = emit(compiler, Opcode::INIT_ARRAY, element->line);
                set_result(init, result);
                init.extended_value = node->count;
            }
            set_result(emit(compiler, Opcode::ADD_ARRAY_REF, element->line, reference, key), result);
            continue;
        }
        Operand key = element->child(1) ? compile_expression(compiler, element->child(1)) : unused_operand();
        Operand value = compile_expression(compiler, element->child(0));
        zend_op& op = emit(compiler, i == 0 ? Opcode::INIT_ARRAY : Opcode::ADD_ARRAY_ELEMENT, element->line, value, key);
        set_result(op, result);
        if (i == 0)
            op.extended_value = node->count;
    }
    return result;
}

Operand compile_match(Compiler& compiler, const Node* node)
{
    Operand subject = compile_expression(compiler, node->child(0));
    const Node* arms = node->child(1);
    Operand result = new_tmp(compiler);
    // Subject tests first, each jumping to its arm's body; then the default (or the error); then the
    // bodies, each ending with a jump to the end.
    uint32_t arm_count = arms->count;
    auto* arm_jumps = static_cast<uint32_t*>(emalloc(sizeof(uint32_t) * (arm_count + 1)));
    RequestArray<uint32_t> tests {};
    int default_arm = -1;
    for (uint32_t i = 0; i < arm_count; ++i) {
        const Node* arm = arms->child(i);
        const Node* conditions = arm->child(0);
        if (!conditions) {
            if (default_arm >= 0)
                compile_error(compiler, arm->line, messages::kMatchMultipleDefault);
            default_arm = static_cast<int>(i);
            continue;
        }
        for (uint32_t c = 0; c < conditions->count; ++c) {
            Operand value = compile_expression(compiler, conditions->child(c));
            Operand test = emit_tmp(compiler, Opcode::CASE_STRICT, arm->line, subject, value);
            tests.push(next_opline(compiler));
            tests.push(i);
            emit(compiler, Opcode::JMPNZ, arm->line, test);
        }
    }
    uint32_t default_jump = next_opline(compiler);
    if (default_arm >= 0) {
        emit(compiler, Opcode::JMP, node->line);
    } else {
        emit(compiler, Opcode::MATCH_ERROR, node->line, subject);
    }
    RequestArray<uint32_t> end_jumps {};
    for (uint32_t i = 0; i < arm_count; ++i) {
        const Node* arm = arms->child(i);
        arm_jumps[i] = next_opline(compiler);
        Operand value = compile_expression(compiler, arm->child(1));
        set_result(emit(compiler, Opcode::QM_ASSIGN, arm->line, value), result);
        end_jumps.push(next_opline(compiler));
        emit(compiler, Opcode::JMP, arm->line);
    }
    uint32_t end = next_opline(compiler);
    for (uint32_t t = 0; t < tests.size; t += 2)
        patch_jump(compiler, tests[t], arm_jumps[tests[t + 1]]);
    if (default_arm >= 0)
        patch_jump(compiler, default_jump, arm_jumps[default_arm]);
    for (uint32_t j = 0; j < end_jumps.size; ++j)
        patch_jump(compiler, end_jumps[j], end);
    efree(arm_jumps);
    if (tests.data)
        efree(tests.data);
    if (end_jumps.data)
        efree(end_jumps.data);
    if (subject.type & (IS_TMP_VAR | IS_VAR)) {
        // The subject is freed after whichever arm ran (the bodies all end here).
        emit(compiler, Opcode::FREE, node->line, subject);
    }
    return result;
}

Operand compile_cast(Compiler& compiler, const Node* node)
{
    Operand operand = compile_expression(compiler, node->child(0));
    uint32_t type = 0;
    switch (node->flags) {
    case CastInt:
        type = IS_LONG;
        break;
    case CastFloat:
        type = IS_DOUBLE;
        break;
    case CastString:
        type = IS_STRING;
        break;
    case CastArray:
        type = IS_ARRAY;
        break;
    case CastBool:
        return emit_tmp(compiler, Opcode::BOOL, node->line, operand);
    default:
        not_supported(compiler, node, "this cast");
    }
    Operand result = emit_tmp(compiler, Opcode::CAST, node->line, operand);
    compiler.function->ops.back().extended_value = type;
    return result;
}

} // namespace

void compile_list_assign(Compiler& compiler, const Node* pattern, Operand value)
{
    // As PHP: the first present element decides whether the pattern is keyed.
    bool keyed = false;
    bool any = false;
    for (uint32_t i = 0; i < pattern->count; ++i) {
        if (const Node* element = pattern->child(i)) {
            if (!any)
                keyed = element->kind == NodeKind::ArrayElement && element->child(1);
            any = true;
        }
    }
    if (!any)
        compile_error(compiler, pattern->line, messages::kEmptyList);
    for (uint32_t i = 0; i < pattern->count; ++i) {
        const Node* element = pattern->child(i);
        if (!element) {
            if (keyed)
                compile_error(compiler, pattern->line, messages::kEmptyKeyedListEntry);
            continue;
        }
        if (element->kind != NodeKind::ArrayElement)
            not_supported(compiler, element, "this list() element");
        if ((element->child(1) != nullptr) != keyed)
            compile_error(compiler, element->line, messages::kMixedKeyedList);
        Operand key = keyed ? compile_expression(compiler, element->child(1)) : literal_long(compiler, i);
        const Node* target = element->child(0);
        if (element->flags & ByReference) {
            // [&$x] = $array: $x becomes a reference to the element, created when missing. The source
            // must be a variable (FIXME: nested patterns with references).
            if (value.type != IS_CV)
                compile_error(compiler, element->line, messages::kNonReferenceableValue);
            if (!is_writable_variable(target))
                not_supported(compiler, target, "this by-reference list() target");
            Operand slot { IS_VAR, compiler.function->temporaries++ };
            set_result(emit(compiler, Opcode::FETCH_DIM_W, element->line, value, key), slot);
            Operand reference { IS_VAR, compiler.function->temporaries++ };
            set_result(emit(compiler, Opcode::MAKE_REF, element->line, slot), reference);
            emit(compiler, Opcode::ASSIGN_REF, element->line, compile_write_slot(compiler, target), reference);
            continue;
        }
        Operand item = emit_tmp(compiler, Opcode::FETCH_LIST_R, element->line, value, key);
        if (is_dynamic_variable(target) || is_globals_element(target)) {
            emit(compiler, Opcode::ASSIGN, element->line, compile_write_slot(compiler, target), item);
        } else if (is_cv_variable(target)) {
            emit(compiler, Opcode::ASSIGN, element->line, compile_cv(compiler, target), item);
        } else if (target->kind == NodeKind::Dimension) {
            Operand dim;
            Operand container = compile_dim_container_for_write(compiler, target, &dim);
            emit(compiler, Opcode::ASSIGN_DIM, element->line, container, dim);
            emit(compiler, Opcode::OP_DATA, element->line, item);
        } else if (target->kind == NodeKind::Array) {
            compile_list_assign(compiler, target, item);
            free_result(compiler, item, element->line);
        } else {
            not_supported(compiler, target, "this list() target");
        }
    }
}

bool is_cv_variable(const Node* node)
{
    return node && node->kind == NodeKind::Variable && node->child(0) && node->child(0)->kind == NodeKind::String;
}

Operand compile_cv(Compiler& compiler, const Node* variable)
{
    const Node* name = variable->child(0);
    if (name->string() == "this")
        not_supported(compiler, variable, "$this");
    if (name->string() == "GLOBALS")
        compile_error(compiler, variable->line, messages::kGlobalsModification);
    return cv_operand(compiler, name->text.data, name->text.length);
}

Operand compile_dim_container_for_write(Compiler& compiler, const Node* dimension, Operand* dim)
{
    const Node* base = dimension->child(0);
    Operand container;
    if (is_globals_variable(base)) {
        compile_error(compiler, dimension->line, messages::kGlobalsModification);
    } else if (is_cv_variable(base)) {
        container = compile_cv(compiler, base);
    } else if (is_globals_element(base)) {
        container = compile_variable_fetch(compiler, base, Opcode::FETCH_W);
    } else if (is_dynamic_variable(base)) {
        container = compile_variable_fetch(compiler, base, Opcode::FETCH_W);
    } else if (base->kind == NodeKind::Dimension) {
        Operand inner_dim;
        Operand inner = compile_dim_container_for_write(compiler, base, &inner_dim);
        Operand slot { IS_VAR, compiler.function->temporaries++ };
        set_result(emit(compiler, Opcode::FETCH_DIM_W, base->line, inner, inner_dim), slot);
        container = slot;
    } else {
        compile_error(compiler, dimension->line, messages::kCannotUseTempInWrite);
    }
    *dim = dimension->child(1) ? compile_expression(compiler, dimension->child(1)) : unused_operand();
    return container;
}

bool is_dynamic_variable(const Node* node) { return node->kind == NodeKind::Variable && !is_cv_variable(node); }

bool is_globals_variable(const Node* node)
{
    return is_cv_variable(node) && node->child(0)->string() == "GLOBALS";
}

bool is_globals_element(const Node* node)
{
    return node->kind == NodeKind::Dimension && node->child(1) && is_globals_variable(node->child(0));
}


Operand compile_variable_fetch(Compiler& compiler, const Node* variable, Opcode opcode, Operand name)
{
    // $$name names a variable of the frame; $GLOBALS['name'] one of the global scope.
    const bool global = is_globals_element(variable);
    if (name.type == IS_UNUSED)
        name = compile_expression(compiler, variable->child(global ? 1 : 0));
    Operand slot { opcode == Opcode::FETCH_W || opcode == Opcode::FETCH_RW ? uint8_t(IS_VAR) : uint8_t(IS_TMP_VAR),
                   compiler.function->temporaries++ };
    zend_op& fetch = emit(compiler, opcode, variable->line, name);
    set_result(fetch, slot);
    fetch.extended_value = global ? kFetchGlobal : 0;
    return slot;
}

bool is_writable_variable(const Node* node)
{
    while (node->kind == NodeKind::Dimension) {
        if (is_globals_element(node))
            return true;
        node = node->child(0);
    }
    return node->kind == NodeKind::Variable && !is_globals_variable(node);
}

Operand compile_write_slot(Compiler& compiler, const Node* variable)
{
    if (is_cv_variable(variable))
        return compile_cv(compiler, variable);
    if (is_dynamic_variable(variable))
        return compile_variable_fetch(compiler, variable, Opcode::FETCH_W);
    if (is_globals_element(variable))
        return compile_variable_fetch(compiler, variable, Opcode::FETCH_W);
    Operand dim;
    Operand container = compile_dim_container_for_write(compiler, variable, &dim);
    Operand slot { IS_VAR, compiler.function->temporaries++ };
    set_result(emit(compiler, Opcode::FETCH_DIM_W, variable->line, container, dim), slot);
    return slot;
}

Operand compile_reference(Compiler& compiler, const Node* variable)
{
    if (!is_writable_variable(variable))
        not_supported(compiler, variable, "a reference to this expression");
    Operand slot = compile_write_slot(compiler, variable);
    Operand reference { IS_VAR, compiler.function->temporaries++ };
    set_result(emit(compiler, Opcode::MAKE_REF, variable->line, slot), reference);
    return reference;
}

Operand compile_expression(Compiler& compiler, const Node* node, Use use)
{
    switch (node->kind) {
    case NodeKind::Integer:
        return literal_long(compiler, node->integer);
    case NodeKind::Float:
        return literal_double(compiler, node->number);
    case NodeKind::String:
        return literal_string(compiler, node->text.data, node->text.length);
    case NodeKind::EncapsList:
        return compile_encaps(compiler, node);
    case NodeKind::Constant:
        return compile_constant(compiler, node);
    case NodeKind::MagicConst:
        return compile_magic_constant(compiler, node);
    case NodeKind::Variable:
        if (is_globals_variable(node))
            return emit_tmp(compiler, Opcode::FETCH_GLOBALS, node->line);
        if (!is_cv_variable(node))
            return compile_variable_fetch(compiler, node, use == Use::Silent ? Opcode::FETCH_IS : Opcode::FETCH_R);
        return compile_cv(compiler, node);
    case NodeKind::Dimension: {
        if (node->flags & DimAlternativeSyntax)
            compile_error(compiler, node->line, messages::kCurlyOffset);
        if (!node->child(1))
            compile_error(compiler, node->line, messages::kCannotUseEmptyForReading);
        if (is_globals_element(node))
            return compile_variable_fetch(compiler, node, use == Use::Silent ? Opcode::FETCH_IS : Opcode::FETCH_R);
        Operand container = compile_expression(compiler, node->child(0), use);
        Operand dim = compile_expression(compiler, node->child(1));
        return emit_tmp(compiler, use == Use::Silent ? Opcode::FETCH_DIM_IS : Opcode::FETCH_DIM_R, node->line,
                        container, dim);
    }
    case NodeKind::Assign:
        return compile_assign(compiler, node);
    case NodeKind::AssignReference: {
        const Node* target = node->child(0);
        const Node* source = node->child(1);
        if (is_writable_variable(target) && source->kind == NodeKind::Call) {
            // $x = &f(): the reference a by-reference function returns (else PHP's notice).
            Operand returned = compile_call_for_reference(compiler, source);
            Operand target_operand = compile_write_slot(compiler, target);
            Operand result = new_tmp(compiler);
            set_result(emit(compiler, Opcode::ASSIGN_REF, node->line, target_operand, returned), result);
            return result;
        }
        if (!is_writable_variable(target) || !is_writable_variable(source))
            not_supported(compiler, node, "this reference assignment");
        // The source first, held as a reference, then the target's slot: fetching the target may
        // move the elements of an array the source lives in, never the other way round (as PHP orders it).
        Operand source_operand = is_cv_variable(source) ? compile_cv(compiler, source) : compile_reference(compiler, source);
        Operand target_operand = compile_write_slot(compiler, target);
        Operand result = new_tmp(compiler);
        set_result(emit(compiler, Opcode::ASSIGN_REF, node->line, target_operand, source_operand), result);
        return result;
    }
    case NodeKind::AssignOperation:
        return compile_assign_op(compiler, node, binary_opcode(node->flags), node->child(0), node->child(1), {});
    case NodeKind::AssignCoalesce:
        return compile_assign_coalesce(compiler, node);
    case NodeKind::BinaryOperation: {
        Operand left = compile_expression(compiler, node->child(0));
        Operand right = compile_expression(compiler, node->child(1));
        return emit_tmp(compiler, binary_opcode(node->flags), node->line, left, right);
    }
    case NodeKind::Greater:
    case NodeKind::GreaterEqual: {
        Operand left = compile_expression(compiler, node->child(0));
        Operand right = compile_expression(compiler, node->child(1));
        Opcode opcode = node->kind == NodeKind::Greater ? Opcode::IS_SMALLER : Opcode::IS_SMALLER_OR_EQUAL;
        return emit_tmp(compiler, opcode, node->line, right, left);
    }
    case NodeKind::LogicalAnd:
        return compile_short_circuit(compiler, node, Opcode::JMPZ_EX);
    case NodeKind::LogicalOr:
        return compile_short_circuit(compiler, node, Opcode::JMPNZ_EX);
    case NodeKind::UnaryOperation: {
        Operand operand = compile_expression(compiler, node->child(0));
        return emit_tmp(compiler, node->flags == UnaryNot ? Opcode::BOOL_NOT : Opcode::BW_NOT, node->line, operand);
    }
    case NodeKind::UnaryMinus:
    case NodeKind::UnaryPlus: {
        const Node* operand_node = node->child(0);
        bool minus = node->kind == NodeKind::UnaryMinus;
        // Literals are folded, as PHP folds them.
        if (operand_node->kind == NodeKind::Integer)
            return literal_long(compiler, minus ? -operand_node->integer : operand_node->integer);
        if (operand_node->kind == NodeKind::Float)
            return literal_double(compiler, minus ? -operand_node->number : operand_node->number);
        // PHP compiles -x as x * -1 and +x as x * 1.
        Operand operand = compile_expression(compiler, operand_node);
        return emit_tmp(compiler, Opcode::MUL, node->line, operand, literal_long(compiler, minus ? -1 : 1));
    }
    case NodeKind::Cast:
        return compile_cast(compiler, node);
    case NodeKind::PreIncrement:
        return compile_increment(compiler, node, Opcode::PRE_INC);
    case NodeKind::PreDecrement:
        return compile_increment(compiler, node, Opcode::PRE_DEC);
    case NodeKind::PostIncrement:
        return compile_increment(compiler, node, Opcode::POST_INC);
    case NodeKind::PostDecrement:
        return compile_increment(compiler, node, Opcode::POST_DEC);
    case NodeKind::Conditional:
        return compile_conditional(compiler, node);
    case NodeKind::Coalesce:
        return compile_coalesce(compiler, node);
    case NodeKind::Isset:
        return compile_isset_or_empty(compiler, node, false);
    case NodeKind::Empty:
        return compile_isset_or_empty(compiler, node, true);
    case NodeKind::Silence: {
        Operand saved = emit_tmp(compiler, Opcode::BEGIN_SILENCE, node->line);
        Operand value = compile_expression(compiler, node->child(0));
        // A CV would be read after the silence ends (and warn): copy it while silenced.
        if (value.type == IS_CV)
            value = emit_tmp(compiler, Opcode::QM_ASSIGN, node->line, value);
        emit(compiler, Opcode::END_SILENCE, node->line, saved);
        return value;
    }
    case NodeKind::Print: {
        Operand value = compile_expression(compiler, node->child(0));
        emit(compiler, Opcode::ECHO, node->line, value);
        return literal_long(compiler, 1);
    }
    case NodeKind::Call:
        return compile_call(compiler, node);
    case NodeKind::IncludeOrEval: {
        Operand operand = compile_expression(compiler, node->child(0));
        Operand result = new_tmp(compiler);
        zend_op& op = emit(compiler, Opcode::INCLUDE_OR_EVAL, node->line, operand);
        set_result(op, result);
        op.extended_value = node->flags;
        return result;
    }
    case NodeKind::Exit: {
        Operand status = node->child(0) ? compile_expression(compiler, node->child(0)) : unused_operand();
        emit(compiler, Opcode::EXIT, node->line, status);
        return literal_null(compiler);
    }
    case NodeKind::Array:
        return compile_array(compiler, node);
    case NodeKind::Match:
        return compile_match(compiler, node);
    default:
        not_supported(compiler, node, node_kind_name(node->kind));
    }
}

} // namespace miniphp::compiler

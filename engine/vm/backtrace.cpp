// The stack trace an uncaught error prints, as PHP's Exception::getTraceAsString writes it:
//
//     #0 /path/a.php(12): f(1, 'text', Array)
//     #1 [internal function]: g(NULL)
//     #2 {main}
//
// Frame by frame from the innermost call: where the call was made (the caller's file and line, or
// "[internal function]" when C code made it), the function and its arguments (current parameter
// values, as PHP reads them from the frame); strings are cut after 15 bytes and escaped.
#include <cinttypes>

#include "engine/compiler/op_array.h"
#include "engine/operators/float_format.h"
#include "engine/operators/string_builder.h"
#include "engine/vm/executor_state.h"
#include "engine/vm/vm.h"
#include "engine/vm/vm_helpers.h"
#include "parser/ast.h"

namespace miniphp::vm {

namespace {

constexpr size_t kStringArgumentLimit = 15; // zend.exception_string_param_max_len

void append_escaped(smart_str* out, const char* text, size_t length)
{
    static const char kHex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 32 && c != '\\' && c <= 126) {
            smart_str_appendc(out, static_cast<char>(c));
            continue;
        }
        smart_str_appendc(out, '\\');
        switch (c) {
        case '\n': smart_str_appendc(out, 'n'); break;
        case '\r': smart_str_appendc(out, 'r'); break;
        case '\t': smart_str_appendc(out, 't'); break;
        case '\f': smart_str_appendc(out, 'f'); break;
        case '\v': smart_str_appendc(out, 'v'); break;
        case '\\': smart_str_appendc(out, '\\'); break;
        case 27: smart_str_appendc(out, 'e'); break;
        default:
            smart_str_appendc(out, 'x');
            smart_str_appendc(out, kHex[c >> 4]);
            smart_str_appendc(out, kHex[c & 15]);
        }
    }
}

void append_argument(smart_str* out, zval* value)
{
    ZVAL_DEREF(value);
    switch (Z_TYPE_P(value)) {
    case IS_UNDEF:
    case IS_NULL: smart_str_appends(out, "NULL"); break;
    case IS_FALSE: smart_str_appends(out, "false"); break;
    case IS_TRUE: smart_str_appends(out, "true"); break;
    case IS_LONG: smart_str_append_printf(out, "%" PRId64, static_cast<int64_t>(Z_LVAL_P(value))); break;
    case IS_DOUBLE: smart_str_append_double(out, Z_DVAL_P(value), current_precision(), true); break;
    case IS_STRING: {
        size_t length = Z_STRLEN_P(value);
        smart_str_appendc(out, '\'');
        append_escaped(out, Z_STRVAL_P(value), length < kStringArgumentLimit ? length : kStringArgumentLimit);
        if (length > kStringArgumentLimit)
            smart_str_appends(out, "...");
        smart_str_appendc(out, '\'');
        break;
    }
    case IS_ARRAY: smart_str_appends(out, "Array"); break;
    case IS_RESOURCE: smart_str_append_printf(out, "Resource id #%" PRId64, static_cast<int64_t>(Z_RES_HANDLE_P(value))); break;
    default: smart_str_appends(out, "Object"); break; // FIXME(classes): Object(ClassName)
    }
}

} // namespace

bool next_stack_entry(zend_execute_data** cursor, StackEntry* entry)
{
    for (zend_execute_data* frame = *cursor; frame && frame->func; frame = frame->prev_execute_data) {
        if (is_inlined_call_frame(frame))
            continue;
        const bool code = (ZEND_CALL_INFO(frame) & ZEND_CALL_CODE) != 0;
        zend_execute_data* caller = frame->prev_execute_data;
        if (is_inlined_call_frame(caller))
            caller = caller->prev_execute_data;
        if (code && !caller)
            break; // the main script
        *entry = StackEntry {};
        if (caller && caller->func && caller->func->type == ZEND_USER_FUNCTION && caller->opline) {
            entry->file = caller->func->op_array.filename;
            entry->line = caller->opline->lineno;
        }
        if (code) {
            // An included file or eval()'d code: include('/path/file.php'), eval().
            uint32_t kind = caller && caller->opline ? caller->opline->extended_value : IncludeKind::Include;
            entry->function = include_kind_name(kind);
            if (kind != IncludeKind::Eval)
                entry->included_file = frame->func->op_array.filename;
        } else {
            entry->frame = frame;
            entry->function = ZSTR_VAL(frame->func->common.function_name);
        }
        *cursor = frame->prev_execute_data;
        return true;
    }
    *cursor = nullptr;
    return false;
}

void append_stack_frames(smart_str* out, zend_execute_data* start, uint32_t limit, bool with_arguments)
{
    uint32_t number = 0;
    StackEntry entry;
    for (zend_execute_data* cursor = start; (limit == 0 || number < limit) && next_stack_entry(&cursor, &entry);) {
        smart_str_append_printf(out, "#%u ", number++);
        if (entry.file) {
            smart_str_append(out, entry.file);
            smart_str_append_printf(out, "(%u): ", entry.line);
        } else {
            smart_str_appends(out, "[internal function]: ");
        }
        smart_str_appends(out, entry.function);
        smart_str_appendc(out, '(');
        if (entry.included_file) {
            zval path;
            ZVAL_STR(&path, entry.included_file);
            append_argument(out, &path);
        } else if (entry.frame && with_arguments) {
            uint32_t count = ZEND_CALL_NUM_ARGS(entry.frame);
            for (uint32_t i = 0; i < count; ++i) {
                if (i)
                    smart_str_appends(out, ", ");
                append_argument(out, call_argument(entry.frame, i));
            }
        }
        smart_str_appends(out, ")\n");
    }
}

void append_stack_trace(smart_str* out)
{
    Context* context = current_context();
    zend_execute_data* frame = context->executor ? context->executor->current_execute_data : nullptr;
    smart_str frames {};
    append_stack_frames(&frames, frame, 0, true);
    uint32_t count = 0;
    if (frames.s) {
        for (size_t i = 0; i < ZSTR_LEN(frames.s); ++i)
            count += ZSTR_VAL(frames.s)[i] == '\n';
        smart_str_append(out, frames.s);
        smart_str_free(&frames);
    }
    smart_str_append_printf(out, "#%u {main}", count);
}

} // namespace miniphp::vm

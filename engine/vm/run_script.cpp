// execute_script: source text to output, the entry point hosts call (see vm.h).
//
// Parsing happens before the bailout point is opened, so the parser's C++ containers (which have
// destructors) never sit between a try point and a longjmp. Compiling and running happen inside it;
// they keep everything in request memory.
#include "engine/vm/vm.h"


#include "engine/compiler/compiler.h"
#include "engine/context.h"
#include "engine/error/bailout.h"
#include "engine/error/display.h"
#include "engine/error/error.h"
#include "engine/ini/ini.h"
#include "engine/vm/executor_state.h"
#include "parser/parser.h"

namespace miniphp::vm {

namespace {

// Raises the parser's diagnostics through zend_error, as PHP's compiler does. Returns false after a
// parse error or fatal error (already reported).
bool report_parse_diagnostics(const ParseResult& parsed, const char* file_name)
{
    Context* context = current_context();
    context->borrowed_current_file = file_name;
    for (const ParseDiagnostic& diagnostic : parsed.diagnostics) {
        context->current_line = diagnostic.line;
        switch (diagnostic.level) {
        case ParseDiagnostic::Level::Warning:
            zend_error(E_COMPILE_WARNING, "%s", diagnostic.message.c_str());
            break;
        case ParseDiagnostic::Level::Deprecated:
            zend_error(E_DEPRECATED, "%s", diagnostic.message.c_str());
            break;
        case ParseDiagnostic::Level::ParseError:
        case ParseDiagnostic::Level::FatalError:
            return false;
        }
    }
    return true;
}

void raise_parse_error(const ParseResult& parsed)
{
    Context* context = current_context();
    for (const ParseDiagnostic& diagnostic : parsed.diagnostics) {
        if (diagnostic.level == ParseDiagnostic::Level::ParseError
            || diagnostic.level == ParseDiagnostic::Level::FatalError) {
            context->current_line = diagnostic.line;
            context->borrowed_current_file = error::compile_diagnostic_file(context->borrowed_current_file,
                                                                            diagnostic.line);
            zend_error(diagnostic.level == ParseDiagnostic::Level::ParseError ? E_PARSE : E_COMPILE_ERROR, "%s",
                       diagnostic.message.c_str());
        }
    }
}

} // namespace

zend_op_array* compile_source(const char* source, size_t length, const char* file_name, const ParseOptions& given,
                              bool eval_code)
{
    ParseOptions options = given;
    options.short_open_tag = ini::get_bool("short_open_tag");
    // The parser's containers have destructors, so they live on the C++ heap behind plain pointers and
    // a bailout out of the compiler is caught here, to free them, and passed on.
    Arena* arena = new Arena;
    ParseResult* parsed = new ParseResult(parse_php(*arena, source, length, options));
    zend_op_array* volatile op_array = nullptr;
    volatile bool failed = false;
    Context* context = current_context();
    const char* volatile outer_file = context->borrowed_current_file;
    volatile uint32_t outer_line = context->current_line;
    MINIPHP_TRY {
        if (!report_parse_diagnostics(*parsed, file_name))
            raise_parse_error(*parsed); // bails out
        op_array = compile_script(parsed->root, file_name, eval_code);
    } MINIPHP_CATCH {
        failed = true;
    } MINIPHP_END_TRY
    delete parsed;
    delete arena;
    if (failed)
        zend_bailout();
    context->borrowed_current_file = outer_file;
    context->current_line = outer_line;
    return op_array;
}

void register_script_arguments(const char* const* argv, size_t count)
{
    ExecutorState* state = executor_state();
    zval list;
    ZVAL_ARR(&list, zend_new_array(static_cast<uint32_t>(count)));
    for (size_t i = 0; i < count; ++i) {
        zval argument;
        ZVAL_STRING(&argument, argv[i]);
        zend_hash_next_index_insert(Z_ARRVAL(list), &argument);
    }
    zval argc;
    ZVAL_LONG(&argc, static_cast<zend_long>(count));
    zend_hash_str_update(&state->symbol_table, "argv", 4, &list);
    zend_hash_str_update(&state->symbol_table, "argc", 4, &argc);
}

int execute_script(const char* source, size_t length, const char* file_name, const ParseOptions& options)
{
    Context* context = current_context();
    // The caller guarantees the NUL after the source that the lexer stops on (see vm.h), so the source is
    // parsed where it lies, without a copy per request.
    Arena arena;
    ParseOptions with_settings = options;
    with_settings.short_open_tag = ini::get_bool("short_open_tag");
    ParseResult parsed = parse_php(arena, source, length, with_settings);

    MINIPHP_TRY {
        if (!report_parse_diagnostics(parsed, file_name)) {
            raise_parse_error(parsed); // bails out
        } else {
            zend_op_array* op_array = compile_script(parsed.root, file_name);
            ExecutorState* state = executor_state();
            state->main_op_array = op_array;
            execute(op_array, nullptr);
        }
    } MINIPHP_CATCH {
    } MINIPHP_END_TRY
    // The script's name was borrowed from the host and its code is about to go: what runs after it
    // (shutdown, the next request) reports PHP's "Unknown" location until code runs again.
    context->borrowed_current_file = nullptr;
    context->current_line = 0;
    // 255 after a parse or fatal error (zend_error sets it), exit()'s status, else 0.
    return context->exit_status;
}

} // namespace miniphp::vm

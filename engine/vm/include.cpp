// include, require, include_once, require_once and eval (the INCLUDE_OR_EVAL opcode).
//
// Path resolution is PHP's (main/fopen_wrappers.c, php_resolve_path): an absolute path, or one starting
// with "./" or "../", is opened as it is (relative to the working directory); any other is tried in
// each include_path directory in order, then in the directory of the file that is running. The file
// opened is known by its real path, which is what __FILE__ says inside it and what the _once forms
// remember (a plain include counts as included too).
//
// The code runs in the includer's scope: the including frame's variables move to its symbol table for
// the duration (engine/vm/vm.h, attach/detach), so a function including a file shares its locals.
// Compiled files stay until the request ends: the functions they declared live in their op_arrays.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

#include "engine/compiler/compiler.h"
#include "engine/error/error.h"
#include "engine/ini/ini.h"
#include "engine/operators/operators.h"
#include "engine/vm/executor_state.h"
#include "engine/vm/vm.h"
#include "engine/vm/vm_helpers.h"
#include "parser/ast.h"

namespace miniphp::vm {

const char* include_kind_name(uint32_t kind)
{
    switch (kind) {
    case IncludeKind::Include: return "include";
    case IncludeKind::IncludeOnce: return "include_once";
    case IncludeKind::Require: return "require";
    case IncludeKind::RequireOnce: return "require_once";
    default: return "eval";
    }
}

namespace {

bool is_regular_file(const char* path)
{
    struct stat info;
    return stat(path, &info) == 0 && S_ISREG(info.st_mode);
}

// Finds `name` as PHP would and writes its real path into `resolved` (PATH_MAX bytes). False when no
// candidate exists; `errno` then tells why the last one failed.
bool resolve_include_path(const char* name, size_t length, const char* running_file, char* resolved)
{
    char candidate[PATH_MAX];
    auto try_candidate = [&](const char* directory, size_t directory_length) {
        if (directory_length + 1 + length + 1 > sizeof candidate)
            return false;
        std::memcpy(candidate, directory, directory_length);
        candidate[directory_length] = '/';
        std::memcpy(candidate + directory_length + 1, name, length + 1);
        return is_regular_file(candidate) && realpath(candidate, resolved) != nullptr;
    };
    const bool explicit_path = name[0] == '/' || (name[0] == '.' && (name[1] == '/' || (name[1] == '.' && name[2] == '/')));
    if (explicit_path) {
        errno = ENOENT;
        return is_regular_file(name) && realpath(name, resolved) != nullptr;
    }
    size_t path_length = 0;
    const char* include_path = ini::get("include_path", 12, false, &path_length);
    const char* end = include_path ? include_path + path_length : nullptr;
    for (const char* entry = include_path; entry && entry < end;) {
        const char* colon = static_cast<const char*>(std::memchr(entry, ':', static_cast<size_t>(end - entry)));
        size_t entry_length = colon ? static_cast<size_t>(colon - entry) : static_cast<size_t>(end - entry);
        if (entry_length && try_candidate(entry, entry_length))
            return true;
        entry = colon ? colon + 1 : end;
    }
    // The running script's own directory.
    if (running_file && running_file[0] == '/') {
        const char* slash = std::strrchr(running_file, '/');
        if (try_candidate(running_file, static_cast<size_t>(slash - running_file)))
            return true;
    }
    errno = ENOENT;
    return false;
}

// The whole file in request memory with the NUL the lexer needs, or null (errno set).
char* read_file(const char* path, size_t* length)
{
    FILE* file = std::fopen(path, "rb");
    if (!file)
        return nullptr;
    size_t capacity = 8192;
    size_t used = 0;
    char* data = static_cast<char*>(emalloc(capacity));
    for (;;) {
        size_t got = std::fread(data + used, 1, capacity - used - 1, file);
        used += got;
        if (used + 1 < capacity)
            break;
        capacity *= 2;
        data = static_cast<char*>(erealloc(data, capacity));
    }
    std::fclose(file);
    data[used] = '\0';
    *length = used;
    return data;
}

// Runs `op_array` in the scope of the frame `execute_data`; the result goes to `result` (may be null).
void run_in_scope(zend_execute_data* execute_data, zend_op_array* op_array, zval* result)
{
    ExecutorState* state = executor_state();
    zval owned;
    ZVAL_PTR(&owned, op_array);
    zend_hash_next_index_insert(&state->included_scripts, &owned);
    HashTable* table = frame_symbol_table(execute_data);
    detach_symbol_table(execute_data);
    zend_execute_data* outer = state->current_execute_data;
    state->current_execute_data = execute_data;
    zval scratch;
    execute_code(op_array, table, result ? result : &scratch);
    if (!result)
        zval_ptr_dtor(&scratch);
    state->current_execute_data = outer;
    attach_symbol_table(execute_data);
}

} // namespace

void include_or_eval(zend_execute_data* execute_data, const zend_op* opline, zval* operand, zval* result)
{
    sync_location(execute_data, opline);
    const uint32_t kind = opline->extended_value;
    zend_string* text = zval_get_string(operand);
    ExecutorState* state = executor_state();
    const char* running_file = ZSTR_VAL(EX(func)->op_array.filename);

    if (kind == IncludeKind::Eval) {
        char name[PATH_MAX + 64];
        std::snprintf(name, sizeof name, "%s(%u) : eval()'d code", running_file, opline->lineno);
        ParseOptions options;
        options.in_scripting = true;
        zend_op_array* op_array = compile_source(ZSTR_VAL(text), ZSTR_LEN(text), name, options, true);
        zend_string_release(text);
        run_in_scope(execute_data, op_array, result);
        return;
    }

    const char* function = include_kind_name(kind);
    const bool once = kind == IncludeKind::IncludeOnce || kind == IncludeKind::RequireOnce;
    const bool require = kind == IncludeKind::Require || kind == IncludeKind::RequireOnce;
    char resolved[PATH_MAX];
    char* source = nullptr;
    size_t length = 0;
    if (ZSTR_LEN(text) == 0 || std::strlen(ZSTR_VAL(text)) != ZSTR_LEN(text)) {
        if (ZSTR_LEN(text) == 0)
            zend_error(E_WARNING, "%s(): Filename cannot be empty", function);
        errno = 0;
    } else if (resolve_include_path(ZSTR_VAL(text), ZSTR_LEN(text), running_file, resolved)) {
        if (once && zend_hash_str_exists(&state->included_files, resolved, std::strlen(resolved))) {
            zend_string_release(text);
            if (result)
                ZVAL_TRUE(result);
            return;
        }
        source = read_file(resolved, &length);
    }
    if (!source) {
        if (errno)
            zend_error(E_WARNING, "%s(%s): Failed to open stream: %s", function, ZSTR_VAL(text), std::strerror(errno));
        const char* include_path = ini::get("include_path", 12);
        if (require) {
            throw_error(ErrorClass::Error, "Failed opening required '%s' (include_path='%s')", ZSTR_VAL(text),
                        include_path ? include_path : "");
        } else {
            zend_error(E_WARNING, "%s(): Failed opening '%s' for inclusion (include_path='%s')", function,
                       ZSTR_VAL(text), include_path ? include_path : "");
        }
        zend_string_release(text);
        if (result)
            ZVAL_FALSE(result);
        return;
    }
    zend_string_release(text);
    zval marker;
    ZVAL_TRUE(&marker);
    zend_hash_str_update(&state->included_files, resolved, std::strlen(resolved), &marker);
    zend_op_array* op_array = compile_source(source, length, resolved, ParseOptions {}, false);
    efree(source);
    run_in_scope(execute_data, op_array, result);
}

} // namespace miniphp::vm

// The extension API: what an extension includes, with PHP's names, so that knowledge of writing PHP
// extensions carries over (compare Zend/zend_API.h). By example:
//
//     // str_repeat(string $string, int $times): string
//     PHP_FUNCTION(str_repeat)
//     {
//         zend_string* input;
//         zend_long times;
//         if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sl", &input, &times) == FAILURE)
//             RETURN_THROWS();
//         ...
//         RETURN_STR(result);
//     }
//     static const char* const arginfo_str_repeat[] = {"string", "times", nullptr};
//     static const zend_function_entry my_functions[] = { PHP_FE(str_repeat, arginfo_str_repeat) PHP_FE_END };
//
// A module is a zend_module_entry (functions plus MINIT/MSHUTDOWN/RINIT/RSHUTDOWN hooks) that the host
// hands to zend_startup_modules while the engine starts; the embedding API does this for the built-in
// modules and for those a host lists in EngineConfig::modules (sapi/embed). The guide for extension
// authors, with a worked example, is docs/extending.md.
//
// Ownership, as everywhere in the engine: arguments are borrowed (zend_parse_parameters hands out
// pointers into the caller's frame, valid for the call), return_value receives an owned value.
// Parameter names for messages come from each entry's arginfo, here a null-terminated list of names
// (DIVERGENCE: php-src's arginfo also carries types and defaults; the parser's spec string has the types).
// A name's prefix says how it is passed: "&name" by reference, "&?name" by reference when the caller
// passes a variable and by value otherwise (PHP's prefer-ref: extract, array_multisort), "...name" the
// rest of the arguments (last; "&...name" by reference).
#pragma once

#include "engine/error/error.h"
#include "engine/error/error_types.h"
#include "engine/operators/operators.h"
#include "engine/operators/string_builder.h"
#include "engine/output/output.h"
#include "engine/value/value.h"
#include "engine/vm/constants.h"
#include "engine/vm/execute_data.h"

// --- functions ----------------------------------------------------------------------------------------
#define ZEND_FN(name) zif_##name
#define ZEND_NAMED_FUNCTION(name) void name(zend_execute_data* execute_data, zval* return_value)
#define ZEND_FUNCTION(name) ZEND_NAMED_FUNCTION(ZEND_FN(name))
#define PHP_FUNCTION ZEND_FUNCTION
#define PHP_FN ZEND_FN

// One function of a module: its PHP name, its handler and its parameter names (arginfo).
struct zend_function_entry {
    const char* fname;
    zif_handler handler;
    const char* const* arg_info;
};
#define ZEND_FE(name, arginfo) {#name, ZEND_FN(name), arginfo},
#define ZEND_FALIAS(name, alias, arginfo) {#name, ZEND_FN(alias), arginfo},
#define PHP_FE ZEND_FE
#define PHP_FALIAS ZEND_FALIAS
#define ZEND_FE_END {nullptr, nullptr, nullptr}
#define PHP_FE_END ZEND_FE_END

// --- modules ------------------------------------------------------------------------------------------
#define MODULE_PERSISTENT 1
using zend_module_hook = zend_result (*)(int type, int module_number);
struct zend_module_entry {
    const char* name;
    const zend_function_entry* functions;
    zend_module_hook module_startup_func;
    zend_module_hook module_shutdown_func;
    zend_module_hook request_startup_func;
    zend_module_hook request_shutdown_func;
    const char* version;
};
#define ZEND_MODULE_STARTUP_D(module) zend_result zm_startup_##module(int type, int module_number)
#define ZEND_MODULE_SHUTDOWN_D(module) zend_result zm_shutdown_##module(int type, int module_number)
#define ZEND_MODULE_ACTIVATE_D(module) zend_result zm_activate_##module(int type, int module_number)
#define ZEND_MODULE_DEACTIVATE_D(module) zend_result zm_deactivate_##module(int type, int module_number)
#define PHP_MINIT_FUNCTION ZEND_MODULE_STARTUP_D
#define PHP_MSHUTDOWN_FUNCTION ZEND_MODULE_SHUTDOWN_D
#define PHP_RINIT_FUNCTION ZEND_MODULE_ACTIVATE_D
#define PHP_RSHUTDOWN_FUNCTION ZEND_MODULE_DEACTIVATE_D
#define PHP_MINIT(module) zm_startup_##module
#define PHP_MSHUTDOWN(module) zm_shutdown_##module
#define PHP_RINIT(module) zm_activate_##module
#define PHP_RSHUTDOWN(module) zm_deactivate_##module

// Engine start-up (before value_engine_startup_done): registers each module's functions and runs its
// MINIT. Engine end: MSHUTDOWN. Request start and end: RINIT and RSHUTDOWN of every started module.
// A module's `module_number` (what its hooks receive) is its place in the engine's list of started
// modules, the same in every hook and unique within the engine, also across several calls.
zend_result zend_startup_modules(zend_module_entry* const* modules, size_t count);
void zend_shutdown_modules();
void zend_activate_modules();
void zend_deactivate_modules();
// The started modules in start-up order (extension_loaded, get_loaded_extensions): the entry at
// `index`, or null past the last one.
zend_module_entry* zend_get_started_module(size_t index);
// Registers one list of functions (what zend_startup_modules does per module).
zend_result zend_register_functions(const zend_function_entry* functions);

// Module globals: one pointer per started module, kept by the engine, for the module's own state.
// DIVERGENCE: php-src declares each module's globals as a C global (ZEND_DECLARE_MODULE_GLOBALS), or a
// TSRM slot in thread-safe builds; miniphp keeps no mutable globals (several engines may run in one
// process), so the module allocates its state itself (pemalloc(size, 1) in MINIT), files it here, finds
// it again from any of its functions, and frees it in MSHUTDOWN. Null until set, and for a module the
// engine did not start.
void zend_module_globals_set(int module_number, void* globals);
void* zend_module_globals(const zend_module_entry* module);

// --- arguments ----------------------------------------------------------------------------------------
// Spec letters: l int, d float, b bool, s string (char**, size_t*), S string (zend_string**), a array
// (zval*), h array (HashTable*), r resource (zval*), z any (zval*), f callable (zend_fcall_info*,
// zend_fcall_info_cache*),
// | optional from here, ! after a letter: null allowed
// (gives NULL pointers / sets a bool* is_null for l, d, b; an optional argument not passed leaves its
// variables as they were, so initialise them to the defaults), * and + (after a letter, z only): the rest of
// the arguments (zval** args, uint32_t* count), zero or more / one or more; letters after them take the
// last arguments ("z+f": the arrays, then a callback, as php-src's "+f").
zend_result zend_parse_parameters(uint32_t num_args, const char* spec, ...);
// Whether the code calling the running internal function declared strict_types=1 (then scalars are
// not coerced: zend_parse_parameters accepts only the exact type, or an int for a float).
bool zend_arg_uses_strict_types();
#define ZEND_ARG_USES_STRICT_TYPES() zend_arg_uses_strict_types()
// PHP's coercive ("weak") conversions of one argument, as zend_parse_parameters applies them: false when
// the value cannot be taken (the caller raises the TypeError). A null gives PHP 8.1's deprecation for
// argument `arg_num` of the running function. The string form converts `arg` in place.
bool zend_parse_arg_long_weak(zval* arg, zend_long* dest, uint32_t arg_num);
bool zend_parse_arg_double_weak(zval* arg, double* dest, uint32_t arg_num);
bool zend_parse_arg_bool_weak(zval* arg, bool* dest, uint32_t arg_num);
bool zend_parse_arg_str_weak(zval* arg, uint32_t arg_num);
// The running internal function's name, and its parameter `n`'s name (null when unknown).
const char* get_active_function_name();
const char* get_active_function_arg_name(uint32_t n);
// A diagnostic prefixed with the running function's name, "strpos(): MESSAGE", as php-src's main/main.c
// prints it. `docref` is accepted for compatibility and unused (PHP shows it only with html_errors).
void php_error_docref(const char* docref, int type, const char* format, ...) __attribute__((format(printf, 3, 4)));
// TypeError / ValueError about argument `n` of the running function: "f(): Argument #n ($name) MESSAGE".
void zend_argument_type_error(uint32_t n, const char* format, ...) __attribute__((format(printf, 2, 3)));
void zend_argument_value_error(uint32_t n, const char* format, ...) __attribute__((format(printf, 2, 3)));
void zend_argument_count_error(const char* format, ...) __attribute__((format(printf, 1, 2)));
// "f(): Argument #n ($name) must be of type EXPECTED, GIVEN given".
void zend_wrong_parameter_type_error(uint32_t n, const char* expected, zval* given);
void zend_wrong_parameters_count_error(uint32_t min, uint32_t max);

// --- constants ----------------------------------------------------------------------------------------
// Registered in MINIT (persistent, for every request) or at run time (define(): the request's). Names
// are case-sensitive. The REGISTER_* macros use MINIT's `module_number`.
void zend_register_long_constant(const char* name, size_t name_len, zend_long lval, int flags, int module_number);
void zend_register_double_constant(const char* name, size_t name_len, double dval, int flags, int module_number);
void zend_register_bool_constant(const char* name, size_t name_len, bool bval, int flags, int module_number);
void zend_register_null_constant(const char* name, size_t name_len, int flags, int module_number);
void zend_register_string_constant(const char* name, size_t name_len, const char* strval, int flags,
                                   int module_number);
#define REGISTER_LONG_CONSTANT(name, lval, flags) \
    zend_register_long_constant((name), sizeof(name) - 1, (lval), (flags), module_number)
#define REGISTER_DOUBLE_CONSTANT(name, dval, flags) \
    zend_register_double_constant((name), sizeof(name) - 1, (dval), (flags), module_number)
#define REGISTER_BOOL_CONSTANT(name, bval, flags) \
    zend_register_bool_constant((name), sizeof(name) - 1, (bval), (flags), module_number)
#define REGISTER_NULL_CONSTANT(name, flags) zend_register_null_constant((name), sizeof(name) - 1, (flags), module_number)
#define REGISTER_STRING_CONSTANT(name, str, flags) \
    zend_register_string_constant((name), sizeof(name) - 1, (str), (flags), module_number)

// --- calling PHP from C ---------------------------------------------------------------------------------
// A callable resolved once and called many times (usort's comparator, array_map's callback), as in
// php-src: zend_parse_parameters' "f" fills both structures; set retval/params/param_count and call.
//
//     zend_fcall_info fci; zend_fcall_info_cache fcc;
//     if (zend_parse_parameters(ZEND_NUM_ARGS(), "af", &array, &fci, &fcc) == FAILURE) RETURN_THROWS();
//     zval args[2], result;  ... fill args ...
//     fci.params = args; fci.param_count = 2; fci.retval = &result;
//     if (zend_call_function(&fci, &fcc) == SUCCESS) { ... use result ...; zval_ptr_dtor(&result); }
//
// Parameters are borrowed. A by-reference parameter of the callee gets the reference when params[i]
// is one (ZVAL_MAKE_REF it first to see the callee's writes, as array_walk does); otherwise PHP's
// warning and a temporary reference. `retval` receives an owned value (null after a bailout-free
// failure).
struct zend_fcall_info {
    size_t size;
    zval function_name; // the callable as given (borrowed)
    zval* retval;
    zval* params;
    uint32_t param_count;
    HashTable* named_params; // unused: always null
};
struct zend_fcall_info_cache {
    zend_function* function_handler;
};
zend_result zend_call_function(zend_fcall_info* fci, zend_fcall_info_cache* fcc);
// Resolves `callable` (today: a function name string, any case, optional leading "\\"). On failure
// returns FAILURE and, if `error` is given, sets *error to PHP's reason (a static string, e.g.
// "function \"x\" not found or invalid function name").
zend_result zend_fcall_info_init(zval* callable, uint32_t flags, zend_fcall_info* fci, zend_fcall_info_cache* fcc,
                                 zend_string** callable_name, const char** error);
bool zend_is_callable(zval* callable, uint32_t flags, zend_string** callable_name);
// One-off call of `function_name` (a callable zval) with `param_count` borrowed params.
zend_result call_user_function(void* function_table, zval* object, zval* function_name, zval* retval,
                               uint32_t param_count, zval* params);

// --- return values ------------------------------------------------------------------------------------
#define RETVAL_NULL() ZVAL_NULL(return_value)
#define RETVAL_BOOL(b) ZVAL_BOOL(return_value, b)
#define RETVAL_TRUE ZVAL_TRUE(return_value)
#define RETVAL_FALSE ZVAL_FALSE(return_value)
#define RETVAL_LONG(l) ZVAL_LONG(return_value, l)
#define RETVAL_DOUBLE(d) ZVAL_DOUBLE(return_value, d)
#define RETVAL_STR(s) ZVAL_STR(return_value, s)
#define RETVAL_STR_COPY(s) ZVAL_STR(return_value, zend_string_copy(s))
#define RETVAL_STRING(s) ZVAL_STRING(return_value, s)
#define RETVAL_STRINGL(s, l) ZVAL_STRINGL(return_value, s, l)
#define RETVAL_EMPTY_STRING() ZVAL_STR(return_value, ZSTR_EMPTY_ALLOC())
#define RETVAL_ARR(ht) ZVAL_ARR(return_value, ht)
#define RETVAL_RES(r) ZVAL_RES(return_value, r)
#define RETVAL_EMPTY_ARRAY() ZVAL_EMPTY_ARRAY(return_value)
#define RETVAL_COPY(zv) ZVAL_COPY(return_value, zv)
#define RETVAL_COPY_DEREF(zv) ZVAL_COPY_DEREF(return_value, zv)

#define RETURN_NULL() do { RETVAL_NULL(); return; } while (0)
#define RETURN_BOOL(b) do { RETVAL_BOOL(b); return; } while (0)
#define RETURN_TRUE do { RETVAL_TRUE; return; } while (0)
#define RETURN_FALSE do { RETVAL_FALSE; return; } while (0)
#define RETURN_LONG(l) do { RETVAL_LONG(l); return; } while (0)
#define RETURN_DOUBLE(d) do { RETVAL_DOUBLE(d); return; } while (0)
#define RETURN_STR(s) do { RETVAL_STR(s); return; } while (0)
#define RETURN_STR_COPY(s) do { RETVAL_STR_COPY(s); return; } while (0)
#define RETURN_STRING(s) do { RETVAL_STRING(s); return; } while (0)
#define RETURN_STRINGL(s, l) do { RETVAL_STRINGL(s, l); return; } while (0)
#define RETURN_EMPTY_STRING() do { RETVAL_EMPTY_STRING(); return; } while (0)
#define RETURN_ARR(ht) do { RETVAL_ARR(ht); return; } while (0)
#define RETURN_RES(r) do { RETVAL_RES(r); return; } while (0)
#define RETURN_EMPTY_ARRAY() do { RETVAL_EMPTY_ARRAY(); return; } while (0)
#define RETURN_COPY(zv) do { RETVAL_COPY(zv); return; } while (0)
#define RETURN_COPY_DEREF(zv) do { RETVAL_COPY_DEREF(zv); return; } while (0)
// After an error was thrown: the return value stays UNDEF-free null; the VM sees the pending error.
#define RETURN_THROWS() do { return; } while (0)

// --- building arrays ----------------------------------------------------------------------------------
// `arg` becomes a new empty array (owned).
void array_init(zval* arg);
void array_init_size(zval* arg, uint32_t size);
// Each add_* takes ownership of `value` (the zval forms) or copies the bytes (the string forms).
void add_next_index_zval(zval* arg, zval* value);
void add_next_index_long(zval* arg, zend_long n);
void add_next_index_double(zval* arg, double d);
void add_next_index_bool(zval* arg, bool b);
void add_next_index_null(zval* arg);
void add_next_index_str(zval* arg, zend_string* s);
void add_next_index_string(zval* arg, const char* s);
void add_next_index_stringl(zval* arg, const char* s, size_t length);
void add_index_zval(zval* arg, zend_ulong index, zval* value);
void add_index_long(zval* arg, zend_ulong index, zend_long n);
void add_index_double(zval* arg, zend_ulong index, double d);
void add_index_bool(zval* arg, zend_ulong index, bool b);
void add_index_null(zval* arg, zend_ulong index);
void add_index_str(zval* arg, zend_ulong index, zend_string* s);
void add_index_string(zval* arg, zend_ulong index, const char* s);
void add_index_stringl(zval* arg, zend_ulong index, const char* s, size_t length);
void add_assoc_zval(zval* arg, const char* key, zval* value);
void add_assoc_long(zval* arg, const char* key, zend_long n);
void add_assoc_double(zval* arg, const char* key, double d);
void add_assoc_bool(zval* arg, const char* key, bool b);
void add_assoc_null(zval* arg, const char* key);
void add_assoc_str(zval* arg, const char* key, zend_string* s);
void add_assoc_string(zval* arg, const char* key, const char* s);
void add_assoc_stringl(zval* arg, const char* key, const char* s, size_t length);

// zend_hash_for_each(ht, f) visits every element in order (engine/value/hash_table.h).

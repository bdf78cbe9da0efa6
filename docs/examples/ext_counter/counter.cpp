// The counter extension: the worked example of docs/extending.md, written against the extension API
// (engine/api/php_api.h) as a PHP extension is written against php-src. The test suite builds it, starts it
// in an engine through the embedding API (counter_host.cpp) and runs PHP scripts that call it.
//
// One function per idea of the guide, in the guide's order:
//   counter_repeat    arguments, return values, warnings and ValueErrors, building a zend_string
//   counter_sum       a variadic parameter and the type error an extension raises itself
//   counter_tally     walking an array and building one
//   counter_with_total copy on write: changing a copy of the caller's array
//   counter_bump      a by-reference parameter
//   counter_next      per-request state and an ini setting
//   counter_stats     engine-lifetime state
//   counter_each      calling a PHP callable
//   counter_open, counter_step, counter_close
//                     a resource type whose destructor frees native memory
//   counter_leak      a deliberate leak, for the leak report
//
// Memory. Everything a function allocates for PHP values comes from the request heap (emalloc and the
// zend_string/array functions built on it) and is either handed to PHP (return_value, an array, a resource)
// or freed before the function returns. The module's own state is persistent (pemalloc(..., 1)): allocated
// in MINIT, freed in MSHUTDOWN. Nothing here is a C++ object with a destructor, because any call into the
// engine may bail out (longjmp) past this code.
#include "docs/examples/ext_counter/counter.h"

#include <cstring>

#include "engine/ini/ini.h"

namespace {

constexpr zend_long kMaxTimes = 1000; // COUNTER_MAX_TIMES
constexpr const char* kVersion = "1.0.0"; // COUNTER_VERSION

// --- state --------------------------------------------------------------------------------------------

// The module's globals: one per engine, in persistent memory, found through the engine
// (zend_module_globals) so that two engines in one process never share them.
struct CounterGlobals {
    // Engine lifetime: set in MINIT, kept from request to request.
    int le_counter;              // the id of the "counter" resource type
    zend_long requests;          // requests started
    zend_long handles_destroyed; // counter resources whose destructor ran
    // Request lifetime: reset in RINIT, released in RSHUTDOWN.
    zend_long next;           // counter_next()'s last value
    zend_long handles_open;   // counter resources alive now
    zend_string* last_result; // counter_repeat()'s last result (one count, request memory), or null
};

CounterGlobals* counter_globals()
{
    return static_cast<CounterGlobals*>(zend_module_globals(&counter_module_entry));
}

// The native side of a counter resource, in request memory. The resource destructor frees it.
struct CounterHandle {
    zend_long value;
    zend_long step;
};

// Runs when the last zval holding the resource goes away, when counter_close() closes it, or at request
// end for a resource the script still holds, whichever comes first, and only once.
void counter_handle_dtor(zend_resource* resource)
{
    auto* handle = static_cast<CounterHandle*>(resource->ptr);
    efree(handle);
    CounterGlobals* globals = counter_globals();
    globals->handles_open--;
    globals->handles_destroyed++;
}

// --- functions ----------------------------------------------------------------------------------------

// Keeps a count of `result` in the module's state until the next call or the end of the request.
void remember_result(zend_string* result)
{
    CounterGlobals* globals = counter_globals();
    if (globals->last_result)
        zend_string_release(globals->last_result);
    globals->last_result = zend_string_copy(result); // one more count: ours
}

// counter_repeat(string $text, int $times, string $separator = ""): string
// `$text` repeated `$times` times, joined by `$separator`; at most COUNTER_MAX_TIMES repetitions.
PHP_FUNCTION(counter_repeat)
{
    zend_string* text;
    zend_long times;
    zend_string* separator = nullptr; // optional: left as it is when not passed
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sl|S", &text, &times, &separator) == FAILURE)
        RETURN_THROWS();
    if (times < 0) {
        zend_argument_value_error(2, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    if (times > kMaxTimes) {
        zend_error(E_WARNING, "%s(): Repeating %lld times, capped at %lld", get_active_function_name(),
                   static_cast<long long>(times), static_cast<long long>(kMaxTimes));
        times = kMaxTimes;
    }
    if (times == 0) {
        remember_result(ZSTR_EMPTY_ALLOC());
        RETURN_EMPTY_STRING();
    }

    size_t separator_length = separator ? ZSTR_LEN(separator) : 0;
    // times * (text + separator) bytes; the safe_ form turns an overflow into PHP's fatal error.
    zend_string* result = zend_string_safe_alloc(static_cast<size_t>(times), ZSTR_LEN(text) + separator_length, 0,
                                                 false);
    char* out = ZSTR_VAL(result);
    for (zend_long i = 0; i < times; ++i) {
        if (i > 0 && separator_length) {
            std::memcpy(out, ZSTR_VAL(separator), separator_length);
            out += separator_length;
        }
        std::memcpy(out, ZSTR_VAL(text), ZSTR_LEN(text));
        out += ZSTR_LEN(text);
    }
    *out = '\0';
    ZSTR_LEN(result) = static_cast<size_t>(out - ZSTR_VAL(result));
    remember_result(result);
    RETURN_STR(result); // the new string's first count passes to the caller
}

// counter_sum(int ...$numbers): int
PHP_FUNCTION(counter_sum)
{
    zval* numbers;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z*", &numbers, &count) == FAILURE)
        RETURN_THROWS();
    zend_long total = 0;
    for (uint32_t i = 0; i < count; ++i) {
        // "z" takes anything, so the type check is ours. Argument numbers count from 1.
        if (Z_TYPE(numbers[i]) != IS_LONG) {
            zend_wrong_parameter_type_error(i + 1, "int", &numbers[i]);
            RETURN_THROWS();
        }
        total += Z_LVAL(numbers[i]);
    }
    RETURN_LONG(total);
}

// counter_tally(array $words): array
// How often each value occurs: ["b", "a", "b"] gives ["b" => 2, "a" => 1].
PHP_FUNCTION(counter_tally)
{
    HashTable* words;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &words) == FAILURE)
        RETURN_THROWS();
    array_init(return_value);
    HashTable* tally = Z_ARRVAL_P(return_value);
    zend_hash_for_each(words, [&](zend_ulong, zend_string*, zval* value) {
        zend_string* word = zval_get_string(value); // owned: 7 becomes "7", a string gains a count
        zval* seen = zend_symtable_find(tally, word); // "7" is looked up as the integer key 7, as PHP does
        if (seen) {
            Z_LVAL_P(seen)++;
        } else {
            zval one;
            ZVAL_LONG(&one, 1);
            zend_symtable_update(tally, word, &one); // the table takes its own count of the key
        }
        zend_string_release(word);
    });
}

// counter_with_total(array $values): array
// A copy of `$values` with one more element, "total", the sum of the values. The caller's array is unchanged.
PHP_FUNCTION(counter_with_total)
{
    zval* values;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a", &values) == FAILURE)
        RETURN_THROWS();
    zend_long total = 0;
    zend_hash_for_each(Z_ARRVAL_P(values), [&](zend_ulong, zend_string*, zval* value) {
        total += zval_get_long(value);
    });
    // Share the caller's array (one more count), then separate it before writing: the array is shared, so
    // SEPARATE_ARRAY gives return_value a private copy and the caller's array stays as it was.
    ZVAL_COPY(return_value, values);
    SEPARATE_ARRAY(return_value);
    add_assoc_long(return_value, "total", total);
}

// counter_bump(int &$value, int $step = 1): int
// Adds `$step` to the caller's variable and returns the new value.
PHP_FUNCTION(counter_bump)
{
    zval* value;
    zend_long step = 1;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|l", &value, &step) == FAILURE)
        RETURN_THROWS();
    // `value` is the variable inside the reference (zend_parse_parameters dereferences it), so writing
    // to it writes to the caller's variable. Release what it held before overwriting it.
    zend_long bumped = zval_get_long(value) + step;
    zval_ptr_dtor(value);
    ZVAL_LONG(value, bumped);
    RETURN_LONG(bumped);
}

// counter_next(): int
// 1, 2, 3, ... within one request, stepping by the counter.step ini setting; every request starts again.
PHP_FUNCTION(counter_next)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    CounterGlobals* globals = counter_globals();
    globals->next += INI_INT("counter.step");
    RETURN_LONG(globals->next);
}

// counter_stats(): array
// The module's state: ["requests" => ..., "open" => ..., "destroyed" => ..., "last" => ...].
PHP_FUNCTION(counter_stats)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    CounterGlobals* globals = counter_globals();
    array_init(return_value);
    add_assoc_long(return_value, "requests", globals->requests);
    add_assoc_long(return_value, "open", globals->handles_open);
    add_assoc_long(return_value, "destroyed", globals->handles_destroyed);
    if (globals->last_result)
        add_assoc_str(return_value, "last", zend_string_copy(globals->last_result)); // the array takes a count
    else
        add_assoc_null(return_value, "last");
}

// counter_each(array $values, callable $callback): int
// Calls $callback($value, $key) for each element; returns how many calls returned something true.
PHP_FUNCTION(counter_each)
{
    zval* values;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "af", &values, &fci, &fcc) == FAILURE)
        RETURN_THROWS();
    zend_long accepted = 0;
    zend_hash_for_each(Z_ARRVAL_P(values), [&](zend_ulong index, zend_string* key, zval* value) {
        // The parameters are borrowed: the callee takes its own counts of what it keeps.
        zval params[2];
        ZVAL_COPY_VALUE(&params[0], value);
        if (key)
            ZVAL_STR(&params[1], key);
        else
            ZVAL_LONG(&params[1], static_cast<zend_long>(index));
        zval result;
        fci.params = params;
        fci.param_count = 2;
        fci.retval = &result;
        if (zend_call_function(&fci, &fcc) == SUCCESS) {
            if (zend_is_true(&result))
                ++accepted;
            zval_ptr_dtor(&result); // the result is owned: give it back
        }
    });
    RETURN_LONG(accepted);
}

// counter_open(int $start = 0, int $step = 1): resource
PHP_FUNCTION(counter_open)
{
    zend_long start = 0;
    zend_long step = 1;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|ll", &start, &step) == FAILURE)
        RETURN_THROWS();
    CounterGlobals* globals = counter_globals();
    auto* handle = static_cast<CounterHandle*>(emalloc(sizeof(CounterHandle)));
    handle->value = start;
    handle->step = step;
    globals->handles_open++;
    RETURN_RES(zend_register_resource(handle, globals->le_counter));
}

// The handle behind a counter resource argument, or null after raising PHP's TypeError.
CounterHandle* fetch_counter(zval* resource)
{
    auto* handle = static_cast<CounterHandle*>(
        zend_fetch_resource_ex(resource, "counter", counter_globals()->le_counter));
    if (!handle) {
        // FIXME: PHP's zend_fetch_resource raises this TypeError itself; miniphp's does not yet.
        zend_type_error("%s(): supplied resource is not a valid counter resource", get_active_function_name());
    }
    return handle;
}

// counter_step(resource $counter): int
// Advances the counter by its step and returns the new value.
PHP_FUNCTION(counter_step)
{
    zval* resource;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "r", &resource) == FAILURE)
        RETURN_THROWS();
    CounterHandle* handle = fetch_counter(resource);
    if (!handle)
        RETURN_THROWS();
    handle->value += handle->step;
    RETURN_LONG(handle->value);
}

// counter_close(resource $counter): bool
// Runs the destructor now; the resource stays, closed, while variables still hold it.
PHP_FUNCTION(counter_close)
{
    zval* resource;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "r", &resource) == FAILURE)
        RETURN_THROWS();
    if (!fetch_counter(resource))
        RETURN_THROWS();
    zend_list_close(Z_RES_P(resource));
    RETURN_TRUE;
}

// counter_leak(int $bytes): void
// A bug on purpose: request memory allocated and never freed, which the leak report names.
PHP_FUNCTION(counter_leak)
{
    zend_long bytes;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "l", &bytes) == FAILURE)
        RETURN_THROWS();
    char* buffer = static_cast<char*>(emalloc(static_cast<size_t>(bytes)));
    std::memset(buffer, 'x', static_cast<size_t>(bytes));
    // ... and no efree(buffer).
}

// --- the module ---------------------------------------------------------------------------------------

const char* const arginfo_counter_repeat[] = {"text", "times", "separator", nullptr};
const char* const arginfo_counter_sum[] = {"...numbers", nullptr};
const char* const arginfo_counter_tally[] = {"words", nullptr};
const char* const arginfo_counter_with_total[] = {"values", nullptr};
const char* const arginfo_counter_bump[] = {"&value", "step", nullptr};
const char* const arginfo_counter_each[] = {"values", "callback", nullptr};
const char* const arginfo_counter_open[] = {"start", "step", nullptr};
const char* const arginfo_counter_resource[] = {"counter", nullptr};
const char* const arginfo_counter_leak[] = {"bytes", nullptr};
const char* const arginfo_none[] = {nullptr};

const zend_function_entry counter_functions[] = {
    PHP_FE(counter_repeat, arginfo_counter_repeat)
    PHP_FE(counter_sum, arginfo_counter_sum)
    PHP_FE(counter_tally, arginfo_counter_tally)
    PHP_FE(counter_with_total, arginfo_counter_with_total)
    PHP_FE(counter_bump, arginfo_counter_bump)
    PHP_FE(counter_next, arginfo_none)
    PHP_FE(counter_stats, arginfo_none)
    PHP_FE(counter_each, arginfo_counter_each)
    PHP_FE(counter_open, arginfo_counter_open)
    PHP_FE(counter_step, arginfo_counter_resource)
    PHP_FE(counter_close, arginfo_counter_resource)
    PHP_FE(counter_leak, arginfo_counter_leak)
    PHP_FE_END
};

PHP_INI_BEGIN()
    PHP_INI_ENTRY("counter.step", "1", PHP_INI_ALL, nullptr)
PHP_INI_END()

// Engine start: the module's persistent state, its resource type, constants and ini settings.
PHP_MINIT_FUNCTION(counter)
{
    auto* globals = static_cast<CounterGlobals*>(pecalloc(1, sizeof(CounterGlobals), 1));
    zend_module_globals_set(module_number, globals);
    globals->le_counter = zend_register_list_destructors_ex(counter_handle_dtor, nullptr, "counter", module_number);
    REGISTER_LONG_CONSTANT("COUNTER_MAX_TIMES", kMaxTimes, CONST_CS | CONST_PERSISTENT);
    REGISTER_STRING_CONSTANT("COUNTER_VERSION", kVersion, CONST_CS | CONST_PERSISTENT);
    if (!REGISTER_INI_ENTRIES())
        return FAILURE;
    return SUCCESS;
}

// Engine end: undo MINIT.
PHP_MSHUTDOWN_FUNCTION(counter)
{
    UNREGISTER_INI_ENTRIES();
    pefree(counter_globals(), 1);
    zend_module_globals_set(module_number, nullptr);
    return SUCCESS;
}

// Request start: the request-lifetime half of the state starts from zero.
PHP_RINIT_FUNCTION(counter)
{
    CounterGlobals* globals = counter_globals();
    globals->requests++;
    globals->next = 0;
    globals->handles_open = 0;
    return SUCCESS;
}

// Request end: nothing may point into request memory after it, so the module gives back its count of the
// last result (which frees the string unless the script still holds it; request end frees that too).
PHP_RSHUTDOWN_FUNCTION(counter)
{
    CounterGlobals* globals = counter_globals();
    if (globals->last_result) {
        zend_string_release(globals->last_result);
        globals->last_result = nullptr;
    }
    return SUCCESS;
}

} // namespace

zend_module_entry counter_module_entry = {
    "counter",
    counter_functions,
    PHP_MINIT(counter),
    PHP_MSHUTDOWN(counter),
    PHP_RINIT(counter),
    PHP_RSHUTDOWN(counter),
    kVersion,
};

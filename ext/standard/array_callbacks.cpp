// Array functions that call back into PHP code: usort, uasort, uksort, array_map, array_filter,
// array_reduce, array_walk, array_walk_recursive (https://www.php.net/manual/en/ref.array.php).
//
// Callbacks are resolved once by zend_parse_parameters ("f") and called through zend_call_function.
// A callback may do anything, including changing the array being walked when it reaches it through a
// reference or a global: array_walk keeps its place with an external iterator, as PHP does, and the
// sorts work on a copy (php_sort_array), so the callback never sees a half-sorted array.
#include "ext/standard/php_array.h"
#include "ext/standard/standard_messages.h"

namespace {

using miniphp::HashEntry;
using miniphp::hash_entries;

void compare_argument(zval* target, const Bucket* b, bool by_key)
{
    if (!by_key) {
        ZVAL_COPY(target, &b->val);
    } else if (b->key) {
        ZVAL_STR_COPY(target, b->key);
    } else {
        ZVAL_LONG(target, static_cast<zend_long>(b->h));
    }
}

// Calls the comparator on (first, second). False when the call failed.
bool call_comparator(php_user_callback* callback, const Bucket* first, const Bucket* second, bool by_key,
                     zval* result)
{
    zval args[2];
    compare_argument(&args[0], first, by_key);
    compare_argument(&args[1], second, by_key);
    ZVAL_UNDEF(result);
    callback->fci.param_count = 2;
    callback->fci.params = args;
    callback->fci.retval = result;
    bool ok = zend_call_function(&callback->fci, &callback->fcc) == SUCCESS && !Z_ISUNDEF_P(result);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[0]);
    return ok;
}

} // namespace

int php_user_compare_unstable(Bucket* a, Bucket* b, php_user_callback* callback, bool by_key)
{
    zval result;
    if (!call_comparator(callback, a, b, by_key, &result))
        return 0;
    if (Z_TYPE(result) == IS_FALSE || Z_TYPE(result) == IS_TRUE) {
        if (!*callback->deprecation_raised) {
            zend_error(E_DEPRECATED, standard_messages::kReturningBool, get_active_function_name());
            *callback->deprecation_raised = true;
        }
        if (Z_TYPE(result) == IS_FALSE) {
            if (!call_comparator(callback, b, a, by_key, &result))
                return 0;
            zend_long swapped = zval_get_long(&result);
            zval_ptr_dtor(&result);
            return -ZEND_NORMALIZE_BOOL(swapped);
        }
    }
    zend_long value = zval_get_long(&result);
    zval_ptr_dtor(&result);
    return ZEND_NORMALIZE_BOOL(value);
}

namespace {

// --- the user-defined sorts ----------------------------------------------------------------------

struct UserSort {
    php_user_callback callback;
    bool by_key;
    bool deprecation_raised;
};

int user_compare(Bucket* a, Bucket* b, void* context)
{
    auto* sort = static_cast<UserSort*>(context);
    int result = php_user_compare_unstable(a, b, &sort->callback, sort->by_key);
    if (result)
        return result;
    uint32_t x = Z_EXTRA(a->val);
    uint32_t y = Z_EXTRA(b->val);
    return x > y ? 1 : (x < y ? -1 : 0);
}

void user_sort(zend_execute_data* execute_data, zval* return_value, bool by_key, bool renumber)
{
    zval* array;
    UserSort sort {};
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "af", &array, &sort.callback.fci, &sort.callback.fcc) == FAILURE)
        RETURN_THROWS();
    sort.by_key = by_key;
    sort.callback.deprecation_raised = &sort.deprecation_raised;
    if (zend_hash_num_elements(Z_ARRVAL_P(array)) != 0)
        php_sort_array_ex(array, user_compare, &sort, renumber, true);
    RETURN_TRUE;
}

} // namespace

// usort(array &$array, callable $callback): true
// https://www.php.net/manual/en/function.usort.php
PHP_FUNCTION(usort) { user_sort(execute_data, return_value, false, true); }

// uasort(array &$array, callable $callback): true
// https://www.php.net/manual/en/function.uasort.php
PHP_FUNCTION(uasort) { user_sort(execute_data, return_value, false, false); }

// uksort(array &$array, callable $callback): true
// https://www.php.net/manual/en/function.uksort.php
PHP_FUNCTION(uksort) { user_sort(execute_data, return_value, true, false); }

// --- map, filter, reduce -------------------------------------------------------------------------

// array_map(?callable $callback, array $array, array ...$arrays): array
// https://www.php.net/manual/en/function.array-map.php
// One array: keys are kept. Several: the arrays are walked side by side (shorter ones padded with
// null) and the result is a list; a null callback zips them into lists.
PHP_FUNCTION(array_map)
{
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval* arrays;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "f!z+", &fci, &fcc, &arrays, &count) == FAILURE)
        RETURN_THROWS();
    const bool have_callback = fci.size != 0;
    if (count == 1) {
        if (Z_TYPE(arrays[0]) != IS_ARRAY) {
            zend_argument_type_error(2, standard_messages::kMustBeArrayGiven, zend_zval_type_name(&arrays[0]));
            RETURN_THROWS();
        }
        HashTable* ht = Z_ARRVAL(arrays[0]);
        if (!have_callback || zend_hash_num_elements(ht) == 0)
            RETURN_COPY(&arrays[0]);
        array_init_size(return_value, zend_hash_num_elements(ht));
        for (HashEntry entry : hash_entries(ht)) {
            zval arg;
            zval result;
            ZVAL_COPY(&arg, entry.value);
            ZVAL_UNDEF(&result);
            fci.retval = &result;
            fci.param_count = 1;
            fci.params = &arg;
            bool ok = zend_call_function(&fci, &fcc) == SUCCESS && !Z_ISUNDEF(result);
            zval_ptr_dtor(&arg);
            if (!ok) {
                zval_ptr_dtor(return_value);
                RETURN_NULL();
            }
            if (entry.key)
                zend_hash_add_new(Z_ARRVAL_P(return_value), entry.key, &result);
            else
                zend_hash_index_add_new(Z_ARRVAL_P(return_value), entry.h, &result);
        }
        return;
    }
    uint32_t longest = 0;
    for (uint32_t i = 0; i < count; ++i) {
        if (Z_TYPE(arrays[i]) != IS_ARRAY) {
            zend_argument_type_error(i + 2, standard_messages::kMustBeArrayGiven, zend_zval_type_name(&arrays[i]));
            RETURN_THROWS();
        }
        if (zend_hash_num_elements(Z_ARRVAL(arrays[i])) > longest)
            longest = zend_hash_num_elements(Z_ARRVAL(arrays[i]));
    }
    array_init_size(return_value, longest);
    // Request memory, not a C++ container: a callback may bail out.
    auto* positions = static_cast<uint32_t*>(ecalloc(count, sizeof(uint32_t)));
    auto* params = static_cast<zval*>(emalloc(sizeof(zval) * count));
    for (uint32_t k = 0; k < longest; ++k) {
        for (uint32_t i = 0; i < count; ++i) {
            HashTable* ht = Z_ARRVAL(arrays[i]);
            uint32_t pos = zend_hash_skip_holes(ht, positions[i]);
            if (pos < ht->nNumUsed) {
                ZVAL_COPY(&params[i], zend_hash_position_value(ht, pos));
                positions[i] = pos + 1;
            } else {
                ZVAL_NULL(&params[i]);
            }
        }
        zval result;
        if (!have_callback) {
            array_init_size(&result, count);
            for (uint32_t i = 0; i < count; ++i)
                zend_hash_next_index_insert(Z_ARRVAL(result), &params[i]);
        } else {
            ZVAL_UNDEF(&result);
            fci.retval = &result;
            fci.param_count = count;
            fci.params = params;
            bool ok = zend_call_function(&fci, &fcc) == SUCCESS && !Z_ISUNDEF(result);
            for (uint32_t i = 0; i < count; ++i)
                zval_ptr_dtor(&params[i]);
            if (!ok) {
                efree(params);
                efree(positions);
                zval_ptr_dtor(return_value);
                RETURN_NULL();
            }
        }
        zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &result);
    }
    efree(params);
    efree(positions);
}

// array_filter(array $array, ?callable $callback = null, int $mode = 0): array
// https://www.php.net/manual/en/function.array-filter.php
// Keys are kept. Without a callback the truthy elements stay; ARRAY_FILTER_USE_KEY passes the key
// instead of the value, ARRAY_FILTER_USE_BOTH the value and the key.
PHP_FUNCTION(array_filter)
{
    HashTable* ht;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zend_long mode = 0;
    fci.size = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h|f!l", &ht, &fci, &fcc, &mode) == FAILURE)
        RETURN_THROWS();
    if (zend_hash_num_elements(ht) == 0)
        RETURN_EMPTY_ARRAY();
    const bool have_callback = fci.size != 0;
    array_init(return_value);
    for (HashEntry entry : hash_entries(ht)) {
        if (have_callback) {
            zval args[2];
            zval result;
            uint32_t argc = mode == PHP_ARRAY_FILTER_USE_BOTH ? 2 : 1;
            zval* key = mode == PHP_ARRAY_FILTER_USE_BOTH ? &args[1] : &args[0];
            if (mode) {
                if (entry.key)
                    ZVAL_STR_COPY(key, entry.key);
                else
                    ZVAL_LONG(key, static_cast<zend_long>(entry.h));
            }
            if (mode != PHP_ARRAY_FILTER_USE_KEY)
                ZVAL_COPY(&args[0], entry.value);
            ZVAL_UNDEF(&result);
            fci.retval = &result;
            fci.param_count = argc;
            fci.params = args;
            bool ok = zend_call_function(&fci, &fcc) == SUCCESS;
            for (uint32_t i = 0; i < argc; ++i)
                zval_ptr_dtor(&args[i]);
            if (!ok)
                return;
            bool keep = zend_is_true(&result);
            zval_ptr_dtor(&result);
            if (!keep)
                continue;
        } else {
            zval* value = entry.value;
            ZVAL_DEREF(value);
            if (!zend_is_true(value))
                continue;
        }
        php_array_add_with_key(Z_ARRVAL_P(return_value), entry, entry.value);
    }
}

// array_reduce(array $array, callable $callback, mixed $initial = null): mixed
// https://www.php.net/manual/en/function.array-reduce.php
PHP_FUNCTION(array_reduce)
{
    HashTable* ht;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval* initial = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "hf|z", &ht, &fci, &fcc, &initial) == FAILURE)
        RETURN_THROWS();
    if (ZEND_NUM_ARGS() > 2 && initial)
        ZVAL_COPY(return_value, initial);
    else
        ZVAL_NULL(return_value);
    for (HashEntry entry : hash_entries(ht)) {
        zval args[2];
        zval result;
        ZVAL_COPY_VALUE(&args[0], return_value);
        ZVAL_COPY(&args[1], entry.value);
        ZVAL_UNDEF(&result);
        fci.retval = &result;
        fci.param_count = 2;
        fci.params = args;
        bool ok = zend_call_function(&fci, &fcc) == SUCCESS && !Z_ISUNDEF(result);
        zval_ptr_dtor(&args[1]);
        zval_ptr_dtor(&args[0]);
        if (!ok) {
            ZVAL_NULL(return_value);
            return;
        }
        ZVAL_COPY_VALUE(return_value, &result);
        if (Z_ISREF_P(return_value)) {
            zval unwrapped;
            ZVAL_COPY_DEREF(&unwrapped, return_value);
            zval_ptr_dtor(return_value);
            ZVAL_COPY_VALUE(return_value, &unwrapped);
        }
    }
}

// --- walking -------------------------------------------------------------------------------------

namespace {

struct Walk {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval* extra; // array_walk's third argument, or null
    bool recursive;
};

// Walks the array held by `array` (writable: separated by the caller). Each element is made a
// reference first, so a callback taking it by reference writes into the array; the position is kept
// in an external iterator, so the walk survives the callback changing the array. False after an error.
bool walk(Walk* context, zval* array)
{
    HashTable* ht = Z_ARRVAL_P(array);
    if (zend_hash_num_elements(ht) == 0)
        return true;
    zval args[3];
    uint32_t argc = context->extra ? 3 : 2;
    if (context->extra)
        ZVAL_COPY(&args[2], context->extra);
    HashPosition pos;
    zend_hash_internal_pointer_reset_ex(ht, &pos);
    uint32_t iterator = zend_hash_iterator_add(ht, pos);
    bool ok = true;
    while (true) {
        zval* element = zend_hash_get_current_data_ex(ht, &pos);
        if (!element)
            break;
        ZVAL_MAKE_REF(element);
        zend_hash_get_current_key_zval_ex(ht, &args[1], &pos);
        zend_hash_move_forward_ex(ht, &pos);
        zend_hash_iterator_set_pos(iterator, pos);
        if (context->recursive && Z_TYPE_P(Z_REFVAL_P(element)) == IS_ARRAY) {
            zval reference;
            ZVAL_COPY(&reference, element); // keeps the inner array's box alive during the walk
            zval* inner = Z_REFVAL_P(element);
            SEPARATE_ARRAY(inner);
            HashTable* inner_ht = Z_ARRVAL_P(inner);
            if (GC_IS_RECURSIVE(inner_ht)) {
                zval_ptr_dtor(&reference);
                zval_ptr_dtor(&args[1]);
                zend_throw_error_message("%s", standard_messages::kRecursionDetected);
                ok = false;
                break;
            }
            GC_PROTECT_RECURSION(inner_ht);
            ok = walk(context, inner);
            if (Z_TYPE_P(Z_REFVAL(reference)) == IS_ARRAY && Z_ARRVAL_P(Z_REFVAL(reference)) == inner_ht)
                GC_UNPROTECT_RECURSION(inner_ht);
            zval_ptr_dtor(&reference);
        } else {
            zval result;
            ZVAL_COPY(&args[0], element);
            ZVAL_UNDEF(&result);
            context->fci.retval = &result;
            context->fci.param_count = argc;
            context->fci.params = args;
            ok = zend_call_function(&context->fci, &context->fcc) == SUCCESS;
            if (ok)
                zval_ptr_dtor(&result);
            zval_ptr_dtor(&args[0]);
        }
        zval_ptr_dtor(&args[1]);
        if (!ok)
            break;
        // The callback may have replaced or separated the array: find the position again.
        if (Z_TYPE_P(array) != IS_ARRAY) {
            // FIXME(classes): objects are walked too.
            zend_type_error("%s", standard_messages::kIteratedValueChanged);
            ok = false;
            break;
        }
        pos = zend_hash_iterator_pos_ex(iterator, array);
        ht = Z_ARRVAL_P(array);
    }
    if (context->extra)
        zval_ptr_dtor(&args[2]);
    zend_hash_iterator_del(iterator);
    return ok;
}

void walk_function(zend_execute_data* execute_data, zval* return_value, bool recursive)
{
    zval* array;
    Walk context {};
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "af|z", &array, &context.fci, &context.fcc, &context.extra) == FAILURE)
        RETURN_THROWS();
    context.recursive = recursive;
    SEPARATE_ARRAY(array);
    walk(&context, array);
    RETURN_TRUE;
}

} // namespace

// array_walk(array|object &$array, callable $callback, mixed $arg = UNKNOWN): true
// https://www.php.net/manual/en/function.array-walk.php
// FIXME(classes): objects (their properties).
PHP_FUNCTION(array_walk) { walk_function(execute_data, return_value, false); }

// array_walk_recursive(array|object &$array, callable $callback, mixed $arg = UNKNOWN): true
// https://www.php.net/manual/en/function.array-walk-recursive.php
PHP_FUNCTION(array_walk_recursive) { walk_function(execute_data, return_value, true); }

namespace {

const char* const arginfo_user_sort[] = {"&array", "callback", nullptr};
const char* const arginfo_array_map[] = {"callback", "array", "...arrays", nullptr};
const char* const arginfo_array_filter[] = {"array", "callback", "mode", nullptr};
const char* const arginfo_array_reduce[] = {"array", "callback", "initial", nullptr};
const char* const arginfo_array_walk[] = {"&array", "callback", "arg", nullptr};

} // namespace

const zend_function_entry standard_array_callback_functions[] = {
    PHP_FE(usort, arginfo_user_sort)
    PHP_FE(uasort, arginfo_user_sort)
    PHP_FE(uksort, arginfo_user_sort)
    PHP_FE(array_map, arginfo_array_map)
    PHP_FE(array_filter, arginfo_array_filter)
    PHP_FE(array_reduce, arginfo_array_reduce)
    PHP_FE(array_walk, arginfo_array_walk)
    PHP_FE(array_walk_recursive, arginfo_array_walk)
    PHP_FE_END
};

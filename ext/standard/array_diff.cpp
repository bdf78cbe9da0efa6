// Differences and intersections of arrays (https://www.php.net/manual/en/ref.array.php): array_diff,
// array_intersect and their _key, _assoc, u* (user value comparison), _ukey and _uassoc (user key
// comparison) variants. The result is always the first array's elements that pass, keys kept.
//
// PHP computes them three ways, and each is followed here because the way shows: it decides how many
// times a value is converted to string ("Array to string conversion" warnings), and in what order
// and how often user callbacks are called.
//   - array_diff(): a set of the other arrays' values as strings (or, when the first array has one
//     element, a search that stops at the first match);
//   - by key lookup (array_diff_key/_assoc, array_intersect_key/_assoc, array_udiff_assoc,
//     array_uintersect_assoc): each element of the first array is looked up in the others;
//   - by sorting (array_intersect, array_uintersect, and the variants that compare keys with a
//     callback): every array is sorted (zend_sort, not stable) and the sorted lists are walked
//     side by side.
// Values compare as strings ((string)$a === (string)$b) unless a callback compares them.
#include "ext/standard/php_array.h"
#include "ext/standard/standard_messages.h"

namespace {

using miniphp::HashEntry;
using miniphp::hash_entries;

void delete_key(HashTable* ht, const Bucket* b)
{
    if (b->key)
        zend_hash_del(ht, b->key);
    else
        zend_hash_index_del(ht, b->h);
}

// --- by key lookup -------------------------------------------------------------------------------

enum class ValueCheck { None, Strings, User };

// A user value comparison as the lookup functions call it: the raw values, the result normalised,
// no special case for bool results (unlike the sorting comparisons).
int call_value_callback(php_user_callback* callback, zval* a, zval* b)
{
    zval args[2];
    zval result;
    ZVAL_COPY_VALUE(&args[0], a);
    ZVAL_COPY_VALUE(&args[1], b);
    ZVAL_UNDEF(&result);
    callback->fci.param_count = 2;
    callback->fci.params = args;
    callback->fci.retval = &result;
    if (zend_call_function(&callback->fci, &callback->fcc) != SUCCESS || Z_ISUNDEF(result))
        return 0;
    zend_long value = zval_get_long(&result);
    zval_ptr_dtor(&result);
    return ZEND_NORMALIZE_BOOL(value);
}

void by_key_lookup(zend_execute_data* execute_data, zval* return_value, ValueCheck check, bool intersect)
{
    zval* args;
    uint32_t count;
    php_user_callback callback {};
    bool deprecation_raised = false;
    callback.deprecation_raised = &deprecation_raised;
    zend_result parsed = check == ValueCheck::User
        ? zend_parse_parameters(ZEND_NUM_ARGS(), "z+f", &args, &count, &callback.fci, &callback.fcc)
        : zend_parse_parameters(ZEND_NUM_ARGS(), "z+", &args, &count);
    if (parsed == FAILURE || !php_array_check_arguments(args, count))
        RETURN_THROWS();
    array_init(return_value);
    for (HashEntry entry : hash_entries(Z_ARRVAL(args[0]))) {
        zval* value = entry.value;
        if (Z_ISREF_P(value) && Z_REFCOUNT_P(value) == 1)
            value = Z_REFVAL_P(value);
        bool keep = true;
        for (uint32_t i = 1; i < count; ++i) {
            HashTable* other = Z_ARRVAL(args[i]);
            zval* data = entry.key ? zend_hash_find(other, entry.key) : zend_hash_index_find(other, entry.h);
            bool matches = data != nullptr;
            if (matches && check == ValueCheck::Strings)
                matches = php_array_compare_strings(value, data, false) == 0;
            else if (matches && check == ValueCheck::User)
                matches = call_value_callback(&callback, value, data) == 0;
            if (intersect ? !matches : matches) {
                keep = false;
                break;
            }
        }
        if (keep)
            php_array_add_with_key(Z_ARRVAL_P(return_value), entry, value);
    }
}

// --- by sorting ----------------------------------------------------------------------------------

enum class Behavior { Values, Keys, KeysAndValues };

// The comparisons of the sorting algorithm. User callbacks go through one "active" callback, switched
// at the points where PHP switches its own (BG(user_compare_fci)), so that the callbacks are called
// exactly as PHP calls them.
struct SortCompare {
    php_user_callback* active = nullptr;
    php_user_callback* data_callback = nullptr; // null: values compare as strings
    php_user_callback* key_callback = nullptr; // null: keys compare as strings
    int data(Bucket* a, Bucket* b)
    {
        if (data_callback)
            return php_user_compare_unstable(a, b, active, false);
        return php_array_compare_strings(&a->val, &b->val, false);
    }
    int key(Bucket* a, Bucket* b)
    {
        if (key_callback)
            return php_user_compare_unstable(a, b, active, true);
        return php_get_key_compare_func_unstable(PHP_SORT_STRING, false)(a, b);
    }
    void use_data_callback()
    {
        if (data_callback)
            active = data_callback;
    }
    void use_key_callback()
    {
        if (key_callback)
            active = key_callback;
    }
};

// One argument's elements, sorted for the walk. Request memory: callbacks may bail out.
struct SortedList {
    Bucket* buckets;
    uint32_t count;
};

SortedList make_sorted_list(HashTable* ht, Behavior behavior, SortCompare& compare)
{
    SortedList list;
    list.count = zend_hash_num_elements(ht);
    list.buckets = static_cast<Bucket*>(emalloc(sizeof(Bucket) * (list.count ? list.count : 1)));
    uint32_t n = 0;
    for (HashEntry entry : hash_entries(ht)) {
        ZVAL_COPY_VALUE(&list.buckets[n].val, entry.value);
        list.buckets[n].h = entry.h;
        list.buckets[n].key = entry.key;
        ++n;
    }
    if (list.count > 1) {
        if (behavior == Behavior::Values)
            php_zend_sort(list.buckets, list.count, [&compare](Bucket* a, Bucket* b) { return compare.data(a, b); });
        else
            php_zend_sort(list.buckets, list.count, [&compare](Bucket* a, Bucket* b) { return compare.key(a, b); });
    }
    return list;
}

// Parses "arrays..., callback[, callback]" and sorts every array. Returns the number of lists made
// (all of them, or 0 after an error).
uint32_t prepare_sorted(zend_execute_data* execute_data, Behavior behavior, php_user_callback* data_callback,
                        php_user_callback* key_callback, SortCompare& compare, zval** args, SortedList** lists)
{
    uint32_t count = 0;
    zend_result parsed;
    if (data_callback && key_callback)
        parsed = zend_parse_parameters(ZEND_NUM_ARGS(), "z+ff", args, &count, &data_callback->fci, &data_callback->fcc,
                                       &key_callback->fci, &key_callback->fcc);
    else if (data_callback)
        parsed = zend_parse_parameters(ZEND_NUM_ARGS(), "z+f", args, &count, &data_callback->fci, &data_callback->fcc);
    else if (key_callback)
        parsed = zend_parse_parameters(ZEND_NUM_ARGS(), "z+f", args, &count, &key_callback->fci, &key_callback->fcc);
    else
        parsed = zend_parse_parameters(ZEND_NUM_ARGS(), "z+", args, &count);
    if (parsed == FAILURE)
        return 0;
    compare.data_callback = data_callback;
    compare.key_callback = key_callback;
    // PHP sorts with the data callback when values are compared, else with the key callback.
    if (behavior == Behavior::Values)
        compare.use_data_callback();
    else
        compare.use_key_callback();
    *lists = static_cast<SortedList*>(emalloc(sizeof(SortedList) * count));
    for (uint32_t i = 0; i < count; ++i) {
        if (Z_TYPE((*args)[i]) != IS_ARRAY) {
            for (uint32_t j = 0; j < i; ++j)
                efree((*lists)[j].buckets);
            efree(*lists);
            zend_argument_type_error(i + 1, standard_messages::kMustBeArrayGiven, zend_zval_type_name(&(*args)[i]));
            return 0;
        }
        (*lists)[i] = make_sorted_list(Z_ARRVAL((*args)[i]), behavior, compare);
    }
    return count;
}

void free_lists(SortedList* lists, uint32_t count)
{
    for (uint32_t i = 0; i < count; ++i)
        efree(lists[i].buckets);
    efree(lists);
}

void intersect_sorted(zend_execute_data* execute_data, zval* return_value, Behavior behavior,
                      bool user_data, bool user_key)
{
    php_user_callback data_callback {};
    php_user_callback key_callback {};
    bool deprecation_raised = false;
    data_callback.deprecation_raised = &deprecation_raised;
    key_callback.deprecation_raised = &deprecation_raised;
    SortCompare compare;
    zval* args;
    SortedList* lists;
    uint32_t count = prepare_sorted(execute_data, behavior, user_data ? &data_callback : nullptr,
                                    user_key ? &key_callback : nullptr, compare, &args, &lists);
    if (count == 0)
        RETURN_THROWS();
    RETVAL_ARR(zend_array_dup(Z_ARRVAL(args[0])));
    HashTable* result = Z_ARRVAL_P(return_value);
    auto* positions = static_cast<uint32_t*>(ecalloc(count, sizeof(uint32_t)));
    SortedList& first = lists[0];
    uint32_t& p0 = positions[0];
    int c = 0; // kept across elements, as in PHP
    while (p0 < first.count) {
        compare.use_key_callback();
        uint32_t i = 1;
        for (; i < count; ++i) {
            SortedList& list = lists[i];
            uint32_t& pi = positions[i];
            if (behavior == Behavior::Values) {
                while (pi < list.count && 0 < (c = compare.data(&first.buckets[p0], &list.buckets[pi])))
                    ++pi;
            } else {
                while (pi < list.count && 0 < (c = compare.key(&first.buckets[p0], &list.buckets[pi])))
                    ++pi;
                if (!c && pi < list.count && behavior == Behavior::KeysAndValues) {
                    compare.use_data_callback();
                    if (compare.data(&first.buckets[p0], &list.buckets[pi]) != 0) {
                        c = 1;
                        compare.use_key_callback();
                    }
                }
            }
            if (pi >= list.count) {
                // This list is exhausted: nothing left in the first one can be in every array.
                for (; p0 < first.count; ++p0)
                    delete_key(result, &first.buckets[p0]);
                goto done;
            }
            if (c)
                break;
            ++pi;
        }
        if (c) {
            // Not in every array: drop the element, and the ones after it that sort below list i's.
            while (true) {
                delete_key(result, &first.buckets[p0]);
                if (++p0 >= first.count)
                    goto done;
                if (behavior != Behavior::Values)
                    break;
                if (0 <= compare.data(&first.buckets[p0], &lists[i].buckets[positions[i]]))
                    break;
            }
        } else {
            // In every array: keep it and the equal ones after it.
            while (true) {
                if (++p0 >= first.count)
                    goto done;
                if (behavior != Behavior::Values || compare.data(&first.buckets[p0 - 1], &first.buckets[p0]))
                    break;
            }
        }
    }
done:
    efree(positions);
    free_lists(lists, count);
}

void diff_sorted(zend_execute_data* execute_data, zval* return_value, Behavior behavior, bool user_data,
                 bool user_key)
{
    php_user_callback data_callback {};
    php_user_callback key_callback {};
    bool deprecation_raised = false;
    data_callback.deprecation_raised = &deprecation_raised;
    key_callback.deprecation_raised = &deprecation_raised;
    SortCompare compare;
    zval* args;
    SortedList* lists;
    uint32_t count = prepare_sorted(execute_data, behavior, user_data ? &data_callback : nullptr,
                                    user_key ? &key_callback : nullptr, compare, &args, &lists);
    if (count == 0)
        RETURN_THROWS();
    RETVAL_ARR(zend_array_dup(Z_ARRVAL(args[0])));
    HashTable* result = Z_ARRVAL_P(return_value);
    auto* positions = static_cast<uint32_t*>(ecalloc(count, sizeof(uint32_t)));
    SortedList& first = lists[0];
    uint32_t& p0 = positions[0];
    while (p0 < first.count) {
        compare.use_key_callback();
        int c = 1;
        for (uint32_t i = 1; i < count; ++i) {
            SortedList& list = lists[i];
            uint32_t& pi = positions[i];
            uint32_t candidate = pi; // the key walks restart from the list's position each time
            if (behavior == Behavior::Values) {
                while (pi < list.count && 0 < (c = compare.data(&first.buckets[p0], &list.buckets[pi])))
                    ++pi;
            } else {
                while (candidate < list.count && 0 != (c = compare.key(&first.buckets[p0], &list.buckets[candidate])))
                    ++candidate;
            }
            if (c)
                continue;
            if (behavior == Behavior::Values) {
                if (pi < list.count)
                    ++pi;
                break;
            }
            if (behavior == Behavior::Keys)
                break;
            if (candidate < list.count) {
                compare.use_data_callback();
                if (compare.data(&first.buckets[p0], &list.buckets[candidate]) != 0) {
                    c = -1;
                    compare.use_key_callback();
                } else {
                    break;
                }
            }
        }
        if (!c) {
            // Found in another array: drop it and the equal ones after it.
            while (true) {
                delete_key(result, &first.buckets[p0]);
                if (++p0 >= first.count)
                    goto done;
                if (behavior != Behavior::Values || compare.data(&first.buckets[p0 - 1], &first.buckets[p0]))
                    break;
            }
        } else {
            while (true) {
                if (++p0 >= first.count)
                    goto done;
                if (behavior != Behavior::Values || compare.data(&first.buckets[p0 - 1], &first.buckets[p0]))
                    break;
            }
        }
    }
done:
    efree(positions);
    free_lists(lists, count);
}

} // namespace

// array_diff(array $array, array ...$arrays): array
// https://www.php.net/manual/en/function.array-diff.php
PHP_FUNCTION(array_diff)
{
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z+", &args, &count) == FAILURE)
        RETURN_THROWS();
    if (Z_TYPE(args[0]) != IS_ARRAY) {
        zend_argument_type_error(1, standard_messages::kMustBeArrayGiven, zend_zval_type_name(&args[0]));
        RETURN_THROWS();
    }
    HashTable* first = Z_ARRVAL(args[0]);
    if (zend_hash_num_elements(first) == 0) {
        if (!php_array_check_arguments(args, count))
            RETURN_THROWS();
        RETURN_EMPTY_ARRAY();
    }
    if (zend_hash_num_elements(first) == 1) {
        // One value: search the others for it, stopping at the first match.
        zval* value = (*hash_entries(first).begin()).value;
        zend_string* tmp_search;
        zend_string* search = zval_get_tmp_string(value, &tmp_search);
        bool found = false;
        for (uint32_t i = 1; i < count; ++i) {
            if (Z_TYPE(args[i]) != IS_ARRAY) {
                zend_tmp_string_release(tmp_search);
                php_array_check_arguments(args, count);
                RETURN_THROWS();
            }
            if (found)
                continue;
            for (HashEntry entry : hash_entries(Z_ARRVAL(args[i]))) {
                zend_string* tmp;
                zend_string* string = zval_get_tmp_string(entry.value, &tmp);
                found = zend_string_equal_content(search, string);
                zend_tmp_string_release(tmp);
                if (found)
                    break;
            }
        }
        zend_tmp_string_release(tmp_search);
        if (found)
            RETURN_EMPTY_ARRAY();
        RETURN_COPY(&args[0]);
    }
    if (!php_array_check_arguments(args, count))
        RETURN_THROWS();
    uint32_t others = 0;
    for (uint32_t i = 1; i < count; ++i)
        others += zend_hash_num_elements(Z_ARRVAL(args[i]));
    if (others == 0)
        RETURN_COPY(&args[0]);
    HashTable* exclude = zend_new_array(others);
    for (uint32_t i = 1; i < count; ++i) {
        for (HashEntry entry : hash_entries(Z_ARRVAL(args[i]))) {
            zend_string* tmp;
            zend_string* string = zval_get_tmp_string(entry.value, &tmp);
            zend_hash_add_empty_element(exclude, string);
            zend_tmp_string_release(tmp);
        }
    }
    array_init_size(return_value, zend_hash_num_elements(first));
    for (HashEntry entry : hash_entries(first)) {
        zend_string* tmp;
        zend_string* string = zval_get_tmp_string(entry.value, &tmp);
        if (!zend_hash_exists(exclude, string))
            php_array_add_with_key(Z_ARRVAL_P(return_value), entry, entry.value);
        zend_tmp_string_release(tmp);
    }
    zend_array_destroy(exclude);
}

// array_diff_key(array $array, array ...$arrays): array
// https://www.php.net/manual/en/function.array-diff-key.php
PHP_FUNCTION(array_diff_key) { by_key_lookup(execute_data, return_value, ValueCheck::None, false); }

// array_diff_assoc(array $array, array ...$arrays): array
// https://www.php.net/manual/en/function.array-diff-assoc.php
PHP_FUNCTION(array_diff_assoc) { by_key_lookup(execute_data, return_value, ValueCheck::Strings, false); }

// array_udiff_assoc(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-udiff-assoc.php
PHP_FUNCTION(array_udiff_assoc) { by_key_lookup(execute_data, return_value, ValueCheck::User, false); }

// array_udiff(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-udiff.php
PHP_FUNCTION(array_udiff) { diff_sorted(execute_data, return_value, Behavior::Values, true, false); }

// array_diff_ukey(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-diff-ukey.php
PHP_FUNCTION(array_diff_ukey) { diff_sorted(execute_data, return_value, Behavior::Keys, false, true); }

// array_diff_uassoc(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-diff-uassoc.php
PHP_FUNCTION(array_diff_uassoc) { diff_sorted(execute_data, return_value, Behavior::KeysAndValues, false, true); }

// array_udiff_uassoc(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-udiff-uassoc.php
PHP_FUNCTION(array_udiff_uassoc) { diff_sorted(execute_data, return_value, Behavior::KeysAndValues, true, true); }

// array_intersect_key(array $array, array ...$arrays): array
// https://www.php.net/manual/en/function.array-intersect-key.php
PHP_FUNCTION(array_intersect_key) { by_key_lookup(execute_data, return_value, ValueCheck::None, true); }

// array_intersect_assoc(array $array, array ...$arrays): array
// https://www.php.net/manual/en/function.array-intersect-assoc.php
PHP_FUNCTION(array_intersect_assoc) { by_key_lookup(execute_data, return_value, ValueCheck::Strings, true); }

// array_uintersect_assoc(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-uintersect-assoc.php
PHP_FUNCTION(array_uintersect_assoc) { by_key_lookup(execute_data, return_value, ValueCheck::User, true); }

// array_intersect(array $array, array ...$arrays): array
// https://www.php.net/manual/en/function.array-intersect.php
PHP_FUNCTION(array_intersect) { intersect_sorted(execute_data, return_value, Behavior::Values, false, false); }

// array_uintersect(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-uintersect.php
PHP_FUNCTION(array_uintersect) { intersect_sorted(execute_data, return_value, Behavior::Values, true, false); }

// array_intersect_ukey(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-intersect-ukey.php
PHP_FUNCTION(array_intersect_ukey) { intersect_sorted(execute_data, return_value, Behavior::Keys, false, true); }

// array_intersect_uassoc(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-intersect-uassoc.php
PHP_FUNCTION(array_intersect_uassoc)
{
    intersect_sorted(execute_data, return_value, Behavior::KeysAndValues, false, true);
}

// array_uintersect_uassoc(array $array, ...$rest): array
// https://www.php.net/manual/en/function.array-uintersect-uassoc.php
PHP_FUNCTION(array_uintersect_uassoc)
{
    intersect_sorted(execute_data, return_value, Behavior::KeysAndValues, true, true);
}

namespace {

const char* const arginfo_array_arrays[] = {"array", "...arrays", nullptr};
const char* const arginfo_array_rest[] = {"array", "...rest", nullptr};

} // namespace

const zend_function_entry standard_array_diff_functions[] = {
    PHP_FE(array_diff, arginfo_array_arrays)
    PHP_FE(array_diff_key, arginfo_array_arrays)
    PHP_FE(array_diff_assoc, arginfo_array_arrays)
    PHP_FE(array_udiff, arginfo_array_rest)
    PHP_FE(array_diff_ukey, arginfo_array_rest)
    PHP_FE(array_diff_uassoc, arginfo_array_rest)
    PHP_FE(array_udiff_assoc, arginfo_array_rest)
    PHP_FE(array_udiff_uassoc, arginfo_array_rest)
    PHP_FE(array_intersect, arginfo_array_arrays)
    PHP_FE(array_intersect_key, arginfo_array_arrays)
    PHP_FE(array_intersect_assoc, arginfo_array_arrays)
    PHP_FE(array_uintersect, arginfo_array_rest)
    PHP_FE(array_intersect_ukey, arginfo_array_rest)
    PHP_FE(array_intersect_uassoc, arginfo_array_rest)
    PHP_FE(array_uintersect_assoc, arginfo_array_rest)
    PHP_FE(array_uintersect_uassoc, arginfo_array_rest)
    PHP_FE_END
};

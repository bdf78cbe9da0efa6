// Array functions (https://www.php.net/manual/en/ref.array.php): building, slicing, searching and
// combining arrays, the stack functions and the internal pointer. Sorting is in array_sort.cpp,
// differences and intersections in array_diff.cpp, the functions that call back into PHP code in
// array_callbacks.cpp.
//
// Ownership follows the API's rule: the arrays passed in are borrowed, the array returned is new
// (or a counted copy of an argument where PHP hands the same array back). Functions that take the
// array by reference (array_push, array_splice, next, ...) receive the reference's value from
// zend_parse_parameters and separate it before writing (or build a new array and put it in the old
// one's place), so other copies of the array never change.
//
// Copying an element into a new array follows PHP's rule (zval_add_ref): a reference that only the
// source array holds is copied as its value; a reference shared with a variable stays a reference.
#include "ext/standard/php_array.h"
#include "ext/standard/standard_messages.h"

#include <cmath>

namespace {

using miniphp::HashEntry;
using miniphp::hash_entries;

void raise_warning(const char* message) { zend_error(E_WARNING, "%s(): %s", get_active_function_name(), message); }

// Puts `value` (owned) into `ht` under the element's key, or renumbers an integer key when asked.
void insert_keyed(HashTable* ht, const HashEntry& entry, zval* value, bool keep_integer_keys)
{
    if (entry.key)
        zend_hash_update(ht, entry.key, value);
    else if (keep_integer_keys)
        zend_hash_index_update(ht, entry.h, value);
    else
        zend_hash_next_index_insert(ht, value);
}

// `key` as a PHP value (int or string), owned.
void key_to_zval(zval* target, const HashEntry& entry)
{
    if (entry.key)
        ZVAL_STR_COPY(target, entry.key);
    else
        ZVAL_LONG(target, static_cast<zend_long>(entry.h));
}

bool is_list(const HashTable* ht)
{
    if (HT_IS_PACKED(ht) && ht->nNumUsed == ht->nNumOfElements)
        return true;
    zend_ulong expected = 0;
    for (HashEntry entry : hash_entries(ht)) {
        if (entry.key || entry.h != expected)
            return false;
        ++expected;
    }
    return true;
}

// Clamps array_slice()/array_splice()'s offset to the element count, as PHP does: past the end is the
// end, a negative offset counts from the end (and stops at the start).
void clamp_offset(zend_long count, zend_long* offset)
{
    if (*offset > count)
        *offset = count;
    else if (*offset < 0 && (*offset = count + *offset) < 0)
        *offset = 0;
}

zval* find_by_key(const HashTable* ht, const HashEntry& entry)
{
    return entry.key ? zend_hash_find(ht, entry.key) : zend_hash_index_find(ht, entry.h);
}

// Puts `value` (owned) into `ht` under the key that the value `key` stands for, as array_fill_keys()
// and array_combine() do: an int as it is, anything else as its string form (a numeric string becomes
// an int key).
void update_with_value_as_key(HashTable* ht, zval* key, zval* value)
{
    ZVAL_DEREF(key);
    if (Z_TYPE_P(key) == IS_LONG) {
        zend_hash_index_update(ht, static_cast<zend_ulong>(Z_LVAL_P(key)), value);
    } else {
        zend_string* tmp;
        zend_string* string = zval_get_tmp_string(key, &tmp);
        zend_symtable_update(ht, string, value);
        zend_tmp_string_release(tmp);
    }
}

} // namespace

void php_array_copy_element(zval* target, zval* source)
{
    ZVAL_COPY_VALUE(target, source);
    zval_add_ref(target);
}

void php_array_add_with_key(HashTable* result, const miniphp::HashEntry& entry, zval* source)
{
    zval copy;
    php_array_copy_element(&copy, source);
    if (entry.key)
        zend_hash_add_new(result, entry.key, &copy);
    else
        zend_hash_index_add_new(result, entry.h, &copy);
}

bool php_array_check_arguments(zval* args, uint32_t count)
{
    for (uint32_t i = 0; i < count; ++i) {
        if (Z_TYPE(args[i]) != IS_ARRAY) {
            zend_argument_type_error(i + 1, standard_messages::kMustBeArrayGiven, zend_zval_type_name(&args[i]));
            return false;
        }
    }
    return true;
}

void php_array_replace(zval* array, HashTable* rebuilt)
{
    zval old;
    ZVAL_COPY_VALUE(&old, array);
    ZVAL_ARR(array, rebuilt);
    zval_ptr_dtor(&old);
}

// --- reading arrays ------------------------------------------------------------------------------

// array_keys(array $array, mixed $filter_value = UNKNOWN, bool $strict = false): array
// https://www.php.net/manual/en/function.array-keys.php
PHP_FUNCTION(array_keys)
{
    HashTable* ht;
    zval* search = nullptr;
    bool strict = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h|zb", &ht, &search, &strict) == FAILURE)
        RETURN_THROWS();
    if (zend_hash_num_elements(ht) == 0)
        RETURN_EMPTY_ARRAY();
    array_init_size(return_value, search ? 0 : zend_hash_num_elements(ht));
    for (HashEntry entry : hash_entries(ht)) {
        if (search) {
            zval* value = entry.value;
            ZVAL_DEREF(value);
            if (strict ? !zend_is_identical(search, value) : !zend_is_equal(search, value))
                continue;
        }
        zval key;
        key_to_zval(&key, entry);
        zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &key);
    }
}

// array_values(array $array): array
// https://www.php.net/manual/en/function.array-values.php
PHP_FUNCTION(array_values)
{
    zval* array;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a", &array) == FAILURE)
        RETURN_THROWS();
    HashTable* ht = Z_ARRVAL_P(array);
    if (zend_hash_num_elements(ht) == 0)
        RETURN_EMPTY_ARRAY();
    // A list is its own list of values: PHP hands back the same array.
    if (HT_IS_PACKED(ht) && ht->nNumUsed == ht->nNumOfElements)
        RETURN_COPY(array);
    array_init_size(return_value, zend_hash_num_elements(ht));
    for (HashEntry entry : hash_entries(ht)) {
        zval copy;
        php_array_copy_element(&copy, entry.value);
        zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &copy);
    }
}

// array_key_first(array $array): int|string|null
// https://www.php.net/manual/en/function.array-key-first.php
PHP_FUNCTION(array_key_first)
{
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &ht) == FAILURE)
        RETURN_THROWS();
    HashPosition pos;
    zend_hash_internal_pointer_reset_ex(ht, &pos);
    zend_hash_get_current_key_zval_ex(ht, return_value, &pos);
}

// array_key_last(array $array): int|string|null
// https://www.php.net/manual/en/function.array-key-last.php
PHP_FUNCTION(array_key_last)
{
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &ht) == FAILURE)
        RETURN_THROWS();
    HashPosition pos;
    zend_hash_internal_pointer_end_ex(ht, &pos);
    zend_hash_get_current_key_zval_ex(ht, return_value, &pos);
}

// array_key_exists(mixed $key, array $array): bool (alias key_exists)
// https://www.php.net/manual/en/function.array-key-exists.php
PHP_FUNCTION(array_key_exists)
{
    zval* key;
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zh", &key, &ht) == FAILURE)
        RETURN_THROWS();
    switch (Z_TYPE_P(key)) {
    case IS_STRING: RETURN_BOOL(zend_symtable_exists(ht, Z_STR_P(key)));
    case IS_LONG: RETURN_BOOL(zend_hash_index_exists(ht, static_cast<zend_ulong>(Z_LVAL_P(key))));
    case IS_NULL: RETURN_BOOL(zend_hash_exists(ht, ZSTR_EMPTY_ALLOC()));
    case IS_DOUBLE:
        RETURN_BOOL(zend_hash_index_exists(ht, static_cast<zend_ulong>(zval_get_long_ex(key, true))));
    case IS_FALSE: RETURN_BOOL(zend_hash_index_exists(ht, 0));
    case IS_TRUE: RETURN_BOOL(zend_hash_index_exists(ht, 1));
    default:
        // php compiles a direct array_key_exists() call to an opcode, and this is that opcode's error
        // (the function's own "must be a valid array offset type" only shows in dynamic calls).
        zend_type_error("%s", standard_messages::kIllegalOffsetType);
        RETURN_THROWS();
    }
}

namespace {

// in_array() and array_search(): the first element equal (==, or === when strict) to the needle.
void search_array(zend_execute_data* execute_data, zval* return_value, bool return_key)
{
    zval* needle;
    HashTable* ht;
    bool strict = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zh|b", &needle, &ht, &strict) == FAILURE)
        RETURN_THROWS();
    for (HashEntry entry : hash_entries(ht)) {
        zval* value = entry.value;
        ZVAL_DEREF(value);
        if (strict ? zend_is_identical(value, needle) : zend_is_equal(value, needle)) {
            if (!return_key)
                RETURN_TRUE;
            key_to_zval(return_value, entry);
            return;
        }
    }
    RETURN_FALSE;
}

} // namespace

// in_array(mixed $needle, array $haystack, bool $strict = false): bool
// https://www.php.net/manual/en/function.in-array.php
PHP_FUNCTION(in_array) { search_array(execute_data, return_value, false); }

// array_search(mixed $needle, array $haystack, bool $strict = false): int|string|false
// https://www.php.net/manual/en/function.array-search.php
PHP_FUNCTION(array_search) { search_array(execute_data, return_value, true); }

// array_is_list(array $array): bool
// https://www.php.net/manual/en/function.array-is-list.php
PHP_FUNCTION(array_is_list)
{
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &ht) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(is_list(ht));
}

// array_sum(array $array): int|float
// https://www.php.net/manual/en/function.array-sum.php
// Arrays (and objects) are skipped; everything else counts as the number it reads as, silently.
PHP_FUNCTION(array_sum)
{
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &ht) == FAILURE)
        RETURN_THROWS();
    ZVAL_LONG(return_value, 0);
    for (HashEntry entry : hash_entries(ht)) {
        zval* value = entry.value;
        ZVAL_DEREF(value);
        if (Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_OBJECT)
            continue;
        zval number;
        ZVAL_COPY(&number, value);
        convert_scalar_to_number(&number);
        add_function(return_value, return_value, &number);
    }
}

// array_product(array $array): int|float
// https://www.php.net/manual/en/function.array-product.php
PHP_FUNCTION(array_product)
{
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &ht) == FAILURE)
        RETURN_THROWS();
    ZVAL_LONG(return_value, 1);
    for (HashEntry entry : hash_entries(ht)) {
        zval* value = entry.value;
        ZVAL_DEREF(value);
        if (Z_TYPE_P(value) == IS_ARRAY || Z_TYPE_P(value) == IS_OBJECT)
            continue;
        zval number;
        ZVAL_COPY(&number, value);
        convert_scalar_to_number(&number);
        if (Z_TYPE(number) == IS_LONG && Z_TYPE_P(return_value) == IS_LONG) {
            // PHP checks the product in double precision and stays an integer while it fits.
            double product = static_cast<double>(Z_LVAL_P(return_value)) * static_cast<double>(Z_LVAL(number));
            if (static_cast<double>(ZEND_LONG_MIN) <= product && product <= static_cast<double>(ZEND_LONG_MAX)) {
                // The check lets 2^63 through (it is (double)PHP_INT_MAX); PHP's product then wraps.
                Z_LVAL_P(return_value) = static_cast<zend_long>(static_cast<zend_ulong>(Z_LVAL_P(return_value))
                                                                * static_cast<zend_ulong>(Z_LVAL(number)));
                continue;
            }
        }
        convert_to_double(return_value);
        convert_to_double(&number);
        Z_DVAL_P(return_value) *= Z_DVAL(number);
    }
}

// array_count_values(array $array): array
// https://www.php.net/manual/en/function.array-count-values.php
PHP_FUNCTION(array_count_values)
{
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &ht) == FAILURE)
        RETURN_THROWS();
    array_init(return_value);
    HashTable* counts = Z_ARRVAL_P(return_value);
    for (HashEntry entry : hash_entries(ht)) {
        zval* value = entry.value;
        ZVAL_DEREF(value);
        zval* slot;
        if (Z_TYPE_P(value) == IS_LONG) {
            slot = zend_hash_index_lookup(counts, static_cast<zend_ulong>(Z_LVAL_P(value)));
        } else if (Z_TYPE_P(value) == IS_STRING) {
            zend_ulong index;
            if (ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(value), Z_STRLEN_P(value), index))
                slot = zend_hash_index_lookup(counts, index);
            else
                slot = zend_hash_lookup(counts, Z_STR_P(value));
        } else {
            raise_warning(standard_messages::kCountValuesSkipped);
            continue;
        }
        if (Z_TYPE_P(slot) == IS_NULL)
            ZVAL_LONG(slot, 1);
        else
            ++Z_LVAL_P(slot);
    }
}

// --- building arrays -----------------------------------------------------------------------------

// array_fill(int $start_index, int $count, mixed $value): array
// https://www.php.net/manual/en/function.array-fill.php
PHP_FUNCTION(array_fill)
{
    zend_long start;
    zend_long count;
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "llz", &start, &count, &value) == FAILURE)
        RETURN_THROWS();
    if (count < 0) {
        zend_argument_value_error(2, "%s", standard_messages::kMustBeGreaterOrEqualZero);
        RETURN_THROWS();
    }
    if (count == 0)
        RETURN_EMPTY_ARRAY();
    if (count > INT32_MAX) {
        zend_argument_value_error(2, "%s", standard_messages::kIsTooLarge);
        RETURN_THROWS();
    }
    if (start > ZEND_LONG_MAX - count + 1) {
        zend_throw_error_message("%s", standard_messages::kNextElementOccupied);
        RETURN_THROWS();
    }
    array_init_size(return_value, static_cast<uint32_t>(count));
    HashTable* ht = Z_ARRVAL_P(return_value);
    for (zend_long i = 0; i < count; ++i) {
        zval copy;
        ZVAL_COPY(&copy, value);
        zend_hash_index_update(ht, static_cast<zend_ulong>(start + i), &copy);
    }
}

// array_fill_keys(array $keys, mixed $value): array
// https://www.php.net/manual/en/function.array-fill-keys.php
PHP_FUNCTION(array_fill_keys)
{
    HashTable* keys;
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "hz", &keys, &value) == FAILURE)
        RETURN_THROWS();
    array_init_size(return_value, zend_hash_num_elements(keys));
    for (HashEntry entry : hash_entries(keys)) {
        zval copy;
        ZVAL_COPY(&copy, value);
        update_with_value_as_key(Z_ARRVAL_P(return_value), entry.value, &copy);
    }
}

// array_pad(array $array, int $length, mixed $value): array
// https://www.php.net/manual/en/function.array-pad.php
PHP_FUNCTION(array_pad)
{
    zval* array;
    zend_long length;
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "alz", &array, &length, &value) == FAILURE)
        RETURN_THROWS();
    HashTable* ht = Z_ARRVAL_P(array);
    const zend_long input_size = zend_hash_num_elements(ht);
    // |PHP_INT_MIN| does not fit: PHP's absolute value stays negative, which fails the check.
    const zend_long wanted = length == ZEND_LONG_MIN ? ZEND_LONG_MIN : (length < 0 ? -length : length);
    if (wanted < 0 || wanted - input_size > 1048576) {
        zend_argument_value_error(2, "%s", standard_messages::kPadTooLarge);
        RETURN_THROWS();
    }
    if (input_size >= wanted)
        RETURN_COPY(array);
    const zend_long pads = wanted - input_size;
    array_init_size(return_value, static_cast<uint32_t>(wanted));
    HashTable* result = Z_ARRVAL_P(return_value);
    auto add_pads = [&] {
        for (zend_long i = 0; i < pads; ++i) {
            zval copy;
            ZVAL_COPY(&copy, value);
            zend_hash_next_index_insert(result, &copy);
        }
    };
    if (length < 0)
        add_pads();
    for (HashEntry entry : hash_entries(ht)) {
        zval copy;
        ZVAL_COPY(&copy, entry.value);
        insert_keyed(result, entry, &copy, false);
    }
    if (length > 0)
        add_pads();
}

// range(string|int|float $start, string|int|float $end, int|float $step = 1): array
// https://www.php.net/manual/en/function.range.php
// PHP 8.2's rules: two non-numeric strings give a range of single bytes (their first bytes); a float
// anywhere (start, end, a float step or a float-looking string) gives floats; otherwise integers.
PHP_FUNCTION(range)
{
    zval* start_arg;
    zval* end_arg;
    zval* step_arg = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zz|z", &start_arg, &end_arg, &step_arg) == FAILURE)
        RETURN_THROWS();
    double step = 1.0;
    bool step_is_double = false;
    if (ZEND_NUM_ARGS() >= 3) {
        // int|float parameter: numeric strings and bools are read as numbers, null is 0 (deprecated).
        zval* s = step_arg;
        switch (Z_TYPE_P(s)) {
        case IS_LONG: step = static_cast<double>(Z_LVAL_P(s)); break;
        case IS_DOUBLE:
            step = Z_DVAL_P(s);
            step_is_double = true;
            break;
        case IS_FALSE:
        case IS_TRUE: step = Z_TYPE_P(s) == IS_TRUE ? 1.0 : 0.0; break;
        case IS_NULL:
            zend_error(E_DEPRECATED, "%s", standard_messages::kRangeStepNull);
            step = 0.0;
            break;
        case IS_STRING: {
            zend_long l;
            double d;
            zend_uchar type = is_numeric_str_function(Z_STR_P(s), &l, &d);
            if (type == IS_LONG) {
                step = static_cast<double>(l);
            } else if (type == IS_DOUBLE) {
                step = d;
                step_is_double = true;
            } else {
                zend_argument_type_error(3, standard_messages::kNumberType, zend_zval_type_name(s));
                RETURN_THROWS();
            }
            break;
        }
        default:
            zend_argument_type_error(3, standard_messages::kNumberType, zend_zval_type_name(s));
            RETURN_THROWS();
        }
        if (step < 0.0)
            step = -step;
    }

    enum class Kind { Chars, Doubles, Longs } kind = Kind::Longs;
    if (Z_TYPE_P(start_arg) == IS_STRING && Z_TYPE_P(end_arg) == IS_STRING && Z_STRLEN_P(start_arg) >= 1
        && Z_STRLEN_P(end_arg) >= 1) {
        zend_uchar type1 = is_numeric_string(Z_STRVAL_P(start_arg), Z_STRLEN_P(start_arg), nullptr, nullptr, false);
        zend_uchar type2 = is_numeric_string(Z_STRVAL_P(end_arg), Z_STRLEN_P(end_arg), nullptr, nullptr, false);
        if (type1 == IS_DOUBLE || type2 == IS_DOUBLE || step_is_double)
            kind = Kind::Doubles;
        else if (type1 == IS_LONG || type2 == IS_LONG)
            kind = Kind::Longs;
        else
            kind = Kind::Chars;
    } else if (Z_TYPE_P(start_arg) == IS_DOUBLE || Z_TYPE_P(end_arg) == IS_DOUBLE || step_is_double) {
        kind = Kind::Doubles;
    }

    auto step_error = [&] { zend_argument_value_error(3, "%s", standard_messages::kRangeStepExceeds); };

    if (kind == Kind::Chars) {
        int low = static_cast<unsigned char>(Z_STRVAL_P(start_arg)[0]);
        int high = static_cast<unsigned char>(Z_STRVAL_P(end_arg)[0]);
        // (The cast of 2^63, PHP_INT_MAX as a float, gives ZEND_LONG_MIN in PHP on x86-64: an error.)
        zend_long lstep = ZEND_DOUBLE_FITS_LONG(step) ? static_cast<zend_long>(step) : ZEND_LONG_MIN;
        if (low != high && (std::abs(low - high) < lstep || lstep <= 0)) {
            step_error();
            RETURN_THROWS();
        }
        array_init(return_value);
        if (low == high) {
            zval c;
            ZVAL_CHAR(&c, low);
            zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &c);
            return;
        }
        if (low > high) {
            for (; low >= high; low -= static_cast<int>(lstep)) {
                zval c;
                ZVAL_CHAR(&c, low);
                zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &c);
                if (low - lstep < 0)
                    break;
            }
        } else {
            for (; low <= high; low += static_cast<int>(lstep)) {
                zval c;
                ZVAL_CHAR(&c, low);
                zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &c);
                if (low + lstep > 255)
                    break;
            }
        }
        return;
    }

    if (kind == Kind::Doubles) {
        double low = zval_get_double(start_arg);
        double high = zval_get_double(end_arg);
        if (std::isinf(low) || std::isinf(high)) {
            zend_value_error(standard_messages::kRangeInvalidSupplied, low, high);
            RETURN_THROWS();
        }
        if (low == high) {
            array_init(return_value);
            add_next_index_double(return_value, low);
            return;
        }
        double distance = low > high ? low - high : high - low;
        if (distance < step || step <= 0) {
            step_error();
            RETURN_THROWS();
        }
        double size_estimate = distance / step + 1;
        if (size_estimate >= static_cast<double>(HT_MAX_SIZE)) {
            // PHP prints the two ends swapped in this message.
            if (low > high)
                zend_value_error(standard_messages::kRangeTooLargeDouble, high, low);
            else
                zend_value_error(standard_messages::kRangeTooLargeDouble, low, high);
            RETURN_THROWS();
        }
        uint32_t size = static_cast<uint32_t>(std::round(size_estimate));
        array_init_size(return_value, size);
        for (uint32_t i = 0; i < size; ++i) {
            double element = low > high ? low - i * step : low + i * step;
            if (low > high ? element < high : element > high)
                break;
            add_next_index_double(return_value, element);
        }
        return;
    }

    zend_long low = zval_get_long(start_arg);
    zend_long high = zval_get_long(end_arg);
    if (step <= 0) {
        step_error();
        RETURN_THROWS();
    }
    zend_ulong lstep = static_cast<zend_ulong>(step);
    if (lstep == 0) {
        step_error();
        RETURN_THROWS();
    }
    if (low == high) {
        array_init(return_value);
        add_next_index_long(return_value, low);
        return;
    }
    zend_ulong distance = low > high ? static_cast<zend_ulong>(low) - static_cast<zend_ulong>(high)
                                     : static_cast<zend_ulong>(high) - static_cast<zend_ulong>(low);
    if (distance < lstep) {
        step_error();
        RETURN_THROWS();
    }
    zend_ulong steps = distance / lstep;
    if (steps >= HT_MAX_SIZE - 1) {
        if (low > high)
            zend_value_error(standard_messages::kRangeTooLargeLong, high, low);
        else
            zend_value_error(standard_messages::kRangeTooLargeLong, low, high);
        RETURN_THROWS();
    }
    uint32_t size = static_cast<uint32_t>(steps + 1);
    array_init_size(return_value, size);
    for (uint32_t i = 0; i < size; ++i) {
        zend_ulong delta = static_cast<zend_ulong>(i) * lstep;
        zend_long element = low > high ? static_cast<zend_long>(static_cast<zend_ulong>(low) - delta)
                                       : static_cast<zend_long>(static_cast<zend_ulong>(low) + delta);
        add_next_index_long(return_value, element);
    }
}

// array_combine(array $keys, array $values): array
// https://www.php.net/manual/en/function.array-combine.php
PHP_FUNCTION(array_combine)
{
    HashTable* keys;
    HashTable* values;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "hh", &keys, &values) == FAILURE)
        RETURN_THROWS();
    if (zend_hash_num_elements(keys) != zend_hash_num_elements(values)) {
        zend_argument_value_error(1, "%s", standard_messages::kCombineCounts);
        RETURN_THROWS();
    }
    if (zend_hash_num_elements(keys) == 0)
        RETURN_EMPTY_ARRAY();
    array_init_size(return_value, zend_hash_num_elements(keys));
    auto value_it = hash_entries(values).begin();
    for (HashEntry key_entry : hash_entries(keys)) {
        HashEntry value_entry = *value_it;
        ++value_it;
        zval copy;
        php_array_copy_element(&copy, value_entry.value);
        update_with_value_as_key(Z_ARRVAL_P(return_value), key_entry.value, &copy);
    }
}

// array_flip(array $array): array
// https://www.php.net/manual/en/function.array-flip.php
PHP_FUNCTION(array_flip)
{
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &ht) == FAILURE)
        RETURN_THROWS();
    array_init_size(return_value, zend_hash_num_elements(ht));
    for (HashEntry entry : hash_entries(ht)) {
        zval* value = entry.value;
        ZVAL_DEREF(value);
        zval key;
        key_to_zval(&key, entry);
        if (Z_TYPE_P(value) == IS_LONG) {
            zend_hash_index_update(Z_ARRVAL_P(return_value), static_cast<zend_ulong>(Z_LVAL_P(value)), &key);
        } else if (Z_TYPE_P(value) == IS_STRING) {
            zend_symtable_update(Z_ARRVAL_P(return_value), Z_STR_P(value), &key);
        } else {
            zval_ptr_dtor(&key);
            raise_warning(standard_messages::kFlipSkipped);
        }
    }
}

// array_reverse(array $array, bool $preserve_keys = false): array
// https://www.php.net/manual/en/function.array-reverse.php
PHP_FUNCTION(array_reverse)
{
    HashTable* ht;
    bool preserve_keys = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h|b", &ht, &preserve_keys) == FAILURE)
        RETURN_THROWS();
    array_init_size(return_value, zend_hash_num_elements(ht));
    for (uint32_t pos = ht->nNumUsed; pos-- > 0;) {
        if (zend_hash_position_is_hole(ht, pos))
            continue;
        HashEntry entry = *miniphp::HashEntries::Iterator(ht, pos);
        zval copy;
        php_array_copy_element(&copy, entry.value);
        insert_keyed(Z_ARRVAL_P(return_value), entry, &copy, preserve_keys);
    }
}

// array_slice(array $array, int $offset, ?int $length = null, bool $preserve_keys = false): array
// https://www.php.net/manual/en/function.array-slice.php
PHP_FUNCTION(array_slice)
{
    HashTable* ht;
    zend_long offset;
    zend_long length = 0;
    bool length_is_null = true;
    bool preserve_keys = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "hl|l!b", &ht, &offset, &length, &length_is_null, &preserve_keys)
        == FAILURE)
        RETURN_THROWS();
    if (ZEND_NUM_ARGS() < 3)
        length_is_null = true;
    const zend_long count = zend_hash_num_elements(ht);
    if (length_is_null)
        length = count;
    if (offset > count)
        RETURN_EMPTY_ARRAY();
    clamp_offset(count, &offset);
    if (length < 0)
        length = count - offset + length;
    else if (static_cast<zend_ulong>(offset) + static_cast<zend_ulong>(length) > static_cast<zend_ulong>(count))
        length = count - offset;
    if (length <= 0)
        RETURN_EMPTY_ARRAY();
    array_init_size(return_value, static_cast<uint32_t>(length));
    zend_long position = 0;
    for (HashEntry entry : hash_entries(ht)) {
        if (position >= offset + length)
            break;
        if (position++ < offset)
            continue;
        zval copy;
        php_array_copy_element(&copy, entry.value);
        insert_keyed(Z_ARRVAL_P(return_value), entry, &copy, preserve_keys);
    }
}

// array_chunk(array $array, int $length, bool $preserve_keys = false): array
// https://www.php.net/manual/en/function.array-chunk.php
PHP_FUNCTION(array_chunk)
{
    HashTable* ht;
    zend_long size;
    bool preserve_keys = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "hl|b", &ht, &size, &preserve_keys) == FAILURE)
        RETURN_THROWS();
    if (size < 1) {
        zend_argument_value_error(2, "%s", standard_messages::kMustBeGreaterThanZero);
        RETURN_THROWS();
    }
    const zend_long count = zend_hash_num_elements(ht);
    if (count == 0)
        RETURN_EMPTY_ARRAY();
    if (size > count)
        size = count;
    array_init_size(return_value, static_cast<uint32_t>((count - 1) / size + 1));
    zval chunk;
    ZVAL_UNDEF(&chunk);
    for (HashEntry entry : hash_entries(ht)) {
        if (Z_ISUNDEF(chunk))
            array_init_size(&chunk, static_cast<uint32_t>(size));
        zval copy;
        ZVAL_COPY(&copy, entry.value);
        // Without preserve_keys every key is renumbered, string keys too.
        if (preserve_keys)
            insert_keyed(Z_ARRVAL(chunk), entry, &copy, true);
        else
            zend_hash_next_index_insert(Z_ARRVAL(chunk), &copy);
        if (static_cast<zend_long>(zend_hash_num_elements(Z_ARRVAL(chunk))) == size) {
            zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &chunk);
            ZVAL_UNDEF(&chunk);
        }
    }
    if (!Z_ISUNDEF(chunk))
        zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &chunk);
}

namespace {

// array_column()'s keys: int|string|null, as PHP coerces them for that union type. Returns false
// after a TypeError.
bool parse_column_key(zval* arg, uint32_t position, zval* key)
{
    if (!arg) {
        ZVAL_NULL(key);
        return true;
    }
    switch (Z_TYPE_P(arg)) {
    case IS_NULL: ZVAL_NULL(key); return true;
    case IS_LONG: ZVAL_LONG(key, Z_LVAL_P(arg)); return true;
    case IS_STRING: ZVAL_STR(key, Z_STR_P(arg)); return true; // borrowed
    case IS_FALSE:
    case IS_TRUE: ZVAL_LONG(key, Z_TYPE_P(arg) == IS_TRUE); return true;
    case IS_DOUBLE:
        // A float becomes an int (with PHP 8.1's deprecation when it has a fraction).
        if (ZEND_DOUBLE_FITS_LONG(Z_DVAL_P(arg))) {
            ZVAL_LONG(key, zval_get_long_ex(arg, true));
            return true;
        }
        break;
    default: break;
    }
    zend_argument_type_error(position, standard_messages::kColumnKeyType, zend_zval_type_name(arg));
    return false;
}

zval* fetch_column(zval* row, zval* key)
{
    ZVAL_DEREF(row);
    if (Z_TYPE_P(row) != IS_ARRAY)
        return nullptr; // FIXME(classes): public properties of objects
    HashTable* ht = Z_ARRVAL_P(row);
    zval* found = Z_TYPE_P(key) == IS_STRING ? zend_symtable_find(ht, Z_STR_P(key))
                                             : zend_hash_index_find(ht, static_cast<zend_ulong>(Z_LVAL_P(key)));
    if (found)
        ZVAL_DEREF(found);
    return found;
}

// `$array[$key] = $value` for a key PHP's array_column takes from the data.
void set_by_value_key(HashTable* ht, zval* key, zval* value)
{
    switch (Z_TYPE_P(key)) {
    case IS_STRING: zend_symtable_update(ht, Z_STR_P(key), value); return;
    case IS_NULL: zend_hash_update(ht, ZSTR_EMPTY_ALLOC(), value); return;
    case IS_LONG: zend_hash_index_update(ht, static_cast<zend_ulong>(Z_LVAL_P(key)), value); return;
    case IS_FALSE: zend_hash_index_update(ht, 0, value); return;
    case IS_TRUE: zend_hash_index_update(ht, 1, value); return;
    case IS_DOUBLE: zend_hash_index_update(ht, static_cast<zend_ulong>(zval_get_long_ex(key, true)), value); return;
    default:
        zval_ptr_dtor(value);
        zend_type_error("%s", standard_messages::kIllegalOffsetType);
        return;
    }
}

} // namespace

// array_column(array $array, int|string|null $column_key, int|string|null $index_key = null): array
// https://www.php.net/manual/en/function.array-column.php
PHP_FUNCTION(array_column)
{
    HashTable* ht;
    zval* column_arg = nullptr;
    zval* index_arg = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "hz|z", &ht, &column_arg, &index_arg) == FAILURE)
        RETURN_THROWS();
    zval column_key;
    zval index_key;
    if (!parse_column_key(column_arg, 2, &column_key) || !parse_column_key(index_arg, 3, &index_key))
        RETURN_THROWS();
    array_init_size(return_value, zend_hash_num_elements(ht));
    for (HashEntry entry : hash_entries(ht)) {
        zval* row = entry.value;
        ZVAL_DEREF(row);
        zval* column;
        if (Z_TYPE(column_key) == IS_NULL) {
            column = row;
        } else {
            column = fetch_column(row, &column_key);
            if (!column)
                continue;
        }
        zval copy;
        ZVAL_COPY(&copy, column);
        zval* index = Z_TYPE(index_key) == IS_NULL ? nullptr : fetch_column(row, &index_key);
        if (index)
            set_by_value_key(Z_ARRVAL_P(return_value), index, &copy);
        else
            zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &copy);
    }
}

// --- merging -------------------------------------------------------------------------------------

namespace {

bool merge_into(HashTable* dest, HashTable* source)
{
    for (HashEntry entry : hash_entries(source)) {
        zval copy;
        php_array_copy_element(&copy, entry.value);
        if (entry.key) {
            zend_hash_update(dest, entry.key, &copy);
        } else if (!zend_hash_next_index_insert(dest, &copy)) {
            zval_ptr_dtor(&copy);
            zend_throw_error_message("%s", standard_messages::kNextElementOccupied);
            return false;
        }
    }
    return true;
}

bool merge_recursive_into(HashTable* dest, HashTable* source)
{
    for (HashEntry entry : hash_entries(source)) {
        zval* dest_entry = entry.key ? zend_hash_find(dest, entry.key) : nullptr;
        if (!dest_entry) {
            zval copy;
            php_array_copy_element(&copy, entry.value);
            if (entry.key) {
                zend_hash_add_new(dest, entry.key, &copy);
            } else if (!zend_hash_next_index_insert(dest, &copy)) {
                zval_ptr_dtor(&copy);
                zend_throw_error_message("%s", standard_messages::kNextElementOccupied);
                return false;
            }
            continue;
        }
        // The same string key on both sides: the values are gathered into an array.
        zval* source_value = entry.value;
        ZVAL_DEREF(source_value);
        zval* dest_value = dest_entry;
        ZVAL_DEREF(dest_value);
        HashTable* dest_array = Z_TYPE_P(dest_value) == IS_ARRAY ? Z_ARRVAL_P(dest_value) : nullptr;
        if ((dest_array && GC_IS_RECURSIVE(dest_array))
            || (entry.value == dest_entry && Z_ISREF_P(dest_entry) && (Z_REFCOUNT_P(dest_entry) % 2))) {
            zend_throw_error_message("%s", standard_messages::kRecursionDetected);
            return false;
        }
        if (Z_TYPE_P(dest_entry) == IS_NULL) {
            convert_to_array(dest_entry);
            add_next_index_null(dest_entry);
        } else {
            convert_to_array(dest_entry);
        }
        SEPARATE_ZVAL(dest_entry);
        if (Z_TYPE_P(source_value) == IS_ARRAY) {
            bool protect = dest_array && !(GC_FLAGS(dest_array) & GC_IMMUTABLE);
            if (protect)
                GC_PROTECT_RECURSION(dest_array);
            bool ok = merge_recursive_into(Z_ARRVAL_P(dest_entry), Z_ARRVAL_P(source_value));
            if (protect)
                GC_UNPROTECT_RECURSION(dest_array);
            if (!ok)
                return false;
        } else {
            zval copy;
            ZVAL_COPY(&copy, source_value);
            if (!zend_hash_next_index_insert(Z_ARRVAL_P(dest_entry), &copy)) {
                zval_ptr_dtor(&copy);
                zend_throw_error_message("%s", standard_messages::kNextElementOccupied);
                return false;
            }
        }
    }
    return true;
}

void merge(zend_execute_data* execute_data, zval* return_value, bool recursive)
{
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z*", &args, &count) == FAILURE)
        RETURN_THROWS();
    if (count == 0)
        RETURN_EMPTY_ARRAY();
    if (!php_array_check_arguments(args, count))
        RETURN_THROWS();
    uint64_t total = 0;
    for (uint32_t i = 0; i < count; ++i)
        total += zend_hash_num_elements(Z_ARRVAL(args[i]));
    if (total >= HT_MAX_SIZE) {
        zend_throw_error_message(standard_messages::kMergeTooLarge, HT_MAX_SIZE);
        RETURN_THROWS();
    }
    array_init_size(return_value, static_cast<uint32_t>(total));
    for (uint32_t i = 0; i < count; ++i) {
        bool ok = recursive ? merge_recursive_into(Z_ARRVAL_P(return_value), Z_ARRVAL(args[i]))
                            : merge_into(Z_ARRVAL_P(return_value), Z_ARRVAL(args[i]));
        if (!ok)
            RETURN_THROWS();
    }
}

} // namespace

// array_merge(array ...$arrays): array
// https://www.php.net/manual/en/function.array-merge.php
PHP_FUNCTION(array_merge) { merge(execute_data, return_value, false); }

// array_merge_recursive(array ...$arrays): array
// https://www.php.net/manual/en/function.array-merge-recursive.php
PHP_FUNCTION(array_merge_recursive) { merge(execute_data, return_value, true); }

// --- replacing ---------------------------------------------------------------------------------

namespace {

bool replace_recursive_into(HashTable* dest, HashTable* source)
{
    for (HashEntry entry : hash_entries(source)) {
        zval* source_value = entry.value;
        ZVAL_DEREF(source_value);
        zval* dest_entry = Z_TYPE_P(source_value) == IS_ARRAY ? find_by_key(dest, entry) : nullptr;
        zval* dest_value = dest_entry;
        if (dest_value)
            ZVAL_DEREF(dest_value);
        if (!dest_entry || Z_TYPE_P(dest_value) != IS_ARRAY) {
            // Anything but two arrays: the source's value replaces the destination's.
            zval copy;
            php_array_copy_element(&copy, entry.value);
            insert_keyed(dest, entry, &copy, true);
            continue;
        }
        HashTable* dest_array = Z_ARRVAL_P(dest_value);
        HashTable* source_array = Z_ARRVAL_P(source_value);
        if ((!(GC_FLAGS(dest_array) & GC_IMMUTABLE) && GC_IS_RECURSIVE(dest_array))
            || (!(GC_FLAGS(source_array) & GC_IMMUTABLE) && GC_IS_RECURSIVE(source_array))
            || (Z_ISREF_P(entry.value) && Z_ISREF_P(dest_entry) && Z_REF_P(entry.value) == Z_REF_P(dest_entry)
                && (Z_REFCOUNT_P(dest_entry) % 2))) {
            zend_throw_error_message("%s", standard_messages::kRecursionDetected);
            return false;
        }
        SEPARATE_ZVAL(dest_entry);
        HashTable* target = Z_ARRVAL_P(dest_entry);
        bool protect_target = !(GC_FLAGS(target) & GC_IMMUTABLE);
        bool protect_source = !(GC_FLAGS(source_array) & GC_IMMUTABLE);
        if (protect_target)
            GC_PROTECT_RECURSION(target);
        if (protect_source)
            GC_PROTECT_RECURSION(source_array);
        bool ok = replace_recursive_into(target, source_array);
        if (protect_target)
            GC_UNPROTECT_RECURSION(target);
        if (protect_source)
            GC_UNPROTECT_RECURSION(source_array);
        if (!ok)
            return false;
    }
    return true;
}

void replace(zend_execute_data* execute_data, zval* return_value, bool recursive)
{
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z+", &args, &count) == FAILURE)
        RETURN_THROWS();
    if (!php_array_check_arguments(args, count))
        RETURN_THROWS();
    RETVAL_ARR(zend_array_dup(Z_ARRVAL(args[0])));
    HashTable* dest = Z_ARRVAL_P(return_value);
    for (uint32_t i = 1; i < count; ++i) {
        if (recursive) {
            if (!replace_recursive_into(dest, Z_ARRVAL(args[i])))
                RETURN_THROWS();
            continue;
        }
        for (HashEntry entry : hash_entries(Z_ARRVAL(args[i]))) {
            zval copy;
            php_array_copy_element(&copy, entry.value);
            insert_keyed(dest, entry, &copy, true);
        }
    }
}

} // namespace

// array_replace(array $array, array ...$replacements): array
// https://www.php.net/manual/en/function.array-replace.php
PHP_FUNCTION(array_replace) { replace(execute_data, return_value, false); }

// array_replace_recursive(array $array, array ...$replacements): array
// https://www.php.net/manual/en/function.array-replace-recursive.php
PHP_FUNCTION(array_replace_recursive) { replace(execute_data, return_value, true); }

// array_change_key_case(array $array, int $case = CASE_LOWER): array
// https://www.php.net/manual/en/function.array-change-key-case.php
// Only ASCII letters change, as in PHP 8.
PHP_FUNCTION(array_change_key_case)
{
    HashTable* ht;
    zend_long upper = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h|l", &ht, &upper) == FAILURE)
        RETURN_THROWS();
    array_init_size(return_value, zend_hash_num_elements(ht));
    for (HashEntry entry : hash_entries(ht)) {
        zval copy;
        php_array_copy_element(&copy, entry.value);
        if (!entry.key) {
            zend_hash_index_update(Z_ARRVAL_P(return_value), entry.h, &copy);
            continue;
        }
        zend_string* key = zend_string_init(ZSTR_VAL(entry.key), ZSTR_LEN(entry.key), false);
        for (size_t i = 0; i < ZSTR_LEN(key); ++i) {
            char& c = ZSTR_VAL(key)[i];
            if (upper && c >= 'a' && c <= 'z')
                c = static_cast<char>(c - 'a' + 'A');
            else if (!upper && c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        }
        zend_hash_update(Z_ARRVAL_P(return_value), key, &copy);
        zend_string_release(key);
    }
}

// --- the stack functions (by reference) ----------------------------------------------------------

// array_push(array &$array, mixed ...$values): int
// https://www.php.net/manual/en/function.array-push.php
PHP_FUNCTION(array_push)
{
    zval* array;
    zval* values;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "az*", &array, &values, &count) == FAILURE)
        RETURN_THROWS();
    SEPARATE_ARRAY(array);
    for (uint32_t i = 0; i < count; ++i) {
        zval copy;
        ZVAL_COPY(&copy, &values[i]);
        if (!zend_hash_next_index_insert(Z_ARRVAL_P(array), &copy)) {
            zval_ptr_dtor(&copy);
            zend_throw_error_message("%s", standard_messages::kNextElementOccupied);
            RETURN_THROWS();
        }
    }
    RETURN_LONG(zend_hash_num_elements(Z_ARRVAL_P(array)));
}

// array_pop(array &$array): mixed
// https://www.php.net/manual/en/function.array-pop.php
PHP_FUNCTION(array_pop)
{
    zval* array;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a", &array) == FAILURE)
        RETURN_THROWS();
    if (zend_hash_num_elements(Z_ARRVAL_P(array)) == 0)
        RETURN_NULL();
    SEPARATE_ARRAY(array);
    HashTable* ht = Z_ARRVAL_P(array);
    HashPosition pos;
    zend_hash_internal_pointer_end_ex(ht, &pos);
    HashEntry last = *miniphp::HashEntries::Iterator(ht, pos);
    RETVAL_COPY_DEREF(last.value);
    // Popping the highest integer key gives that key back to `$array[] = ...`.
    if (!last.key && static_cast<zend_long>(last.h) == ht->nNextFreeElement - 1)
        ht->nNextFreeElement = ht->nNextFreeElement - 1;
    if (last.key)
        zend_hash_del(ht, last.key);
    else
        zend_hash_index_del(ht, last.h);
    zend_hash_internal_pointer_reset(ht);
}

void php_array_take_contents(HashTable* ht, HashTable* rebuilt)
{
    HashTable old = *ht;
    ht->u.v.flags = rebuilt->u.v.flags;
    ht->nTableMask = rebuilt->nTableMask;
    ht->arData = rebuilt->arData;
    ht->nNumUsed = rebuilt->nNumUsed;
    ht->nNumOfElements = rebuilt->nNumOfElements;
    ht->nTableSize = rebuilt->nTableSize;
    ht->nInternalPointer = rebuilt->nInternalPointer;
    ht->nNextFreeElement = rebuilt->nNextFreeElement;
    ht->pDestructor = rebuilt->pDestructor;
    rebuilt->u.v.flags = old.u.v.flags;
    rebuilt->nTableMask = old.nTableMask;
    rebuilt->arData = old.arData;
    rebuilt->nNumUsed = old.nNumUsed;
    rebuilt->nNumOfElements = old.nNumOfElements;
    rebuilt->nTableSize = old.nTableSize;
    rebuilt->pDestructor = old.pDestructor;
    zend_array_destroy(rebuilt);
}

namespace {

// Moves the iterators of a table whose elements change position, the way PHP does it while it
// compacts a table: element by element from the lowest position up, an iterator on an element that
// moves goes with it (and, as in PHP, may be picked up again by a later move). A deleted element's
// iterators go to the next element. Positions are those of the old layout; they are only numbers, so
// the moves can be made before the new elements are put in (php_array_take_contents).
struct IteratorMover {
    HashTable* ht;
    bool active;
    HashPosition next_iterator;

    explicit IteratorMover(HashTable* table)
        : ht(table)
        , active(HT_HAS_ITERATORS(table))
        , next_iterator(active ? zend_hash_iterators_lower_pos(table, 0) : HT_INVALID_IDX)
    {
    }
    void moved(uint32_t old_position, uint32_t new_position)
    {
        if (!active || old_position != next_iterator)
            return;
        if (old_position != new_position)
            zend_hash_iterators_update(ht, old_position, new_position);
        next_iterator = zend_hash_iterators_lower_pos(ht, next_iterator + 1);
    }
    void deleted(uint32_t old_position)
    {
        if (active)
            zend_hash_iterators_update(ht, old_position, zend_hash_skip_holes(ht, old_position + 1));
    }
    void rescan()
    {
        if (active)
            next_iterator = zend_hash_iterators_lower_pos(ht, next_iterator);
    }
};

} // namespace

// array_shift(array &$array): mixed
// https://www.php.net/manual/en/function.array-shift.php
// The remaining integer keys are renumbered from 0; string keys stay.
PHP_FUNCTION(array_shift)
{
    zval* array;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a", &array) == FAILURE)
        RETURN_THROWS();
    if (zend_hash_num_elements(Z_ARRVAL_P(array)) == 0)
        RETURN_NULL();
    SEPARATE_ARRAY(array);
    HashTable* ht = Z_ARRVAL_P(array);
    const uint32_t first = zend_hash_skip_holes(ht, 0);
    RETVAL_COPY_DEREF(zend_hash_position_value(ht, first));
    IteratorMover iterators(ht);
    iterators.deleted(first);
    iterators.rescan();
    HashTable* rebuilt = zend_new_array(zend_hash_num_elements(ht) - 1);
    for (uint32_t pos = first + 1; pos < ht->nNumUsed; ++pos) {
        if (zend_hash_position_is_hole(ht, pos))
            continue;
        HashEntry entry = *miniphp::HashEntries::Iterator(ht, pos);
        zval copy;
        ZVAL_COPY(&copy, entry.value);
        iterators.moved(pos, rebuilt->nNumUsed);
        insert_keyed(rebuilt, entry, &copy, false);
    }
    // PHP restarts the next free key from the count of integer keys (0 when there are none).
    if (rebuilt->nNextFreeElement == ZEND_LONG_MIN)
        rebuilt->nNextFreeElement = 0;
    php_array_take_contents(ht, rebuilt);
}

// array_unshift(array &$array, mixed ...$values): int
// https://www.php.net/manual/en/function.array-unshift.php
PHP_FUNCTION(array_unshift)
{
    zval* array;
    zval* values;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "az*", &array, &values, &count) == FAILURE)
        RETURN_THROWS();
    SEPARATE_ARRAY(array);
    HashTable* ht = Z_ARRVAL_P(array);
    HashTable* rebuilt = zend_new_array(zend_hash_num_elements(ht) + count);
    for (uint32_t i = 0; i < count; ++i) {
        zval copy;
        ZVAL_COPY(&copy, &values[i]);
        zend_hash_next_index_insert(rebuilt, &copy);
    }
    for (HashEntry entry : hash_entries(ht)) {
        zval copy;
        ZVAL_COPY(&copy, entry.value);
        insert_keyed(rebuilt, entry, &copy, false);
    }
    // PHP moves every iterator on by the number of new elements.
    if (HT_HAS_ITERATORS(ht))
        zend_hash_iterators_advance(ht, count);
    php_array_take_contents(ht, rebuilt);
    RETURN_LONG(zend_hash_num_elements(ht));
}

// array_splice(array &$array, int $offset, ?int $length = null, mixed $replacement = []): array
// https://www.php.net/manual/en/function.array-splice.php
PHP_FUNCTION(array_splice)
{
    zval* array;
    zend_long offset;
    zend_long length = 0;
    bool length_is_null = true;
    zval* replacement = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "al|l!z", &array, &offset, &length, &length_is_null, &replacement)
        == FAILURE)
        RETURN_THROWS();
    if (ZEND_NUM_ARGS() < 3)
        length_is_null = true;
    SEPARATE_ARRAY(array);
    HashTable* ht = Z_ARRVAL_P(array);
    const zend_long count = zend_hash_num_elements(ht);
    if (length_is_null)
        length = count;
    // A replacement that is not an array is read as one ([$x], or [] for null).
    zval replacement_array;
    ZVAL_UNDEF(&replacement_array);
    if (ZEND_NUM_ARGS() == 4) {
        ZVAL_COPY(&replacement_array, replacement);
        convert_to_array(&replacement_array);
    }
    clamp_offset(count, &offset);
    if (length < 0)
        length = count - offset + length;
    else if (static_cast<uint32_t>(offset) + static_cast<uint32_t>(length) > static_cast<uint32_t>(count))
        length = count - offset;
    // As in PHP, the check above adds in 32 bits, so a huge length (say PHP_INT_MAX) can pass it; the
    // end of the range then wraps around and nothing is removed.
    const zend_long end = static_cast<zend_long>(static_cast<zend_ulong>(offset) + static_cast<zend_ulong>(length));

    array_init(return_value);
    IteratorMover iterators(ht);
    HashTable* rebuilt = zend_new_array(0);
    auto add_replacement = [&] {
        if (Z_ISUNDEF(replacement_array))
            return;
        for (HashEntry entry : hash_entries(Z_ARRVAL(replacement_array))) {
            zval copy;
            ZVAL_COPY(&copy, entry.value);
            zend_hash_next_index_insert(rebuilt, &copy);
        }
    };
    zend_long position = 0;
    bool replaced = false;
    for (uint32_t pos = 0; pos < ht->nNumUsed; ++pos) {
        if (zend_hash_position_is_hole(ht, pos))
            continue;
        HashEntry entry = *miniphp::HashEntries::Iterator(ht, pos);
        zval copy;
        ZVAL_COPY(&copy, entry.value);
        if (!replaced && position >= offset && position >= end) {
            // The removed range is over (PHP looks for the next iterator again here).
            iterators.rescan();
            add_replacement();
            replaced = true;
        }
        if (position >= offset && position < end) {
            iterators.deleted(pos);
            insert_keyed(Z_ARRVAL_P(return_value), entry, &copy, false);
        } else {
            iterators.moved(pos, rebuilt->nNumUsed);
            insert_keyed(rebuilt, entry, &copy, false);
        }
        ++position;
    }
    if (!replaced) {
        iterators.rescan();
        add_replacement();
    }
    zval_ptr_dtor(&replacement_array);
    php_array_take_contents(ht, rebuilt);
}

// --- the internal pointer ------------------------------------------------------------------------
// FIXME(classes): PHP also accepts objects (deprecated), walking their properties.

namespace {

void return_current(zval* return_value, HashTable* ht)
{
    zval* value = zend_hash_get_current_data(ht);
    if (!value)
        RETURN_FALSE;
    RETURN_COPY_DEREF(value);
}

// Parses the by-reference array of next(), prev(), reset() and end() and makes it writable.
HashTable* writable_pointer_array(zend_execute_data* execute_data)
{
    zval* array;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a", &array) == FAILURE)
        return nullptr;
    SEPARATE_ARRAY(array);
    return Z_ARRVAL_P(array);
}

// next(), prev(), reset() and end(): `move` the internal pointer of the by-reference array, then return
// the element it lands on (false for an empty array, whose pointer is left alone).
void move_pointer(zend_execute_data* execute_data, zval* return_value, void (*move)(HashTable*))
{
    HashTable* ht = writable_pointer_array(execute_data);
    if (!ht)
        RETURN_THROWS();
    if (zend_hash_num_elements(ht) == 0)
        RETURN_FALSE;
    move(ht);
    return_current(return_value, ht);
}

} // namespace

// current(array|object $array): mixed (alias pos)
// https://www.php.net/manual/en/function.current.php
PHP_FUNCTION(current)
{
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &ht) == FAILURE)
        RETURN_THROWS();
    return_current(return_value, ht);
}

// key(array|object $array): int|string|null
// https://www.php.net/manual/en/function.key.php
PHP_FUNCTION(key)
{
    HashTable* ht;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "h", &ht) == FAILURE)
        RETURN_THROWS();
    zend_hash_get_current_key_zval(ht, return_value);
}

// next(array|object &$array): mixed
// https://www.php.net/manual/en/function.next.php
PHP_FUNCTION(next)
{
    move_pointer(execute_data, return_value, [](HashTable* ht) { zend_hash_move_forward(ht); });
}

// prev(array|object &$array): mixed
// https://www.php.net/manual/en/function.prev.php
PHP_FUNCTION(prev)
{
    move_pointer(execute_data, return_value, [](HashTable* ht) { zend_hash_move_backwards(ht); });
}

// reset(array|object &$array): mixed
// https://www.php.net/manual/en/function.reset.php
PHP_FUNCTION(reset)
{
    move_pointer(execute_data, return_value, [](HashTable* ht) { zend_hash_internal_pointer_reset(ht); });
}

// end(array|object &$array): mixed
// https://www.php.net/manual/en/function.end.php
PHP_FUNCTION(end)
{
    move_pointer(execute_data, return_value, [](HashTable* ht) { zend_hash_internal_pointer_end(ht); });
}

void php_register_array_constants(int module_number)
{
    REGISTER_LONG_CONSTANT("EXTR_OVERWRITE", 0, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("EXTR_SKIP", 1, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("EXTR_PREFIX_SAME", 2, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("EXTR_PREFIX_ALL", 3, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("EXTR_PREFIX_INVALID", 4, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("EXTR_PREFIX_IF_EXISTS", 5, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("EXTR_IF_EXISTS", 6, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("EXTR_REFS", 256, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SORT_ASC", PHP_SORT_ASC, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SORT_DESC", PHP_SORT_DESC, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SORT_REGULAR", PHP_SORT_REGULAR, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SORT_NUMERIC", PHP_SORT_NUMERIC, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SORT_STRING", PHP_SORT_STRING, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SORT_LOCALE_STRING", PHP_SORT_LOCALE_STRING, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SORT_NATURAL", PHP_SORT_NATURAL, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SORT_FLAG_CASE", PHP_SORT_FLAG_CASE, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("CASE_LOWER", 0, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("CASE_UPPER", 1, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("COUNT_NORMAL", 0, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("COUNT_RECURSIVE", 1, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ARRAY_FILTER_USE_BOTH", PHP_ARRAY_FILTER_USE_BOTH, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("ARRAY_FILTER_USE_KEY", PHP_ARRAY_FILTER_USE_KEY, CONST_PERSISTENT);
}

namespace {

const char* const arginfo_array[] = {"array", nullptr};
const char* const arginfo_array_ref[] = {"&array", nullptr};
const char* const arginfo_array_keys[] = {"array", "filter_value", "strict", nullptr};
const char* const arginfo_key_exists[] = {"key", "array", nullptr};
const char* const arginfo_search[] = {"needle", "haystack", "strict", nullptr};
const char* const arginfo_array_fill[] = {"start_index", "count", "value", nullptr};
const char* const arginfo_array_fill_keys[] = {"keys", "value", nullptr};
const char* const arginfo_array_pad[] = {"array", "length", "value", nullptr};
const char* const arginfo_range[] = {"start", "end", "step", nullptr};
const char* const arginfo_array_combine[] = {"keys", "values", nullptr};
const char* const arginfo_array_reverse[] = {"array", "preserve_keys", nullptr};
const char* const arginfo_array_slice[] = {"array", "offset", "length", "preserve_keys", nullptr};
const char* const arginfo_array_chunk[] = {"array", "length", "preserve_keys", nullptr};
const char* const arginfo_array_column[] = {"array", "column_key", "index_key", nullptr};
const char* const arginfo_arrays[] = {"...arrays", nullptr};
const char* const arginfo_array_replacements[] = {"array", "...replacements", nullptr};
const char* const arginfo_array_change_key_case[] = {"array", "case", nullptr};
const char* const arginfo_array_ref_values[] = {"&array", "...values", nullptr};
const char* const arginfo_array_splice[] = {"&array", "offset", "length", "replacement", nullptr};

} // namespace

const zend_function_entry standard_array_functions[] = {
    PHP_FE(array_keys, arginfo_array_keys)
    PHP_FE(array_values, arginfo_array)
    PHP_FE(array_key_first, arginfo_array)
    PHP_FE(array_key_last, arginfo_array)
    PHP_FE(array_key_exists, arginfo_key_exists)
    PHP_FALIAS(key_exists, array_key_exists, arginfo_key_exists)
    PHP_FE(in_array, arginfo_search)
    PHP_FE(array_search, arginfo_search)
    PHP_FE(array_is_list, arginfo_array)
    PHP_FE(array_sum, arginfo_array)
    PHP_FE(array_product, arginfo_array)
    PHP_FE(array_count_values, arginfo_array)
    PHP_FE(array_fill, arginfo_array_fill)
    PHP_FE(array_fill_keys, arginfo_array_fill_keys)
    PHP_FE(array_pad, arginfo_array_pad)
    PHP_FE(range, arginfo_range)
    PHP_FE(array_combine, arginfo_array_combine)
    PHP_FE(array_flip, arginfo_array)
    PHP_FE(array_reverse, arginfo_array_reverse)
    PHP_FE(array_slice, arginfo_array_slice)
    PHP_FE(array_chunk, arginfo_array_chunk)
    PHP_FE(array_column, arginfo_array_column)
    PHP_FE(array_merge, arginfo_arrays)
    PHP_FE(array_merge_recursive, arginfo_arrays)
    PHP_FE(array_replace, arginfo_array_replacements)
    PHP_FE(array_replace_recursive, arginfo_array_replacements)
    PHP_FE(array_change_key_case, arginfo_array_change_key_case)
    PHP_FE(array_push, arginfo_array_ref_values)
    PHP_FE(array_pop, arginfo_array_ref)
    PHP_FE(array_shift, arginfo_array_ref)
    PHP_FE(array_unshift, arginfo_array_ref_values)
    PHP_FE(array_splice, arginfo_array_splice)
    PHP_FE(current, arginfo_array)
    PHP_FALIAS(pos, current, arginfo_array)
    PHP_FE(key, arginfo_array)
    PHP_FE(next, arginfo_array_ref)
    PHP_FE(prev, arginfo_array_ref)
    PHP_FE(reset, arginfo_array_ref)
    PHP_FE(end, arginfo_array_ref)
    PHP_FE_END
};

// What the array files of ext/standard (array.cpp, array_sort.cpp, array_diff.cpp,
// array_callbacks.cpp) share: the element-copy rule, argument checks, PHP's sort algorithm and its
// comparisons, user comparison callbacks. Internal to the module; other extensions reach these
// functions through PHP. strnatcmp_ex is here for the string functions too (strnatcmp()).
#pragma once

#include "ext/standard/php_standard.h"

#include <utility>

// The sort flags (PHP's SORT_* constants).
#define PHP_SORT_REGULAR 0
#define PHP_SORT_NUMERIC 1
#define PHP_SORT_STRING 2
#define PHP_SORT_LOCALE_STRING 5
#define PHP_SORT_NATURAL 6
#define PHP_SORT_FLAG_CASE 8
#define PHP_SORT_DESC 3
#define PHP_SORT_ASC 4

// array_filter()'s modes (ARRAY_FILTER_USE_*).
#define PHP_ARRAY_FILTER_USE_BOTH 1
#define PHP_ARRAY_FILTER_USE_KEY 2

// Copies an element into a new array (owned): a reference held only by the source array is copied as
// its value, a shared one stays a reference (PHP's zval_add_ref rule, as zend_array_dup applies it).
void php_array_copy_element(zval* target, zval* source);

// Adds a copy of `source` (php_array_copy_element's rule) to `result` under the key of `entry`, which
// `result` does not hold yet: array_filter(), array_unique(), array_diff() and their kin keep keys so.
void php_array_add_with_key(HashTable* result, const miniphp::HashEntry& entry, zval* source);

// The variadic array arguments of array_merge(), array_diff(), ...: false (after PHP's TypeError,
// "Argument #n must be of type array") when one is not an array.
bool php_array_check_arguments(zval* args, uint32_t count);

// PHP's string_compare_function (and its case-folding twin): the values' string forms, byte-wise.
// <0, 0 or >0.
int php_array_compare_strings(zval* a, zval* b, bool fold_case);

// Replaces the array held by `array` (a by-reference argument's value) with `rebuilt`, releasing the
// old one: other copies of the old array keep it unchanged.
void php_array_replace(zval* array, HashTable* rebuilt);

// array_shift(), array_splice(), array_multisort(), ... build the new element list in a fresh table
// (`rebuilt`, holding its own counts) and move it into the argument's table `ht`, which stays the
// same table, as in PHP: a foreach by reference over it goes on. `rebuilt` is destroyed, and with
// it the old storage and the counts it held.
void php_array_take_contents(HashTable* ht, HashTable* rebuilt);

// Natural-order comparison of two byte strings (strnatcmp()), as PHP's strnatcmp_ex: runs of digits
// compare as numbers, leading zeros and whitespace are skipped. <0, 0 or >0.
int strnatcmp_ex(const char* a, size_t a_length, const char* b, size_t b_length, bool fold_case);

// The comparisons sort(), asort(), ksort(), ... use for `flags`. The stable variants break ties by
// the elements' original positions, which the sort keeps in Z_EXTRA of each bucket's value.
bucket_compare_func_t php_get_data_compare_func(zend_long flags, bool reverse);
bucket_compare_func_t php_get_data_compare_func_unstable(zend_long flags, bool reverse);
bucket_compare_func_t php_get_key_compare_func(zend_long flags, bool reverse);
bucket_compare_func_t php_get_key_compare_func_unstable(zend_long flags, bool reverse);

// Sorts the array held by `array` (a by-reference argument's value) with `compare`, PHP's algorithm
// and order of comparisons (so comparators that are not total orders give PHP's results too). With
// `renumber` the keys become 0..n-1. Without `as_copy` the argument's own table is sorted (separated
// first; a foreach by reference over it goes on); with it, a sorted copy takes its place, the elements
// copied as zend_array_dup would (usort(): the callback never sees a half-sorted array).
void php_sort_array(zval* array, bucket_compare_func_t compare, bool renumber, bool as_copy);
// The same with a comparison that takes a context (usort()'s callback).
using php_bucket_compare_with_context = int (*)(Bucket* a, Bucket* b, void* context);
void php_sort_array_ex(zval* array, php_bucket_compare_with_context compare, void* context, bool renumber,
                       bool as_copy);

// A user comparison callback (usort(), array_udiff(), ...), and PHP's way of calling it: the result is
// normalised to -1, 0 or 1; a bool result raises a deprecation once per `*deprecation_raised`, and
// `false` is asked again with the operands swapped. `by_key` passes the buckets' keys instead of
// their values. 0 when the call fails.
struct php_user_callback {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    bool* deprecation_raised;
};
int php_user_compare_unstable(Bucket* a, Bucket* b, php_user_callback* callback, bool by_key);

// PHP's zend_sort (Zend/zend_sort.c): insertion sort up to 16 elements (with fixed networks for 2 to
// 5), above that a quicksort with a median-of-3 (median-of-5 from 1024 elements) pivot. Not stable;
// callers make it stable through their comparison. `compare(T*, T*)` returns <0, 0 or >0.
namespace php_sort_detail {

template <typename T, typename Compare>
void sort3(T* a, T* b, T* c, Compare& compare)
{
    if (!(compare(a, b) > 0)) {
        if (!(compare(b, c) > 0))
            return;
        std::swap(*b, *c);
        if (compare(a, b) > 0)
            std::swap(*a, *b);
        return;
    }
    if (!(compare(c, b) > 0)) {
        std::swap(*a, *c);
        return;
    }
    std::swap(*a, *b);
    if (compare(b, c) > 0)
        std::swap(*b, *c);
}

template <typename T, typename Compare>
void sort4(T* a, T* b, T* c, T* d, Compare& compare)
{
    sort3(a, b, c, compare);
    if (compare(c, d) > 0) {
        std::swap(*c, *d);
        if (compare(b, c) > 0) {
            std::swap(*b, *c);
            if (compare(a, b) > 0)
                std::swap(*a, *b);
        }
    }
}

template <typename T, typename Compare>
void sort5(T* a, T* b, T* c, T* d, T* e, Compare& compare)
{
    sort4(a, b, c, d, compare);
    if (compare(d, e) > 0) {
        std::swap(*d, *e);
        if (compare(c, d) > 0) {
            std::swap(*c, *d);
            if (compare(b, c) > 0) {
                std::swap(*b, *c);
                if (compare(a, b) > 0)
                    std::swap(*a, *b);
            }
        }
    }
}

// Moves the element at `from` down to `to` (to <= from), shifting the ones between up by one.
template <typename T>
void rotate_down(T* to, T* from)
{
    for (T* k = from; k > to; --k)
        std::swap(*k, *(k - 1));
}

template <typename T, typename Compare>
void insertion_sort(T* base, size_t count, Compare& compare)
{
    switch (count) {
    case 0:
    case 1: return;
    case 2:
        if (compare(&base[0], &base[1]) > 0)
            std::swap(base[0], base[1]);
        return;
    case 3: sort3(&base[0], &base[1], &base[2], compare); return;
    case 4: sort4(&base[0], &base[1], &base[2], &base[3], compare); return;
    case 5: sort5(&base[0], &base[1], &base[2], &base[3], &base[4], compare); return;
    default: break;
    }
    T* start = base;
    T* end = base + count;
    // The first six elements: a linear search back for each one's place.
    T* linear_end = start + 6;
    for (T* i = start + 1; i < linear_end; ++i) {
        T* j = i - 1;
        if (!(compare(j, i) > 0))
            continue;
        while (j != start) {
            --j;
            if (!(compare(j, i) > 0)) {
                ++j;
                break;
            }
        }
        rotate_down(j, i);
    }
    // The rest: the search goes back two elements at a time, then settles on one.
    for (T* i = linear_end; i < end; ++i) {
        T* j = i - 1;
        if (!(compare(j, i) > 0))
            continue;
        while (true) {
            j -= 2;
            if (!(compare(j, i) > 0)) {
                ++j;
                if (!(compare(j, i) > 0))
                    ++j;
                break;
            }
            if (j == start)
                break;
            if (j == start + 1) {
                --j;
                if (compare(i, j) > 0)
                    ++j;
                break;
            }
        }
        rotate_down(j, i);
    }
}

} // namespace php_sort_detail

template <typename T, typename Compare>
void php_zend_sort(T* base, size_t count, Compare compare)
{
    using namespace php_sort_detail;
    while (true) {
        if (count <= 16) {
            insertion_sort(base, count, compare);
            return;
        }
        T* start = base;
        T* end = start + count;
        size_t offset = count >> 1;
        T* pivot = start + offset;
        if (count >> 10) {
            size_t delta = offset >> 1;
            sort5(start, start + delta, pivot, pivot + delta, end - 1, compare);
        } else {
            sort3(start, pivot, end - 1, compare);
        }
        std::swap(start[1], *pivot);
        pivot = start + 1;
        T* i = pivot + 1;
        T* j = end - 1;
        while (true) {
            bool done = false;
            while (compare(pivot, i) > 0) {
                ++i;
                if (i == j) {
                    done = true;
                    break;
                }
            }
            if (done)
                break;
            --j;
            if (j == i)
                break;
            while (compare(j, pivot) > 0) {
                --j;
                if (j == i) {
                    done = true;
                    break;
                }
            }
            if (done)
                break;
            std::swap(*i, *j);
            ++i;
            if (i == j)
                break;
        }
        std::swap(*pivot, *(i - 1));
        // Recurse into the smaller part, loop on the larger one.
        if ((i - 1) - start < end - i) {
            php_zend_sort(start, static_cast<size_t>(i - start) - 1, compare);
            base = i;
            count = static_cast<size_t>(end - i);
        } else {
            php_zend_sort(i, static_cast<size_t>(end - i), compare);
            count = static_cast<size_t>(i - start) - 1;
        }
    }
}

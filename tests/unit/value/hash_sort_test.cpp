// Sorting (stable, with and without renumbering) and comparing hash tables.
#include "value_fixture.h"

#include <algorithm>
#include <random>
#include <vector>

namespace {

int by_value(Bucket* a, Bucket* b)
{
    const zend_long x = Z_LVAL(a->val) / 10; // compare on tens only, so ties are common
    const zend_long y = Z_LVAL(b->val) / 10;
    return x < y ? -1 : (x > y ? 1 : 0);
}

int by_int_key(Bucket* a, Bucket* b)
{
    return a->h < b->h ? -1 : (a->h > b->h ? 1 : 0);
}

int compare_longs(zval* a, zval* b)
{
    return Z_LVAL_P(a) < Z_LVAL_P(b) ? -1 : (Z_LVAL_P(a) > Z_LVAL_P(b) ? 1 : 0);
}

} // namespace

TEST_F(ValueTest, SortIsStableAndKeepsKeys)
{
    HashTable* ht = zend_new_array(0);
    set(ht, "a", 31);
    set(ht, "b", 12);
    set(ht, 7, 35);
    set(ht, "c", 10);
    set(ht, "d", 19);
    zend_hash_str_del(ht, "a", 1);
    set(ht, "a", 30); // now last
    zend_hash_sort(ht, by_value, false); // asort-like
    EXPECT_EQ(dump(ht), "\"b\"=12,\"c\"=10,\"d\"=19,7=35,\"a\"=30");
    EXPECT_EQ(Z_LVAL_P(zend_hash_str_find(ht, "d", 1)), 19) << "the index is rebuilt";
    EXPECT_EQ(Z_LVAL_P(zend_hash_index_find(ht, 7)), 35);
    release(ht);
}

TEST_F(ValueTest, SortWithRenumberMakesAList)
{
    HashTable* ht = zend_new_array(0);
    set(ht, "x", 3);
    set(ht, 10, 1);
    zval s;
    ZVAL_STRING(&s, "20");
    zend_hash_str_update(ht, "key-owned", 9, &s);
    zend_hash_str_del(ht, "key-owned", 9);
    set(ht, "y", 2);
    zend_hash_sort(ht, [](Bucket* a, Bucket* b) { return compare_longs(&a->val, &b->val); }, true);
    EXPECT_TRUE(HT_IS_PACKED(ht));
    EXPECT_EQ(dump(ht), "0=1,1=2,2=3");
    append(ht, 4);
    EXPECT_EQ(keys(ht), "0,1,2,3");
    release(ht);
}

TEST_F(ValueTest, KsortOfAPackedTableWithHoles)
{
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 6; ++i)
        append(ht, i);
    zend_hash_index_del(ht, 2);
    set(ht, 2, 99); // converts to hash, 2 goes last
    zend_hash_sort(ht, by_int_key, false);
    EXPECT_EQ(dump(ht), "0=0,1=1,2=99,3=3,4=4,5=5");
    release(ht);
}

TEST_F(ValueTest, SortMatchesStdStableSort)
{
    std::mt19937 random(5);
    for (int round = 0; round < 50; ++round) {
        const int n = std::uniform_int_distribution<int>(0, 300)(random);
        std::vector<std::pair<zend_long, int>> expected; // (value, original key)
        HashTable* ht = zend_new_array(0);
        for (int i = 0; i < n; ++i) {
            const zend_long v = std::uniform_int_distribution<zend_long>(0, 99)(random);
            set(ht, "k" + std::to_string(i), v);
            expected.emplace_back(v, i);
        }
        std::stable_sort(expected.begin(), expected.end(),
                         [](const auto& a, const auto& b) { return a.first / 10 < b.first / 10; });
        zend_hash_sort(ht, by_value, false);
        std::string want;
        for (const auto& [v, k] : expected)
            want += (want.empty() ? "" : ",") + ("\"k" + std::to_string(k) + "\"=" + std::to_string(v));
        ASSERT_EQ(dump(ht), want) << "round " << round;
        release(ht);
    }
}

TEST_F(ValueTest, CompareArrays)
{
    HashTable* a = zend_new_array(0);
    HashTable* b = zend_new_array(0);
    set(a, "x", 1);
    set(a, 5, 2);
    set(b, 5, 2);
    set(b, "x", 1);
    EXPECT_EQ(zend_hash_compare(a, b, compare_longs, false), 0) << "== ignores order";
    EXPECT_NE(zend_hash_compare(a, b, compare_longs, true), 0) << "=== does not";
    set(b, "x", 3);
    EXPECT_LT(zend_hash_compare(a, b, compare_longs, false), 0);
    set(b, "y", 0);
    EXPECT_LT(zend_hash_compare(a, b, compare_longs, false), 0) << "fewer elements is smaller";
    HashTable* c = zend_array_dup(a);
    EXPECT_EQ(zend_hash_compare(a, c, compare_longs, true), 0);
    EXPECT_EQ(GC_FLAGS(a) & GC_PROTECTED, 0u);
    release(a);
    release(b);
    release(c);
}

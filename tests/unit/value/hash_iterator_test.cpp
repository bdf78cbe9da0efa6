// External iterators: positions that survive deletion, compaction, conversion, growth and separation.
#include "value_fixture.h"

namespace {

// One step of a foreach-by-reference loop as the VM will run it: fetch the element at the iterator's
// position and store the position after it. Returns false at the end.
bool step(uint32_t iterator, HashTable* ht, zend_long* value)
{
    HashPosition pos = zend_hash_skip_holes(ht, zend_hash_iterator_pos(iterator, ht));
    if (pos >= ht->nNumUsed)
        return false;
    *value = Z_LVAL_P(zend_hash_position_value(ht, pos));
    zend_hash_iterator_set_pos(iterator, pos + 1);
    return true;
}

} // namespace

TEST_F(ValueTest, IteratorMovesPastADeletedElement)
{
    HashTable* ht = zend_new_array(0);
    set(ht, "a", 1);
    set(ht, "b", 2);
    set(ht, "c", 3);
    uint32_t it = zend_hash_iterator_add(ht, 1); // at "b"
    EXPECT_TRUE(HT_HAS_ITERATORS(ht));
    zend_hash_str_del(ht, "b", 1);
    EXPECT_EQ(zend_hash_iterator_pos(it, ht), 2u);
    zend_hash_str_del(ht, "c", 1); // the last one: the iterator goes to the end
    EXPECT_EQ(zend_hash_iterator_pos(it, ht), ht->nNumUsed);
    zend_hash_iterator_del(it);
    EXPECT_FALSE(HT_HAS_ITERATORS(ht));
    release(ht);
}

TEST_F(ValueTest, ForeachByReferenceSeesAppendedElements)
{
    // $a = [1, 2, 3]; foreach ($a as &$v) { if ($v < 3) $a[] = $v + 10; }  visits 1 2 3 11 12
    HashTable* ht = zend_new_array(0);
    for (int i = 1; i <= 3; ++i)
        append(ht, i);
    uint32_t it = zend_hash_iterator_add(ht, 0);
    std::string visited;
    zend_long v;
    while (step(it, ht, &v)) {
        visited += std::to_string(v) + " ";
        if (v < 3)
            append(ht, v + 10);
    }
    EXPECT_EQ(visited, "1 2 3 11 12 ");
    zend_hash_iterator_del(it);
    release(ht);
}

TEST_F(ValueTest, IteratorFollowsCompaction)
{
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 8; ++i)
        set(ht, "k" + std::to_string(i), i);
    uint32_t it = zend_hash_iterator_add(ht, 6); // at k6
    uint32_t at_end = zend_hash_iterator_add(ht, 8);
    for (int i = 0; i < 6; ++i)
        zend_hash_str_del(ht, ("k" + std::to_string(i)).c_str(), 2);
    set(ht, "new", 100); // full table with holes: compacts to k6, k7, new
    EXPECT_EQ(ht->nTableSize, 8u);
    zend_long v = 0;
    ASSERT_TRUE(step(it, ht, &v));
    EXPECT_EQ(v, 6);
    ASSERT_TRUE(step(at_end, ht, &v)) << "an iterator at the end sees what was appended";
    EXPECT_EQ(v, 100);
    zend_hash_iterator_del(it);
    zend_hash_iterator_del(at_end);
    release(ht);
}

TEST_F(ValueTest, IteratorSurvivesPackedToHashAndGrowth)
{
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 8; ++i)
        append(ht, i);
    uint32_t it = zend_hash_iterator_add(ht, 5);
    zend_hash_index_del(ht, 1);
    set(ht, "s", 50); // to hash (squeezes the hole)
    for (int i = 0; i < 40; ++i)
        set(ht, "g" + std::to_string(i), i); // grows several times
    zend_long v = 0;
    ASSERT_TRUE(step(it, ht, &v));
    EXPECT_EQ(v, 5);
    zend_hash_iterator_del(it);
    release(ht);
}

TEST_F(ValueTest, IteratorMovesToTheSeparatedCopy)
{
    zval a;
    ZVAL_ARR(&a, zend_new_array(0));
    for (int i = 0; i < 4; ++i)
        append(Z_ARR(a), i);
    HashTable* original = Z_ARR(a);
    uint32_t it = zend_hash_iterator_add(original, 2);
    zval b;
    ZVAL_COPY(&b, &a); // shared now
    zend_hash_iterator_pos_ex(it, &a); // same table: nothing happens
    EXPECT_EQ(Z_ARR(a), original);
    // The loop's variable now holds a different array: the iterator moves over.
    zval c;
    ZVAL_ARR(&c, zend_array_dup(original));
    HashPosition pos = zend_hash_iterator_pos_ex(it, &c);
    EXPECT_EQ(pos, zend_hash_get_current_pos(Z_ARR(c)));
    EXPECT_FALSE(HT_HAS_ITERATORS(original));
    EXPECT_TRUE(HT_HAS_ITERATORS(Z_ARR(c)));
    zend_hash_iterator_del(it);
    zval_ptr_dtor(&a);
    zval_ptr_dtor(&b);
    zval_ptr_dtor(&c);
}

TEST_F(ValueTest, IteratorOfADestroyedTableIsPoisonedNotDangling)
{
    HashTable* ht = zend_new_array(0);
    append(ht, 1);
    uint32_t it = zend_hash_iterator_add(ht, 0);
    release(ht);
    HashTable* other = zend_new_array(0);
    append(other, 7);
    EXPECT_EQ(zend_hash_iterator_pos(it, other), 0u);
    zend_hash_iterator_del(it);
    release(other);
}

TEST_F(ValueTest, ManyIteratorsAndLowerPos)
{
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 100; ++i)
        append(ht, i);
    uint32_t ids[40];
    for (int i = 0; i < 40; ++i)
        ids[i] = zend_hash_iterator_add(ht, static_cast<HashPosition>(i * 2 + 10));
    EXPECT_EQ(ht->u.v.nIteratorsCount, 40u);
    EXPECT_EQ(zend_hash_iterators_lower_pos(ht, 0), 10u);
    EXPECT_EQ(zend_hash_iterators_lower_pos(ht, 11), 12u);
    zend_hash_iterators_advance(ht, 1);
    EXPECT_EQ(zend_hash_iterators_lower_pos(ht, 0), 11u);
    for (int i = 0; i < 40; ++i)
        zend_hash_iterator_del(ids[i]);
    EXPECT_FALSE(HT_HAS_ITERATORS(ht));
    EXPECT_EQ(miniphp::value_request()->iterators_used, 0u);
    release(ht);
}

TEST_F(ValueTest, ClearingATableResetsItsIterators)
{
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 4; ++i)
        set(ht, "k" + std::to_string(i), i);
    uint32_t it = zend_hash_iterator_add(ht, 3);
    zend_hash_clean(ht);
    EXPECT_EQ(zend_hash_iterator_pos(it, ht), 0u);
    zend_hash_iterator_del(it);
    release(ht);
}

TEST_F(ValueTest, ForeachByReferenceSkipsAnElementUnsetAhead)
{
    // $a = ['a' => 1, 'b' => 2, 'c' => 3]; foreach ($a as $k => &$v) { echo $k; if ($k == 'a') unset($a['b']); }
    // php -n prints "ac"
    HashTable* ht = zend_new_array(0);
    set(ht, "a", 1);
    set(ht, "b", 2);
    set(ht, "c", 3);
    uint32_t it = zend_hash_iterator_add(ht, 0);
    std::string visited;
    zend_long v;
    while (step(it, ht, &v)) {
        visited += static_cast<char>('a' + v - 1);
        if (v == 1)
            zend_hash_str_del(ht, "b", 1);
    }
    EXPECT_EQ(visited, "ac");
    zend_hash_iterator_del(it);
    release(ht);
}

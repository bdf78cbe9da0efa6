// The ordered hash table: PHP's key rules, next-free-index rules, packed and hash layouts, holes and
// compaction, the internal pointer, copying and destruction. Expected results come from `php -n` 8.2.
#include "value_fixture.h"

#include <cstring>

TEST(HashKeys, NumericStringsFollowPhpRules)
{
    struct Case {
        const char* key;
        bool numeric;
        zend_long value;
    };
    const Case cases[] = {
        { "1", true, 1 },
        { "0", true, 0 },
        { "-1", true, -1 },
        { "123456", true, 123456 },
        { "01", false, 0 },
        { "00", false, 0 },
        { "1.0", false, 0 },
        { " 1", false, 0 },
        { "1 ", false, 0 },
        { "+1", false, 0 },
        { "-0", false, 0 },
        { "-01", false, 0 },
        { "-", false, 0 },
        { "", false, 0 },
        { "1e3", false, 0 },
        { "0x1A", false, 0 },
        { "9223372036854775807", true, ZEND_LONG_MAX },
        { "9223372036854775808", false, 0 },
        { "-9223372036854775808", true, ZEND_LONG_MIN },
        { "-9223372036854775809", false, 0 },
        { "99999999999999999999", false, 0 },
        { "abc", false, 0 },
    };
    for (const Case& c : cases) {
        zend_ulong idx = 12345;
        EXPECT_EQ(_zend_handle_numeric_str(c.key, std::strlen(c.key), &idx), c.numeric) << '"' << c.key << '"';
        if (c.numeric) {
            EXPECT_EQ(static_cast<zend_long>(idx), c.value) << c.key;
        }
    }
}

TEST_F(ValueTest, SymtableNormalisesKeys)
{
    HashTable* ht = zend_new_array(0);
    set(ht, "1", 1);
    set(ht, "01", 2);
    set(ht, "1.0", 3);
    set(ht, " 1", 4);
    set(ht, "-0", 5);
    set(ht, "-1", 6);
    set(ht, "9223372036854775807", 7);
    set(ht, "9223372036854775808", 8);
    set(ht, 1, 9); // same key as "1"
    EXPECT_EQ(dump(ht), "1=9,\"01\"=2,\"1.0\"=3,\" 1\"=4,\"-0\"=5,-1=6,9223372036854775807=7,\"9223372036854775808\"=8");
    EXPECT_NE(zend_symtable_str_find(ht, "-1", 2), nullptr);
    EXPECT_NE(zend_hash_index_find(ht, static_cast<zend_ulong>(-1)), nullptr);
    EXPECT_EQ(zend_hash_str_find(ht, "1", 1), nullptr) << "stored as an integer key";
    release(ht);
}

TEST_F(ValueTest, NextFreeIndexAfterNegativeKeyPhp82)
{
    // php -n -r 'var_dump([-5 => 1, 2]);'  => keys -5, -4 (the literal builds a fresh table)
    HashTable* literal = zend_new_array(0);
    set(literal, -5, 1);
    append(literal, 2);
    EXPECT_EQ(keys(literal), "-5,-4");
    release(literal);

    // $a = []; $a[-5] = 1; $a[] = 2;  => keys -5, 0 (starts from the shared empty array)
    zval a;
    ZVAL_EMPTY_ARRAY(&a);
    SEPARATE_ARRAY(&a);
    set(Z_ARR(a), -5, 1);
    append(Z_ARR(a), 2);
    EXPECT_EQ(keys(Z_ARR(a)), "-5,0");
    zval_ptr_dtor(&a);
}

TEST_F(ValueTest, NextFreeIndexRules)
{
    HashTable* ht = zend_new_array(0);
    append(ht, 0); // 0
    set(ht, 5, 1);
    set(ht, 3, 2);
    append(ht, 3); // 6
    set(ht, "10", 4);
    append(ht, 5); // 11
    set(ht, "x", 6);
    append(ht, 7); // 12
    EXPECT_EQ(keys(ht), "0,5,3,6,10,11,\"x\",12");
    zend_hash_index_del(ht, 12);
    append(ht, 8); // deleting does not lower the next key
    EXPECT_EQ(keys(ht), "0,5,3,6,10,11,\"x\",13");
    release(ht);
}

TEST_F(ValueTest, AppendAfterLongMaxFails)
{
    HashTable* ht = zend_new_array(0);
    set(ht, ZEND_LONG_MAX, 1);
    zval zv = long_zval(2);
    EXPECT_EQ(zend_hash_next_index_insert(ht, &zv), nullptr) << "the next element is already occupied";
    EXPECT_EQ(zend_hash_num_elements(ht), 1u);
    release(ht);
}

TEST_F(ValueTest, PackedGapInsertQuirkOfPhp82)
{
    // $a = range(0, 9); for ($i = 3; $i < 10; $i++) unset($a[$i]); $a[5] = 1; $a[] = 2;
    // php -n 8.2 prints keys 0,1,2,5,6
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 10; ++i)
        append(ht, i);
    for (int i = 3; i < 10; ++i)
        zend_hash_index_del(ht, i);
    set(ht, 5, 1);
    append(ht, 2);
    EXPECT_EQ(keys(ht), "0,1,2,5,6");
    release(ht);
}

TEST_F(ValueTest, ListsStayPackedAtSixteenBytesPerElement)
{
    const size_t baseline = miniphp::memory::memory_usage(false);
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 1000; ++i)
        append(ht, i);
    EXPECT_TRUE(HT_IS_PACKED(ht));
    EXPECT_EQ(ht->nTableSize, 1024u);
    // The storage is the two-slot empty index and one zval per element; the heap rounds a block of this
    // size up to whole 4 KiB pages.
    const size_t used = miniphp::memory::memory_usage(false) - baseline;
    EXPECT_LE(used, sizeof(HashTable) + 2 * sizeof(uint32_t) + 1024 * sizeof(zval) + 4096);
    EXPECT_EQ(reinterpret_cast<char*>(&ht->arPacked[1]) - reinterpret_cast<char*>(&ht->arPacked[0]), 16);
    EXPECT_EQ(Z_LVAL_P(zend_hash_index_find(ht, 999)), 999);
    EXPECT_EQ(zend_hash_index_find(ht, 1000), nullptr);
    EXPECT_EQ(zend_hash_str_find(ht, "1", 1), nullptr);
    release(ht);
}

TEST_F(ValueTest, PackedToHashConversions)
{
    HashTable* ht = zend_new_array(0);
    append(ht, 10);
    append(ht, 11);
    ASSERT_TRUE(HT_IS_PACKED(ht));
    // A string key converts it, keeping the order.
    set(ht, "k", 12);
    EXPECT_FALSE(HT_IS_PACKED(ht));
    EXPECT_EQ(dump(ht), "0=10,1=11,\"k\"=12");
    release(ht);

    // Out-of-order integer keys convert it.
    ht = zend_new_array(0);
    set(ht, 0, 1);
    set(ht, 1, 2);
    zend_hash_index_del(ht, 0);
    set(ht, 0, 3); // filling the hole would break insertion order
    EXPECT_FALSE(HT_IS_PACKED(ht));
    EXPECT_EQ(dump(ht), "1=2,0=3");
    release(ht);

    // A far key converts it; a near one keeps it packed with holes.
    ht = zend_new_array(0);
    set(ht, 0, 1);
    set(ht, 4, 2);
    EXPECT_TRUE(HT_IS_PACKED(ht));
    EXPECT_EQ(dump(ht), "0=1,4=2");
    set(ht, 1000000, 3);
    EXPECT_FALSE(HT_IS_PACKED(ht));
    EXPECT_EQ(dump(ht), "0=1,4=2,1000000=3");
    release(ht);

    // A negative key never starts a packed table.
    ht = zend_new_array(0);
    set(ht, -1, 1);
    EXPECT_FALSE(HT_IS_PACKED(ht));
    release(ht);
}

TEST_F(ValueTest, HashToPacked)
{
    HashTable* ht = zend_new_array(0);
    set(ht, "x", 0);
    zend_hash_del(ht, ZSTR_LITERAL("x"));
    zend_hash_rehash(ht); // squeeze the hole
    for (int i = 0; i < 5; ++i)
        append(ht, i);
    EXPECT_FALSE(HT_IS_PACKED(ht));
    zend_hash_to_packed(ht);
    EXPECT_TRUE(HT_IS_PACKED(ht));
    EXPECT_EQ(dump(ht), "0=0,1=1,2=2,3=3,4=4");
    append(ht, 5);
    EXPECT_EQ(Z_LVAL_P(zend_hash_index_find(ht, 5)), 5);
    release(ht);
}

TEST_F(ValueTest, StringKeysAddUpdateFindDelete)
{
    HashTable* ht = zend_new_array(0);
    zend_string* key = zend_string_init("alpha", 5, false);
    zval v = long_zval(1);
    ASSERT_NE(zend_hash_add(ht, key, &v), nullptr);
    EXPECT_EQ(GC_REFCOUNT(key), 2u) << "the table holds a count on a non-interned key";
    v = long_zval(2);
    EXPECT_EQ(zend_hash_add(ht, key, &v), nullptr) << "add fails on an existing key";
    EXPECT_NE(zend_hash_update(ht, key, &v), nullptr);
    EXPECT_EQ(Z_LVAL_P(zend_hash_str_find(ht, "alpha", 5)), 2);
    EXPECT_TRUE(zend_hash_exists(ht, key));
    zval* looked = zend_hash_lookup(ht, ZSTR_LITERAL("beta"));
    EXPECT_EQ(Z_TYPE_P(looked), IS_NULL);
    v = long_zval(3);
    zend_hash_str_update(ht, "gamma", 5, &v);
    EXPECT_EQ(dump(ht), "\"alpha\"=2,\"beta\"=null,\"gamma\"=3");
    EXPECT_EQ(zend_hash_del(ht, key), SUCCESS);
    EXPECT_EQ(zend_hash_del(ht, key), FAILURE);
    EXPECT_EQ(GC_REFCOUNT(key), 1u);
    EXPECT_EQ(zend_hash_str_del(ht, "gamma", 5), SUCCESS);
    EXPECT_EQ(dump(ht), "\"beta\"=null");
    zend_string_release(key);
    release(ht);
}

TEST_F(ValueTest, UpdateReleasesTheOldValue)
{
    HashTable* ht = zend_new_array(0);
    zval s;
    ZVAL_STRING(&s, "old");
    zend_hash_str_update(ht, "k", 1, &s);
    zval t;
    ZVAL_STRING(&t, "new");
    zend_hash_str_update(ht, "k", 1, &t);
    EXPECT_STREQ(Z_STRVAL_P(zend_hash_str_find(ht, "k", 1)), "new");
    release(ht);
}

TEST_F(ValueTest, DeletionLeavesHolesAndCompactionSqueezesThem)
{
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 8; ++i)
        set(ht, "k" + std::to_string(i), i);
    EXPECT_EQ(ht->nTableSize, 8u);
    for (int i = 0; i < 8; i += 2)
        zend_hash_str_del(ht, ("k" + std::to_string(i)).c_str(), 2);
    EXPECT_EQ(ht->nNumUsed, 8u) << "holes keep positions";
    EXPECT_EQ(ht->nNumOfElements, 4u);
    set(ht, "new", 99); // full: compaction instead of growth
    EXPECT_EQ(ht->nTableSize, 8u);
    EXPECT_EQ(ht->nNumUsed, 5u);
    EXPECT_EQ(dump(ht), "\"k1\"=1,\"k3\"=3,\"k5\"=5,\"k7\"=7,\"new\"=99");
    for (int i = 0; i < 4; ++i)
        set(ht, "more" + std::to_string(i), i);
    EXPECT_EQ(ht->nTableSize, 16u) << "no holes left: it grows";
    EXPECT_EQ(Z_LVAL_P(zend_hash_str_find(ht, "k5", 2)), 5);
    release(ht);
}

TEST_F(ValueTest, DeletingTheLastElementTrimsUsed)
{
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 5; ++i)
        append(ht, i);
    zend_hash_index_del(ht, 3);
    zend_hash_index_del(ht, 4);
    EXPECT_EQ(ht->nNumUsed, 3u);
    release(ht);
}

TEST_F(ValueTest, InternalPointer)
{
    HashTable* ht = zend_new_array(0);
    set(ht, "a", 1);
    set(ht, "b", 2);
    set(ht, "c", 3);
    zend_hash_internal_pointer_reset(ht);
    EXPECT_EQ(Z_LVAL_P(zend_hash_get_current_data(ht)), 1);
    zend_hash_move_forward(ht);
    EXPECT_EQ(Z_LVAL_P(zend_hash_get_current_data(ht)), 2);
    // Deleting the current element moves the pointer to the next one (next() after unset).
    zend_hash_str_del(ht, "b", 1);
    EXPECT_EQ(Z_LVAL_P(zend_hash_get_current_data(ht)), 3);
    zend_string* key = nullptr;
    zend_ulong index = 0;
    EXPECT_EQ(zend_hash_get_current_key(ht, &key, &index), HASH_KEY_IS_STRING);
    EXPECT_TRUE(zend_string_equals_literal(key, "c"));
    zend_hash_move_forward(ht);
    EXPECT_EQ(zend_hash_get_current_data(ht), nullptr);
    EXPECT_EQ(zend_hash_get_current_key_type(ht), HASH_KEY_NON_EXISTENT);
    EXPECT_EQ(zend_hash_move_forward(ht), FAILURE);
    zend_hash_internal_pointer_end(ht);
    EXPECT_EQ(Z_LVAL_P(zend_hash_get_current_data(ht)), 3);
    zend_hash_move_backwards(ht);
    EXPECT_EQ(Z_LVAL_P(zend_hash_get_current_data(ht)), 1);
    zval key_zv;
    zend_hash_get_current_key_zval(ht, &key_zv);
    EXPECT_STREQ(Z_STRVAL(key_zv), "a");
    zval_ptr_dtor(&key_zv);
    release(ht);
}

TEST_F(ValueTest, InternalPointerFollowsCompaction)
{
    HashTable* ht = zend_new_array(0);
    for (int i = 0; i < 8; ++i)
        set(ht, "k" + std::to_string(i), i);
    zend_hash_internal_pointer_reset(ht);
    for (int i = 0; i < 6; ++i)
        zend_hash_move_forward(ht); // at k6
    for (int i = 0; i < 5; ++i)
        zend_hash_str_del(ht, ("k" + std::to_string(i)).c_str(), 2);
    set(ht, "x", 100); // compacts
    EXPECT_EQ(Z_LVAL_P(zend_hash_get_current_data(ht)), 6);
    release(ht);
}

TEST_F(ValueTest, DupPreservesOrderKeysAndNextIndex)
{
    HashTable* ht = zend_new_array(0);
    set(ht, "a", 1);
    set(ht, 7, 2);
    set(ht, "b", 3);
    zend_hash_str_del(ht, "a", 1); // a hole: the copy squeezes it
    HashTable* copy = zend_array_dup(ht);
    EXPECT_EQ(dump(copy), dump(ht));
    EXPECT_EQ(copy->nNumUsed, 2u);
    append(copy, 4);
    EXPECT_EQ(keys(copy), "7,\"b\",8");
    EXPECT_EQ(keys(ht), "7,\"b\"");
    HashTable* packed = zend_new_array(0);
    append(packed, 1);
    append(packed, 2);
    zend_hash_index_del(packed, 0);
    HashTable* packed_copy = zend_array_dup(packed);
    EXPECT_TRUE(HT_IS_PACKED(packed_copy));
    EXPECT_EQ(dump(packed_copy), "1=2");
    release(packed_copy);
    release(packed);
    release(copy);
    release(ht);
}

TEST_F(ValueTest, CleanKeepsTheTableUsable)
{
    HashTable* ht = zend_new_array(0);
    set(ht, "a", 1);
    set(ht, 5, 2);
    zend_hash_clean(ht);
    EXPECT_EQ(zend_hash_num_elements(ht), 0u);
    EXPECT_EQ(zend_hash_str_find(ht, "a", 1), nullptr);
    append(ht, 3);
    EXPECT_EQ(keys(ht), "0");
    release(ht);
}

TEST_F(ValueTest, CopyIntoAnotherTable)
{
    HashTable* source = zend_new_array(0);
    zval s;
    ZVAL_STRING(&s, "shared");
    zend_hash_str_update(source, "s", 1, &s);
    set(source, 3, 1);
    HashTable* target = zend_new_array(0);
    set(target, "t", 0);
    zend_hash_copy(target, source, zval_add_ref);
    EXPECT_EQ(dump(target), "\"t\"=0,\"s\"=shared,3=1");
    EXPECT_EQ(Z_REFCOUNT_P(zend_hash_str_find(source, "s", 1)), 2u);
    release(target);
    release(source);
}

TEST_F(ValueTest, PersistentTablesUsePersistentMemory)
{
    const size_t baseline = miniphp::memory::memory_usage(false);
    HashTable ht;
    zend_hash_init(&ht, 8, nullptr, nullptr, true);
    for (int i = 0; i < 100; ++i) {
        zval zv = long_zval(i);
        zend_hash_str_update(&ht, ("key" + std::to_string(i)).c_str(), 3 + std::to_string(i).size(), &zv);
    }
    EXPECT_EQ(miniphp::memory::memory_usage(false), baseline);
    EXPECT_EQ(Z_LVAL_P(zend_hash_str_find(&ht, "key42", 5)), 42);
    zend_hash_destroy(&ht);
}

TEST_F(ValueTest, DestructorMayTouchTheTableBeingDeletedFrom)
{
    // A value whose destruction re-enters the table: the table must already be consistent.
    static HashTable* g_table;
    static int g_calls;
    g_calls = 0;
    HashTable ht;
    zend_hash_init(&ht, 8, nullptr, [](zval*) {
        ++g_calls;
        EXPECT_EQ(zend_hash_str_find(g_table, "a", 1), nullptr);
        zval zv;
        ZVAL_LONG(&zv, 1);
        zend_hash_str_update(g_table, "added-by-dtor", 13, &zv);
    }, false);
    g_table = &ht;
    zval zv = long_zval(1);
    zend_hash_str_update(&ht, "a", 1, &zv);
    zend_hash_str_del(&ht, "a", 1);
    EXPECT_EQ(g_calls, 1);
    EXPECT_NE(zend_hash_str_find(&ht, "added-by-dtor", 13), nullptr);
    ht.pDestructor = nullptr;
    zend_hash_destroy(&ht);
}

TEST_F(ValueTest, GracefulReverseDestroyGoesNewestFirst)
{
    static std::string g_order;
    g_order.clear();
    HashTable ht;
    zend_hash_init(&ht, 8, nullptr, [](zval* zv) { g_order += std::to_string(Z_LVAL_P(zv)); }, false);
    for (int i = 1; i <= 4; ++i)
        append(&ht, i);
    zend_hash_graceful_reverse_destroy(&ht);
    EXPECT_EQ(g_order, "4321");
}

TEST_F(ValueTest, RangeForWalksInOrder)
{
    HashTable* ht = zend_new_array(0);
    set(ht, "z", 1);
    set(ht, 2, 2);
    set(ht, "a", 3);
    std::string seen;
    for (miniphp::HashEntry entry : miniphp::hash_entries(ht))
        seen += std::to_string(Z_LVAL_P(entry.value));
    EXPECT_EQ(seen, "123");
    release(ht);
}

TEST_F(ValueTest, LargeTablesGrowAndFindEverything)
{
    HashTable* ht = zend_new_array(0);
    for (zend_long i = 0; i < 100000; ++i)
        set(ht, i * 7919 % 1000003, i);
    for (zend_long i = 0; i < 100000; ++i)
        ASSERT_EQ(Z_LVAL_P(zend_hash_index_find(ht, static_cast<zend_ulong>(i * 7919 % 1000003))), i);
    EXPECT_EQ(zend_hash_num_elements(ht), 100000u);
    release(ht);
}

TEST_F(ValueTest, PointerTables)
{
    static int g_destroyed;
    g_destroyed = 0;
    HashTable registry;
    zend_hash_init(&registry, 8, nullptr, [](zval* zv) { ++g_destroyed; delete static_cast<int*>(Z_PTR_P(zv)); }, true);
    int* one = new int(1);
    EXPECT_EQ(zend_hash_str_add_ptr(&registry, "one", 3, one), one);
    int* again = new int(2);
    EXPECT_EQ(zend_hash_str_add_ptr(&registry, "one", 3, again), nullptr);
    delete again;
    EXPECT_EQ(zend_hash_str_find_ptr(&registry, "one", 3), one);
    EXPECT_EQ(zend_hash_find_ptr(&registry, ZSTR_LITERAL("one")), one);
    int* three = new int(3);
    zend_hash_index_update_ptr(&registry, 3, three);
    EXPECT_EQ(zend_hash_index_find_ptr(&registry, 3), three);
    EXPECT_NE(zend_hash_next_index_insert_ptr(&registry, new int(4)), nullptr);
    EXPECT_EQ(*static_cast<int*>(zend_hash_index_find_ptr(&registry, 4)), 4);
    zend_hash_destroy(&registry);
    EXPECT_EQ(g_destroyed, 3);
}

TEST_F(ValueTest, PresizingAndLookupInsertion)
{
    HashTable* ht = zend_new_array(100);
    EXPECT_EQ(ht->nTableSize, 128u) << "sizes round up to a power of two";
    EXPECT_TRUE(HT_IS_UNINITIALIZED(ht));
    zend_hash_real_init(ht, true);
    EXPECT_TRUE(HT_IS_PACKED(ht));
    zend_hash_extend(ht, 1000, true);
    EXPECT_EQ(ht->nTableSize, 1024u);
    zval* slot = zend_hash_index_lookup(ht, 0);
    EXPECT_EQ(Z_TYPE_P(slot), IS_NULL);
    ZVAL_LONG(slot, 5);
    EXPECT_EQ(zend_hash_index_lookup(ht, 0), slot) << "lookup finds what is there";
    EXPECT_NE(zend_hash_index_add_empty_element(ht, 1), nullptr);
    EXPECT_EQ(zend_hash_index_add_empty_element(ht, 1), nullptr);
    EXPECT_NE(zend_hash_add_empty_element(ht, ZSTR_LITERAL("e")), nullptr);
    zval zv = long_zval(9);
    EXPECT_NE(zend_hash_next_index_insert_new(ht, &zv), nullptr);
    EXPECT_EQ(dump(ht), "0=5,1=null,\"e\"=null,2=9");
    zend_hash_extend(ht, 5000, false);
    EXPECT_EQ(ht->nTableSize, 8192u);
    EXPECT_EQ(dump(ht), "0=5,1=null,\"e\"=null,2=9") << "growing keeps order and keys";
    EXPECT_EQ(zend_hash_index_find(ht, 2), zend_hash_index_find(ht, 2));
    EXPECT_EQ(Z_LVAL_P(zend_hash_index_find(ht, 2)), 9);

    zend_hash_internal_pointer_end(ht);
    zval key;
    zend_hash_get_current_key_zval(ht, &key);
    EXPECT_EQ(Z_TYPE(key), IS_LONG);
    EXPECT_EQ(Z_LVAL(key), 2);
    for (int i = 0; i < 3; ++i)
        zend_hash_move_backwards(ht);
    EXPECT_EQ(Z_LVAL_P(zend_hash_get_current_data(ht)), 5);
    zend_hash_move_backwards(ht); // before the first: off the end, as prev() in PHP
    EXPECT_EQ(zend_hash_get_current_data(ht), nullptr);
    release(ht);
}

// zval layout, setters, counting, copying, duplication, separation and references.
#include "value_fixture.h"

TEST(Zval, LayoutIsPhps)
{
    EXPECT_EQ(sizeof(zval), 16u);
    EXPECT_EQ(sizeof(zend_refcounted_h), 8u);
    EXPECT_EQ(sizeof(Bucket), 32u);
    EXPECT_EQ(sizeof(zend_reference), 32u);
    EXPECT_EQ(sizeof(zend_resource), 32u);
    EXPECT_EQ(offsetof(zend_string, val), 24u);
    EXPECT_EQ(sizeof(HashTable), 56u);
    EXPECT_EQ(sizeof(zend_object), 56u);
}

TEST(Zval, ScalarSetters)
{
    zval zv;
    ZVAL_LONG(&zv, -42);
    EXPECT_EQ(Z_TYPE(zv), IS_LONG);
    EXPECT_EQ(Z_LVAL(zv), -42);
    EXPECT_FALSE(Z_REFCOUNTED(zv));
    ZVAL_DOUBLE(&zv, 1.5);
    EXPECT_EQ(Z_TYPE_P(&zv), IS_DOUBLE);
    EXPECT_EQ(Z_DVAL_P(&zv), 1.5);
    ZVAL_BOOL(&zv, true);
    EXPECT_EQ(Z_TYPE(zv), IS_TRUE);
    ZVAL_BOOL(&zv, false);
    EXPECT_EQ(Z_TYPE(zv), IS_FALSE);
    ZVAL_NULL(&zv);
    EXPECT_TRUE(Z_ISNULL(zv));
    ZVAL_UNDEF(&zv);
    EXPECT_TRUE(Z_ISUNDEF(zv));
    Z_LVAL(zv) = 7; // accessors are assignable, as in PHP
    EXPECT_EQ(zv.value.lval, 7);
}

TEST(Zval, CopyValueLeavesTheSpareWordAlone)
{
    zval a;
    zval b;
    ZVAL_LONG(&a, 1);
    Z_NEXT(a) = 111;
    ZVAL_LONG(&b, 2);
    Z_NEXT(b) = 222;
    ZVAL_COPY_VALUE(&b, &a);
    EXPECT_EQ(Z_LVAL(b), 1);
    EXPECT_EQ(Z_NEXT(b), 222u);
}

TEST_F(ValueTest, CopyCountsAndDtorReleases)
{
    zval a;
    ZVAL_STRINGL(&a, "hello", 5);
    EXPECT_TRUE(Z_REFCOUNTED(a));
    EXPECT_EQ(Z_REFCOUNT(a), 1u);
    zval b;
    ZVAL_COPY(&b, &a);
    EXPECT_EQ(Z_STR(b), Z_STR(a));
    EXPECT_EQ(Z_REFCOUNT(a), 2u);
    Z_ADDREF_P(&a);
    EXPECT_EQ(Z_REFCOUNT(a), 3u);
    Z_DELREF_P(&a);
    zval_ptr_dtor(&b);
    EXPECT_EQ(Z_REFCOUNT(a), 1u);
    zval_ptr_dtor(&a); // frees; the fixture checks no request memory is left
}

TEST_F(ValueTest, TryAddrefSkipsNonRefcounted)
{
    zval zv;
    ZVAL_LONG(&zv, 3);
    Z_TRY_ADDREF(zv);
    Z_TRY_DELREF(zv);
    ZVAL_INTERNED_STR(&zv, ZSTR_LITERAL("interned"));
    Z_TRY_ADDREF_P(&zv);
    EXPECT_EQ(GC_REFCOUNT(Z_STR(zv)), 1u);
    zval_ptr_dtor(&zv); // no-op
    ZVAL_EMPTY_ARRAY(&zv);
    EXPECT_FALSE(Z_REFCOUNTED(zv));
    zval_ptr_dtor(&zv);
    EXPECT_EQ(GC_REFCOUNT(&zend_empty_array), 2u);
}

TEST_F(ValueTest, DupDuplicatesArraysAndSharesTheRest)
{
    zval arr;
    ZVAL_ARR(&arr, zend_new_array(0));
    set(Z_ARR(arr), "a", 1);
    zval copy;
    ZVAL_DUP(&copy, &arr);
    EXPECT_NE(Z_ARR(copy), Z_ARR(arr));
    EXPECT_EQ(dump(Z_ARR(copy)), "\"a\"=1");
    EXPECT_EQ(Z_REFCOUNT(arr), 1u);
    zval_ptr_dtor(&copy);

    zval str;
    ZVAL_STRING(&str, "text");
    ZVAL_DUP(&copy, &str);
    EXPECT_EQ(Z_STR(copy), Z_STR(str));
    EXPECT_EQ(Z_REFCOUNT(str), 2u);
    zval_ptr_dtor(&copy);
    zval_ptr_dtor(&str);
    zval_ptr_dtor(&arr);
}

TEST_F(ValueTest, SeparateArrayCopiesOnlyWhenShared)
{
    zval a;
    ZVAL_ARR(&a, zend_new_array(0));
    append(Z_ARR(a), 1);
    HashTable* original = Z_ARR(a);
    SEPARATE_ARRAY(&a);
    EXPECT_EQ(Z_ARR(a), original) << "sole owner: no copy";

    zval b;
    ZVAL_COPY(&b, &a); // $b = $a
    SEPARATE_ARRAY(&b); // $b[] = 2 separates first
    append(Z_ARR(b), 2);
    EXPECT_NE(Z_ARR(b), Z_ARR(a));
    EXPECT_EQ(dump(Z_ARR(a)), "0=1");
    EXPECT_EQ(dump(Z_ARR(b)), "0=1,1=2");
    EXPECT_EQ(Z_REFCOUNT(a), 1u);
    zval_ptr_dtor(&a);
    zval_ptr_dtor(&b);
}

TEST_F(ValueTest, SeparatingTheEmptyArrayKeepsPhp82NextKey)
{
    // $a = []; $a[-5] = 1; $a[] = 2;  => keys -5, 0 in PHP 8.2
    zval a;
    ZVAL_EMPTY_ARRAY(&a);
    SEPARATE_ARRAY(&a);
    EXPECT_NE(Z_ARR(a), &zend_empty_array);
    set(Z_ARR(a), -5, 1);
    append(Z_ARR(a), 2);
    EXPECT_EQ(dump(Z_ARR(a)), "-5=1,0=2");
    zval_ptr_dtor(&a);
}

TEST_F(ValueTest, SeparateString)
{
    zval a;
    ZVAL_STRING(&a, "abc");
    zval b;
    ZVAL_COPY(&b, &a);
    SEPARATE_STRING(&b);
    EXPECT_NE(Z_STR(a), Z_STR(b));
    Z_STRVAL(b)[0] = 'X';
    EXPECT_STREQ(Z_STRVAL(a), "abc");
    EXPECT_STREQ(Z_STRVAL(b), "Xbc");
    zval i;
    ZVAL_INTERNED_STR(&i, ZSTR_LITERAL("lit"));
    SEPARATE_STRING(&i);
    EXPECT_TRUE(Z_REFCOUNTED(i));
    EXPECT_STREQ(Z_STRVAL(i), "lit");
    zval_ptr_dtor(&i);
    zval_ptr_dtor(&a);
    zval_ptr_dtor(&b);
}

TEST_F(ValueTest, ReferencesShareOneValue)
{
    // $a = 1; $b = &$a; $b = 2;
    zval a;
    ZVAL_LONG(&a, 1);
    ZVAL_MAKE_REF(&a);
    ASSERT_TRUE(Z_ISREF(a));
    zval b;
    ZVAL_COPY(&b, &a);
    EXPECT_EQ(Z_REFCOUNT(a), 2u);
    zval* target = &b;
    ZVAL_DEREF(target);
    ZVAL_LONG(target, 2);
    zval* through_a = &a;
    ZVAL_DEREF(through_a);
    EXPECT_EQ(Z_LVAL_P(through_a), 2);

    zval plain;
    ZVAL_COPY_DEREF(&plain, &a);
    EXPECT_EQ(Z_TYPE(plain), IS_LONG);

    zval_ptr_dtor(&b);
    EXPECT_EQ(Z_REFCOUNT(a), 1u);
    ZVAL_UNREF(&a);
    EXPECT_EQ(Z_TYPE(a), IS_LONG);
    EXPECT_EQ(Z_LVAL(a), 2);
}

TEST_F(ValueTest, ReferenceHoldingAStringReleasesIt)
{
    zval a;
    ZVAL_STRING(&a, "boxed");
    ZVAL_NEW_REF(&a, &a);
    zval b;
    ZVAL_COPY(&b, &a);
    zval_ptr_dtor(&a);
    zval_ptr_dtor(&b); // last: box and string go
}

TEST_F(ValueTest, SeparateZvalUnwrapsSoleReference)
{
    zval a;
    ZVAL_ARR(&a, zend_new_array(0));
    append(Z_ARR(a), 5);
    ZVAL_MAKE_REF(&a);
    SEPARATE_ZVAL(&a);
    EXPECT_EQ(Z_TYPE(a), IS_ARRAY);
    EXPECT_EQ(Z_REFCOUNT(a), 1u);

    // Shared reference: the variable gets its own copy of the array.
    ZVAL_MAKE_REF(&a);
    zval other;
    ZVAL_COPY(&other, &a);
    SEPARATE_ZVAL(&a);
    ASSERT_EQ(Z_TYPE(a), IS_ARRAY);
    EXPECT_NE(Z_ARR(a), Z_ARR_P(Z_REFVAL(other)));
    EXPECT_EQ(Z_REFCOUNT(other), 1u);
    zval_ptr_dtor(&a);
    zval_ptr_dtor(&other);
}

TEST_F(ValueTest, ArrayDupTreatsSoleReferencesAsValues)
{
    // $a = [1]; foreach ($a as &$v) {} unset($v); $b = $a;  -- $b[0] is a plain value
    HashTable* a = zend_new_array(0);
    append(a, 1);
    zval* slot = zend_hash_index_find(a, 0);
    ZVAL_MAKE_REF(slot);
    HashTable* b = zend_array_dup(a);
    zval* copied = zend_hash_index_find(b, 0);
    EXPECT_EQ(Z_TYPE_P(copied), IS_LONG);

    // With the reference still shared ($v alive), the copy shares the reference too.
    zval v;
    ZVAL_COPY(&v, slot);
    HashTable* c = zend_array_dup(a);
    EXPECT_EQ(Z_TYPE_P(zend_hash_index_find(c, 0)), IS_REFERENCE);
    EXPECT_EQ(Z_REFCOUNT(v), 3u);
    release(c);
    zval_ptr_dtor(&v);
    release(b);
    release(a);
}

TEST_F(ValueTest, NestedArraysAreFreedRecursively)
{
    HashTable* outer = zend_new_array(0);
    for (int i = 0; i < 10; ++i) {
        HashTable* inner = zend_new_array(0);
        for (int j = 0; j < 10; ++j) {
            zval s;
            ZVAL_STR(&s, zend_string_concat2("v", 1, std::to_string(j).c_str(), std::to_string(j).size()));
            zend_hash_next_index_insert(inner, &s);
        }
        zval zv;
        ZVAL_ARR(&zv, inner);
        zend_hash_next_index_insert(outer, &zv);
    }
    zval holder;
    ZVAL_ARR(&holder, outer);
    zval_ptr_dtor(&holder);
}

// What the tables cannot show: the exact fatal-error text of an uncaught throw, ownership (counts,
// aliasing of result and op1, copy on write of shared strings and arrays), references as operands,
// the smart_str builder, and the integer overflow edges. Expected texts are PHP 8.2's.
#include "tests/unit/operators/operators_test_support.h"

class OperatorsMisc : public OperatorsTest {};

TEST_F(OperatorsMisc, UncaughtThrowPrintsPhpsFatalError)
{
    zval a, b, result;
    ZVAL_LONG(&a, 1);
    ZVAL_LONG(&b, 0);
    auto operation = [&] { mod_function(&result, &a, &b); };
    EXPECT_TRUE(guarded(operation));
    // `php -n x.php` with `echo 1 % 0;` on line 3 prints this after "PHP Fatal error:  ", and the error
    // layer appends " in FILE on line 3".
    EXPECT_EQ(m_last_fatal, "Uncaught DivisionByZeroError: Modulo by zero in FILE:3\nStack trace:\n#0 {main}\n  thrown");
    char line[512];
    miniphp::error::format_log_line(line, sizeof line, E_ERROR, m_last_fatal.c_str(), "FILE", 3);
    EXPECT_STREQ(line, "PHP Fatal error:  Uncaught DivisionByZeroError: Modulo by zero in FILE:3\nStack trace:\n#0 "
                       "{main}\n  thrown in FILE on line 3");
    take_diagnostics();
}

TEST_F(OperatorsMisc, EmptyMessageHasNoColon)
{
    auto operation = [&] { miniphp::throw_error(miniphp::ErrorClass::Error, "%s", ""); };
    EXPECT_TRUE(guarded(operation));
    EXPECT_EQ(m_last_fatal, "Uncaught Error in FILE:3\nStack trace:\n#0 {main}\n  thrown");
    take_diagnostics();
}

TEST_F(OperatorsMisc, ConcatenationLeavesSharedStringsAlone)
{
    zval a, copy, b;
    ZVAL_STRING(&a, "abc");
    ZVAL_COPY(&copy, &a);
    ZVAL_STRING(&b, "d");
    ASSERT_EQ(concat_function(&a, &a, &b), SUCCESS); // $b = $a; $a .= "d";
    EXPECT_EQ(render(&a), "string(4) \"abcd\"");
    EXPECT_EQ(render(&copy), "string(3) \"abc\"");
    EXPECT_EQ(Z_REFCOUNT(copy), 1u);
    // Unshared now: grows in place.
    ASSERT_EQ(concat_function(&a, &a, &b), SUCCESS);
    EXPECT_EQ(render(&a), "string(5) \"abcdd\"");
    // $a .= $a
    ASSERT_EQ(concat_function(&a, &a, &a), SUCCESS);
    EXPECT_EQ(render(&a), "string(10) \"abcddabcdd\"");
    zval_ptr_dtor(&a);
    zval_ptr_dtor(&copy);
    zval_ptr_dtor(&b);
}

TEST_F(OperatorsMisc, ArrayUnionCopiesOnWrite)
{
    zval a, shared, b, result;
    read_literal("[1, 2]", &a);
    ZVAL_COPY(&shared, &a);
    read_literal("[5, 6, 7, 'k' => 'v']", &b);
    ASSERT_EQ(add_function(&result, &a, &b), SUCCESS);
    EXPECT_EQ(render(&result), "array(0=>int(1),1=>int(2),2=>int(7),\"k\"=>string(1) \"v\")");
    EXPECT_EQ(render(&a), "array(0=>int(1),1=>int(2))");
    ASSERT_EQ(add_function(&a, &a, &b), SUCCESS); // $a += $b with $a shared
    EXPECT_EQ(render(&a), render(&result));
    EXPECT_EQ(render(&shared), "array(0=>int(1),1=>int(2))");
    ASSERT_EQ(add_function(&a, &a, &a), SUCCESS); // $a += $a
    EXPECT_EQ(render(&a), render(&result));
    zval_ptr_dtor(&a);
    zval_ptr_dtor(&shared);
    zval_ptr_dtor(&b);
    zval_ptr_dtor(&result);
}

TEST_F(OperatorsMisc, ReferencesAreLookedThrough)
{
    zval value, ref, b, result;
    ZVAL_STRING(&value, "5");
    ZVAL_NEW_REF(&ref, &value);
    ZVAL_LONG(&b, 2);
    ASSERT_EQ(add_function(&result, &ref, &b), SUCCESS);
    EXPECT_EQ(render(&result), "int(7)");
    ASSERT_EQ(increment_function(&ref), SUCCESS);
    EXPECT_EQ(render(&ref), "int(6)");
    EXPECT_EQ(zend_compare(&ref, &b), 1);
    EXPECT_TRUE(zend_is_true(&ref));
    convert_to_string(&ref);
    EXPECT_EQ(render(Z_REFVAL(ref)), "string(1) \"6\"");
    zval_ptr_dtor(&ref);
}

TEST_F(OperatorsMisc, IntegerOverflowBecomesFloat)
{
    zval a, b, result;
    ZVAL_LONG(&a, ZEND_LONG_MAX);
    ZVAL_LONG(&b, 1);
    add_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "float(9.223372036854776E+18)");
    ZVAL_LONG(&a, ZEND_LONG_MIN);
    sub_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "float(-9.223372036854776E+18)");
    ZVAL_LONG(&b, -1);
    div_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "float(9.223372036854776E+18)");
    mul_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "float(9.223372036854776E+18)");
    mod_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "int(0)");
    // 2 ** 62 is an int, 2 ** 63 a float, (-2) ** 63 an int again (php -n).
    ZVAL_LONG(&a, 2);
    ZVAL_LONG(&b, 62);
    pow_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "int(4611686018427387904)");
    ZVAL_LONG(&b, 63);
    pow_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "float(9.223372036854776E+18)");
    ZVAL_LONG(&a, -2);
    pow_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "int(-9223372036854775808)");
    ZVAL_LONG(&a, 10);
    ZVAL_LONG(&b, 20);
    pow_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "float(1.0E+20)");
    ZVAL_LONG(&a, 0);
    ZVAL_LONG(&b, -1);
    pow_function(&result, &a, &b);
    EXPECT_EQ(render(&result), "float(INF)");
}

TEST_F(OperatorsMisc, IncrementEdges)
{
    zval v;
    ZVAL_LONG(&v, ZEND_LONG_MAX);
    increment_function(&v);
    EXPECT_EQ(render(&v), "float(9.223372036854776E+18)");
    ZVAL_LONG(&v, ZEND_LONG_MIN);
    decrement_function(&v);
    EXPECT_EQ(render(&v), "float(-9.223372036854776E+18)");
    ZVAL_NULL(&v);
    decrement_function(&v);
    EXPECT_EQ(render(&v), "NULL");
    increment_function(&v);
    EXPECT_EQ(render(&v), "int(1)");
    // A shared string is not changed under its other owner.
    zval s, other;
    ZVAL_STRING(&s, "Az");
    ZVAL_COPY(&other, &s);
    increment_function(&s);
    EXPECT_EQ(render(&s), "string(2) \"Ba\"");
    EXPECT_EQ(render(&other), "string(2) \"Az\"");
    zval_ptr_dtor(&s);
    zval_ptr_dtor(&other);
    // A long run of carries grows the string once.
    ZVAL_STRING(&s, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
    increment_function(&s);
    EXPECT_EQ(Z_STRLEN(s), 41u);
    EXPECT_EQ(Z_STRVAL(s)[0], 'a');
    EXPECT_EQ(Z_STRVAL(s)[40], 'a');
    zval_ptr_dtor(&s);
}

TEST_F(OperatorsMisc, ConversionsInPlace)
{
    zval v;
    ZVAL_STRING(&v, "12abc");
    convert_to_long(&v);
    EXPECT_EQ(render(&v), "int(12)");
    convert_to_double(&v);
    EXPECT_EQ(render(&v), "float(12)");
    convert_to_string(&v);
    EXPECT_EQ(render(&v), "string(2) \"12\"");
    convert_to_boolean(&v);
    EXPECT_EQ(render(&v), "bool(true)");
    convert_to_array(&v);
    EXPECT_EQ(render(&v), "array(0=>bool(true))");
    convert_to_null(&v);
    EXPECT_EQ(render(&v), "NULL");
    convert_to_array(&v);
    EXPECT_EQ(render(&v), "array()");
    convert_to_string(&v);
    EXPECT_EQ(render(&v), "string(5) \"Array\"");
    EXPECT_EQ(take_diagnostics(), "\tW:Array to string conversion");
    zval_ptr_dtor(&v);
    ZVAL_STRING(&v, " 1.5e3 ");
    convert_scalar_to_number(&v);
    EXPECT_EQ(render(&v), "float(1500)");
    zend_string* tmp;
    zend_string* s = zval_get_tmp_string(&v, &tmp);
    EXPECT_STREQ(ZSTR_VAL(s), "1500");
    zend_tmp_string_release(tmp);
}

TEST_F(OperatorsMisc, BinaryStringComparison)
{
    EXPECT_LT(zend_binary_strcmp("abc", 3, "abd", 3), 0);
    EXPECT_LT(zend_binary_strcmp("ab", 2, "abc", 3), 0);
    EXPECT_EQ(zend_binary_strcmp("a\0b", 3, "a\0b", 3), 0);
    EXPECT_GT(zend_binary_strcmp("a\0c", 3, "a\0b", 3), 0);
    EXPECT_EQ(zend_binary_strcasecmp("HeLLo", 5, "hello", 5), 0);
    EXPECT_EQ(zend_binary_strncmp("abcX", 4, "abcY", 4, 3), 0);
}

TEST_F(OperatorsMisc, StringBuilder)
{
    smart_str buffer;
    EXPECT_EQ(smart_str_extract(&buffer), ZSTR_EMPTY_ALLOC());
    smart_str_appends(&buffer, "x=");
    smart_str_append_long(&buffer, -42);
    smart_str_appendc(&buffer, ',');
    smart_str_append_double(&buffer, 0.1 + 0.2, 14, false);
    smart_str_appendc(&buffer, ',');
    smart_str_append_double(&buffer, 2.0, -1, true);
    smart_str_appendc(&buffer, ',');
    smart_str_append_unsigned(&buffer, ZEND_ULONG_MAX);
    smart_str_append_printf(&buffer, ",%s=%d", "n", 5);
    for (int i = 0; i < 1000; ++i)
        smart_str_appendc(&buffer, 'a' + i % 26);
    zend_string* s = smart_str_extract(&buffer);
    EXPECT_EQ(std::string(ZSTR_VAL(s), 47), "x=-42,0.3,2.0,18446744073709551615,n=5abcdefghi");
    EXPECT_EQ(ZSTR_LEN(s), 1038u);
    EXPECT_EQ(ZSTR_VAL(s)[ZSTR_LEN(s)], '\0');
    zend_string_release(s);
    smart_str_appends(&buffer, "dropped");
    smart_str_free(&buffer);
}

TEST_F(OperatorsMisc, ErrorClassNames)
{
    EXPECT_STREQ(miniphp::error_class_name(miniphp::ErrorClass::ArgumentCountError), "ArgumentCountError");
    EXPECT_STREQ(miniphp::error_class_name(miniphp::ErrorClass::UnhandledMatchError), "UnhandledMatchError");
    EXPECT_STREQ(miniphp::error_class_name(miniphp::ErrorClass::ValueError), "ValueError");
}

// A plain object (stdClass: no __toString, no handlers), against `php -n` with set_error_handler.
TEST_F(OperatorsMisc, PlainObjects)
{
    zval object, one, text, nothing, result;
    ZVAL_OBJ(&object, zend_objects_new(nullptr));
    ZVAL_LONG(&one, 1);
    ZVAL_STRING(&text, "abc");
    ZVAL_NULL(&nothing);
    auto expect_throw = [&](auto call, const char* expected) {
        ZVAL_UNDEF(&result);
        EXPECT_TRUE(guarded(call)) << expected;
        std::string thrown;
        take_diagnostics(&thrown);
        EXPECT_EQ(thrown, expected);
        zval_ptr_dtor(&result);
    };
    auto add = [&] { add_function(&result, &object, &one); };
    expect_throw(add, "EXC TypeError: Unsupported operand types: stdClass + int");
    auto concat = [&] { concat_function(&result, &object, &text); };
    expect_throw(concat, "EXC Error: Object of class stdClass could not be converted to string");
    auto mod = [&] { mod_function(&result, &object, &one); };
    expect_throw(mod, "EXC TypeError: Unsupported operand types: stdClass % int");
    auto bit_or = [&] { bitwise_or_function(&result, &object, &one); };
    expect_throw(bit_or, "EXC TypeError: Unsupported operand types: stdClass | int");
    auto bit_not = [&] { bitwise_not_function(&result, &object); };
    expect_throw(bit_not, "EXC TypeError: Cannot perform bitwise not on stdClass");
    auto increment = [&] { ZVAL_COPY(&result, &object); increment_function(&result); };
    expect_throw(increment, "EXC TypeError: Cannot increment stdClass");

    EXPECT_EQ(zval_get_long(&object), 1);
    EXPECT_EQ(take_diagnostics(), "\tW:Object of class stdClass could not be converted to int");
    EXPECT_EQ(zval_get_double(&object), 1.0);
    EXPECT_EQ(take_diagnostics(), "\tW:Object of class stdClass could not be converted to float");
    EXPECT_TRUE(zend_is_true(&object));
    EXPECT_TRUE(zend_is_identical(&object, &object));
    EXPECT_TRUE(zend_is_equal(&object, &object));
    EXPECT_TRUE(zend_is_equal(&object, &one));
    EXPECT_EQ(take_diagnostics(), "\tN:Object of class stdClass could not be converted to int");
    zval one_and_a_half, yes, empty;
    ZVAL_DOUBLE(&one_and_a_half, 1.5);
    EXPECT_FALSE(zend_is_equal(&object, &one_and_a_half));
    EXPECT_EQ(take_diagnostics(), "\tN:Object of class stdClass could not be converted to float");
    ZVAL_TRUE(&yes);
    EXPECT_TRUE(zend_is_equal(&object, &yes));
    EXPECT_FALSE(zend_is_equal(&object, &nothing));
    EXPECT_EQ(zend_compare(&object, &nothing), 1);
    EXPECT_FALSE(zend_is_equal(&object, &text));
    EXPECT_EQ(zend_compare(&text, &object), -1);
    ZVAL_EMPTY_ARRAY(&empty);
    EXPECT_EQ(zend_compare(&object, &empty), 1);
    EXPECT_EQ(zend_compare(&empty, &object), -1);
    EXPECT_EQ(take_diagnostics(), "");
    zval_ptr_dtor(&object);
    zval_ptr_dtor(&text);
}

// The quoting PHP's messages use, e.g. `match("a\n\e\\\xff\tb") {}` throws "Unhandled match case
// 'a\n\e\\\xFF\tb'" and a 20-byte string is cut after 15 bytes (php -n).
TEST_F(OperatorsMisc, EscapedScalarsForMessages)
{
    auto quoted = [](const zval* value) {
        smart_str buffer;
        smart_str_append_scalar(&buffer, value, 15);
        zend_string* s = smart_str_extract(&buffer);
        std::string out(ZSTR_VAL(s), ZSTR_LEN(s));
        zend_string_release(s);
        return out;
    };
    zval v;
    ZVAL_STRINGL(&v, "a\n\x1b\\\xff\tb", 7);
    EXPECT_EQ(quoted(&v), "'a\\n\\e\\\\\\xFF\\tb'");
    zval_ptr_dtor(&v);
    ZVAL_STRING(&v, "xxxxxxxxxxxxxxxxxxxx");
    EXPECT_EQ(quoted(&v), "'xxxxxxxxxxxxxxx...'");
    zval_ptr_dtor(&v);
    ZVAL_DOUBLE(&v, 1.0);
    EXPECT_EQ(quoted(&v), "1.0");
    ZVAL_DOUBLE(&v, 0.1 + 0.2);
    EXPECT_EQ(quoted(&v), "0.3");
    ZVAL_TRUE(&v);
    EXPECT_EQ(quoted(&v), "true");
    ZVAL_NULL(&v);
    EXPECT_EQ(quoted(&v), "NULL");
    ZVAL_LONG(&v, -5);
    EXPECT_EQ(quoted(&v), "-5");
}

// Two objects of one class compare their properties (php -n, stdClass):
// new stdClass == new stdClass; {x:1} <=> {} is 1; {x:1} < {x:2}; {x:1} <=> {y:1} is 1 both ways; an
// object that contains itself is the fatal "Nesting level too deep - recursive dependency?".
TEST_F(OperatorsMisc, ObjectsCompareTheirProperties)
{
    auto set_property = [](zval* object, const char* name, zval* value) {
        zend_object* o = Z_OBJ_P(object);
        if (!o->properties)
            o->properties = zend_new_array(0);
        zend_hash_str_update(o->properties, name, std::strlen(name), value);
    };
    zval a, b, c, one, two;
    ZVAL_OBJ(&a, zend_objects_new(nullptr));
    ZVAL_OBJ(&b, zend_objects_new(nullptr));
    ZVAL_OBJ(&c, zend_objects_new(nullptr));
    ZVAL_LONG(&one, 1);
    ZVAL_LONG(&two, 2);
    EXPECT_TRUE(zend_is_equal(&a, &b));
    EXPECT_EQ(zend_compare(&a, &b), 0);
    EXPECT_FALSE(zend_is_identical(&a, &b));
    set_property(&a, "x", &one);
    EXPECT_FALSE(zend_is_equal(&a, &b));
    EXPECT_EQ(zend_compare(&a, &b), 1);
    EXPECT_EQ(zend_compare(&b, &a), -1);
    set_property(&b, "x", &two);
    EXPECT_EQ(zend_compare(&a, &b), -1);
    set_property(&c, "y", &one);
    EXPECT_EQ(zend_compare(&a, &c), 1);
    EXPECT_EQ(zend_compare(&c, &a), 1);
    EXPECT_FALSE(zend_is_equal(&a, &c));

    zval self_a, self_c;
    ZVAL_COPY(&self_a, &a);
    set_property(&a, "self", &self_a);
    set_property(&c, "x", &one);
    zend_hash_str_del(Z_OBJ(c)->properties, "y", 1);
    ZVAL_COPY(&self_c, &c);
    set_property(&c, "self", &self_c);
    auto compare = [&] { zend_is_equal(&a, &c); };
    EXPECT_TRUE(guarded(compare));
    EXPECT_EQ(take_diagnostics(), "");
    EXPECT_EQ(m_diagnostics.size(), 0u);
    EXPECT_EQ(m_last_fatal, "Nesting level too deep - recursive dependency?");
    // Break the cycles so the objects can go (the request would otherwise end here).
    GC_UNPROTECT_RECURSION(Z_OBJ(a));
    GC_UNPROTECT_RECURSION(Z_OBJ(c));
    zend_hash_str_del(Z_OBJ(a)->properties, "self", 4);
    zend_hash_str_del(Z_OBJ(c)->properties, "self", 4);
    zval_ptr_dtor(&a);
    zval_ptr_dtor(&b);
    zval_ptr_dtor(&c);
}

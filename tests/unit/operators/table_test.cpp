// Every operator on every pair of operands in the tables PHP 8.2 wrote (data/*.tsv, see
// generate_cases.php): the result and each diagnostic must match what PHP printed, byte for byte.
#include "tests/unit/operators/operators_test_support.h"

namespace {

using BinaryFunction = zend_result (*)(zval*, zval*, zval*);

struct BinaryTable {
    const char* name;
    BinaryFunction function;
};

const BinaryTable kBinaryTables[] = {
    { "add", add_function },
    { "sub", sub_function },
    { "mul", mul_function },
    { "div", div_function },
    { "mod", mod_function },
    { "pow", pow_function },
    { "concat", concat_function },
    { "intdiv", intdiv_function },
    { "or", bitwise_or_function },
    { "and", bitwise_and_function },
    { "xor", bitwise_xor_function },
    { "shl", shift_left_function },
    { "shr", shift_right_function },
    { "bool_xor", boolean_xor_function },
    { "equal", is_equal_function },
    { "identical", is_identical_function },
    { "smaller", is_smaller_function },
    { "smaller_or_equal", is_smaller_or_equal_function },
    { "spaceship", compare_function },
};

enum class Unary { Increment, Decrement, BitwiseNot, BooleanNot, Negate, ToInt, ToFloat, ToString, ToBool, ToArray };

struct UnaryTable {
    const char* name;
    Unary operation;
};

const UnaryTable kUnaryTables[] = {
    { "increment", Unary::Increment },
    { "decrement", Unary::Decrement },
    { "bitwise_not", Unary::BitwiseNot },
    { "boolean_not", Unary::BooleanNot },
    { "negate", Unary::Negate },
    { "to_int", Unary::ToInt },
    { "to_float", Unary::ToFloat },
    { "to_string", Unary::ToString },
    { "to_bool", Unary::ToBool },
    { "to_array", Unary::ToArray },
};

// Runs the unary operation on `operand` (borrowed), leaving an owned value in *result.
void run_unary(Unary operation, zval* operand, zval* result)
{
    switch (operation) {
    case Unary::Increment:
        ZVAL_COPY(result, operand);
        increment_function(result);
        break;
    case Unary::Decrement:
        ZVAL_COPY(result, operand);
        decrement_function(result);
        break;
    case Unary::BitwiseNot:
        bitwise_not_function(result, operand);
        break;
    case Unary::BooleanNot:
        boolean_not_function(result, operand);
        break;
    case Unary::Negate:
        negate_function(result, operand);
        break;
    case Unary::ToInt:
        ZVAL_LONG(result, zval_get_long(operand));
        break;
    case Unary::ToFloat:
        ZVAL_DOUBLE(result, zval_get_double(operand));
        break;
    case Unary::ToString:
        ZVAL_STR(result, zval_get_string(operand));
        break;
    case Unary::ToBool:
        ZVAL_BOOL(result, zend_is_true(operand));
        break;
    case Unary::ToArray:
        ZVAL_COPY(result, operand);
        convert_to_array(result);
        break;
    }
}

} // namespace

class OperatorTables : public OperatorsTest {
protected:
    // What miniphp prints for a finished operation, in the tables' format.
    std::string outcome(bool bailed, zval* result)
    {
        std::string thrown;
        std::string diagnostics = take_diagnostics(&thrown);
        std::string text = bailed ? thrown : render(result);
        return text + diagnostics;
    }
};

TEST_F(OperatorTables, BinaryOperatorsMatchPhp)
{
    size_t checked = 0;
    for (const BinaryTable& table : kBinaryTables) {
        for (const auto& row : read_table(table.name)) {
            ASSERT_GE(row.size(), 3u);
            zval a, b, result;
            read_literal(row[0], &a);
            read_literal(row[1], &b);
            ZVAL_UNDEF(&result);
            BinaryFunction function = table.function;
            auto operation = [&] { function(&result, &a, &b); };
            bool bailed = guarded(operation);
            EXPECT_EQ(outcome(bailed, &result), join_from(row, 2))
                << table.name << "(" << row[0] << ", " << row[1] << ")";
            zval_ptr_dtor(&result);
            zval_ptr_dtor(&a);
            zval_ptr_dtor(&b);
            ++checked;
        }
    }
    EXPECT_GT(checked, 10000u);
}

// The same operations with the result written over the first operand ($a op= $b), which must give
// the same value and leave no count behind.
TEST_F(OperatorTables, CompoundAssignmentMatchesPhp)
{
    for (const BinaryTable& table : kBinaryTables) {
        for (const auto& row : read_table(table.name)) {
            zval a, b;
            read_literal(row[0], &a);
            read_literal(row[1], &b);
            BinaryFunction function = table.function;
            auto operation = [&] { function(&a, &a, &b); };
            bool bailed = guarded(operation);
            std::string expected = join_from(row, 2);
            std::string thrown;
            std::string diagnostics = take_diagnostics(&thrown);
            if (bailed)
                EXPECT_EQ(thrown + diagnostics, expected) << table.name << "=(" << row[0] << ", " << row[1] << ")";
            else
                EXPECT_EQ(render(&a) + diagnostics, expected) << table.name << "=(" << row[0] << ", " << row[1] << ")";
            zval_ptr_dtor(&a);
            zval_ptr_dtor(&b);
        }
    }
}

// And with the result written over the second operand ($b = $a op $b in a VM that reuses the slot).
TEST_F(OperatorTables, ResultOverSecondOperandMatchesPhp)
{
    for (const BinaryTable& table : kBinaryTables) {
        for (const auto& row : read_table(table.name)) {
            zval a, b;
            read_literal(row[0], &a);
            read_literal(row[1], &b);
            BinaryFunction function = table.function;
            auto operation = [&] { function(&b, &a, &b); };
            bool bailed = guarded(operation);
            std::string thrown;
            std::string diagnostics = take_diagnostics(&thrown);
            EXPECT_EQ((bailed ? thrown : render(&b)) + diagnostics, join_from(row, 2))
                << table.name << "(" << row[0] << ", " << row[1] << ") into op2";
            zval_ptr_dtor(&a);
            zval_ptr_dtor(&b);
        }
    }
}

TEST_F(OperatorTables, UnaryOperationsAndCastsMatchPhp)
{
    size_t checked = 0;
    for (const UnaryTable& table : kUnaryTables) {
        for (const auto& row : read_table(table.name)) {
            ASSERT_GE(row.size(), 2u);
            zval a, result;
            read_literal(row[0], &a);
            ZVAL_UNDEF(&result);
            Unary unary = table.operation;
            auto operation = [&] { run_unary(unary, &a, &result); };
            bool bailed = guarded(operation);
            EXPECT_EQ(outcome(bailed, &result), join_from(row, 1)) << table.name << "(" << row[0] << ")";
            zval_ptr_dtor(&result);
            zval_ptr_dtor(&a);
            ++checked;
        }
    }
    EXPECT_GT(checked, 900u);
}

// Random integers (of every size), floats and numeric strings through the arithmetic, shift,
// comparison and concatenation operators (data/random_arithmetic.tsv: operator, operands, PHP's result).
TEST_F(OperatorTables, RandomOperandsMatchPhp)
{
    size_t checked = 0;
    for (const auto& row : read_table("random_arithmetic")) {
        ASSERT_GE(row.size(), 4u);
        BinaryFunction function = nullptr;
        for (const BinaryTable& table : kBinaryTables) {
            if (row[0] == table.name)
                function = table.function;
        }
        ASSERT_NE(function, nullptr) << row[0];
        zval a, b, result;
        read_literal(row[1], &a);
        read_literal(row[2], &b);
        ZVAL_UNDEF(&result);
        auto operation = [&] { function(&result, &a, &b); };
        bool bailed = guarded(operation);
        EXPECT_EQ(outcome(bailed, &result), join_from(row, 3)) << row[0] << "(" << row[1] << ", " << row[2] << ")";
        zval_ptr_dtor(&result);
        zval_ptr_dtor(&a);
        zval_ptr_dtor(&b);
        ++checked;
    }
    EXPECT_EQ(checked, 1800u);
}

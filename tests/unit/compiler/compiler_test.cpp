// The compiler's tests: snippets compiled (not run) and their opcodes compared with the dump format
// documented in engine/compiler/compiler.h. These pin down the code shapes the VM relies on: operand
// kinds, jump targets, the calling sequence, loop-variable frees, and the compile-time errors.
#include <gtest/gtest.h>

#include <string>

#include "tests/unit/vm/script_runner.h"

namespace {

std::string opcodes(const std::string& source)
{
    miniphp::testing::ScriptOptions options;
    options.dump_opcodes = true;
    return miniphp::testing::run_script(source, options).opcodes;
}

TEST(Compiler, AssignmentsDropUnusedResults)
{
    EXPECT_EQ(opcodes("<?php $a = 1; $b = $a + 2; echo $b;"),
              "function {main}: 2 CVs, 1 TMPs\n"
              "  L0001 #0000 ASSIGN CV0($a) CONST(int 1)\n"
              "  L0001 #0001 ADD CV0($a) CONST(int 2) -> TMP0\n"
              "  L0001 #0002 ASSIGN CV1($b) TMP0\n"
              "  L0001 #0003 ECHO CV1($b)\n"
              "  L0001 #0004 RETURN CONST(int 1)\n");
}

TEST(Compiler, GreaterIsSmallerWithSwappedOperands)
{
    EXPECT_EQ(opcodes("<?php echo $a > 1;"),
              "function {main}: 1 CVs, 1 TMPs\n"
              "  L0001 #0000 IS_SMALLER CONST(int 1) CV0($a) -> TMP0\n"
              "  L0001 #0001 ECHO TMP0\n"
              "  L0001 #0002 RETURN CONST(int 1)\n");
}

TEST(Compiler, WhileTestsItsConditionAtTheBottom)
{
    EXPECT_EQ(opcodes("<?php\nwhile ($i < 3) {\n$i++;\n}"),
              "function {main}: 1 CVs, 1 TMPs\n"
              "  L0002 #0000 JMP -> #0002\n"
              "  L0003 #0001 PRE_INC CV0($i)\n"
              "  L0002 #0002 IS_SMALLER CV0($i) CONST(int 3) -> TMP0\n"
              "  L0002 #0003 JMPNZ TMP0 -> #0001\n"
              "  L0002 #0004 RETURN CONST(int 1)\n");
}

TEST(Compiler, ShortCircuitWritesOneTemporary)
{
    EXPECT_EQ(opcodes("<?php echo $a && $b;"),
              "function {main}: 2 CVs, 1 TMPs\n"
              "  L0001 #0000 JMPZ_EX CV0($a) -> #0002 -> TMP0\n"
              "  L0001 #0001 BOOL CV1($b) -> TMP0\n"
              "  L0001 #0002 ECHO TMP0\n"
              "  L0001 #0003 RETURN CONST(int 1)\n");
}

TEST(Compiler, CallsInitSendAndCall)
{
    EXPECT_EQ(opcodes("<?php function f($x, $y = 2) { return $x; } echo F($a, 1 + 2);"),
              "function {main}: 1 CVs, 2 TMPs\n"
              "  L0001 #0000 INIT_FCALL CONST(string \"F\") CONST(string \"f\") ext=2\n"
              "  L0001 #0001 SEND_VAR CV0($a) 1\n"
              "  L0001 #0002 ADD CONST(int 1) CONST(int 2) -> TMP0\n"
              "  L0001 #0003 SEND_VAL TMP0 2\n"
              "  L0001 #0004 DO_FCALL -> TMP1\n"
              "  L0001 #0005 ECHO TMP1\n"
              "  L0001 #0006 RETURN CONST(int 1)\n"
              "function f: 2 CVs, 0 TMPs\n"
              "  L0001 #0000 RECV 1 -> CV0($x)\n"
              "  L0001 #0001 RECV_INIT 2 CONST(int 2) -> CV1($y)\n"
              "  L0001 #0002 RETURN CV0($x)\n"
              "  L0001 #0003 RETURN CONST(null)\n");
}

TEST(Compiler, ConditionalFunctionsAreDeclaredAtRunTime)
{
    EXPECT_EQ(opcodes("<?php if (1) { function g() {} }"),
              "function {main}: 0 CVs, 0 TMPs\n"
              "  L0001 #0000 JMPZ CONST(int 1) -> #0002\n"
              "  L0001 #0001 DECLARE_FUNCTION 0\n"
              "  L0001 #0002 RETURN CONST(int 1)\n"
              "function g: 0 CVs, 0 TMPs\n"
              "  L0001 #0000 RETURN CONST(null)\n");
}

TEST(Compiler, ForeachFreesItsIteratorOnBreakAndReturn)
{
    EXPECT_EQ(opcodes("<?php function h($a) { foreach ($a as $k => $v) { foreach ($a as $w) { break 2; } return 1; } }"),
              "function {main}: 0 CVs, 0 TMPs\n"
              "  L0001 #0000 RETURN CONST(int 1)\n"
              "function h: 4 CVs, 2 TMPs\n"
              "  L0001 #0000 RECV 1 -> CV0($a)\n"
              "  L0001 #0001 FE_RESET_R CV0($a) -> #0012 -> TMP0\n"
              "  L0001 #0002 FE_FETCH_R TMP0 CV1($v) => #0012 -> CV2($k)\n"
              "  L0001 #0003 FE_RESET_R CV0($a) -> #0008 -> TMP1\n"
              "  L0001 #0004 FE_FETCH_R TMP1 CV3($w) => #0008\n"
              "  L0001 #0005 FE_FREE TMP1\n"
              "  L0001 #0006 JMP -> #0012\n"
              "  L0001 #0007 JMP -> #0004\n"
              "  L0001 #0008 FE_FREE TMP1\n"
              "  L0001 #0009 FE_FREE TMP0\n"
              "  L0001 #0010 RETURN CONST(int 1)\n"
              "  L0001 #0011 JMP -> #0002\n"
              "  L0001 #0012 FE_FREE TMP0\n"
              "  L0001 #0013 RETURN CONST(null)\n");
}

TEST(Compiler, NestedDimensionWritesFetchForWriting)
{
    EXPECT_EQ(opcodes("<?php $a['x'][] = 1;"),
              "function {main}: 1 CVs, 1 TMPs\n"
              "  L0001 #0000 FETCH_DIM_W CV0($a) CONST(string \"x\") -> VAR0\n"
              "  L0001 #0001 ASSIGN_DIM VAR0\n"
              "  L0001 #0002 OP_DATA CONST(int 1)\n"
              "  L0001 #0003 RETURN CONST(int 1)\n");
}

TEST(Compiler, MatchTestsStrictlyAndFreesItsSubject)
{
    EXPECT_EQ(opcodes("<?php echo match ($a + 1) { 1, 2 => 'x', default => 'y' };"),
              "function {main}: 1 CVs, 4 TMPs\n"
              "  L0001 #0000 ADD CV0($a) CONST(int 1) -> TMP0\n"
              "  L0001 #0001 CASE_STRICT TMP0 CONST(int 1) -> TMP2\n"
              "  L0001 #0002 JMPNZ TMP2 -> #0006\n"
              "  L0001 #0003 CASE_STRICT TMP0 CONST(int 2) -> TMP3\n"
              "  L0001 #0004 JMPNZ TMP3 -> #0006\n"
              "  L0001 #0005 JMP -> #0008\n"
              "  L0001 #0006 QM_ASSIGN CONST(string \"x\") -> TMP1\n"
              "  L0001 #0007 JMP -> #0010\n"
              "  L0001 #0008 QM_ASSIGN CONST(string \"y\") -> TMP1\n"
              "  L0001 #0009 JMP -> #0010\n"
              "  L0001 #0010 FREE TMP0\n"
              "  L0001 #0011 ECHO TMP1\n"
              "  L0001 #0012 RETURN CONST(int 1)\n");
}

TEST(Compiler, LiteralsAreFoldedAndShared)
{
    EXPECT_EQ(opcodes("<?php echo -5, -1.5, 'a', 'a', \"t\\n\";"),
              "function {main}: 0 CVs, 0 TMPs\n"
              "  L0001 #0000 ECHO CONST(int -5)\n"
              "  L0001 #0001 ECHO CONST(float -1.5)\n"
              "  L0001 #0002 ECHO CONST(string \"a\")\n"
              "  L0001 #0003 ECHO CONST(string \"a\")\n"
              "  L0001 #0004 ECHO CONST(string \"t\\n\")\n"
              "  L0001 #0005 RETURN CONST(int 1)\n");
}

// Compile errors: PHP's texts, checked against `php -n` (stdout with display_errors=1).
std::string run(const std::string& source) { return miniphp::testing::run_script(source).output; }

TEST(Compiler, BreakErrors)
{
    EXPECT_EQ(run("<?php\nbreak;"),
              "\nFatal error: 'break' not in the 'loop' or 'switch' context in /tmp/test.php on line 2\n");
    EXPECT_EQ(run("<?php\nwhile (1) { continue 2; }"),
              "\nFatal error: Cannot 'continue' 2 levels in /tmp/test.php on line 2\n");
    EXPECT_EQ(run("<?php\nwhile (1) { break 0; }"),
              "\nFatal error: 'break' operator accepts only positive integers in /tmp/test.php on line 2\n");
}

TEST(Compiler, ContinueTargetingSwitchWarns)
{
    EXPECT_EQ(run("<?php\nswitch (1) { case 1: continue; }\necho 'x';"),
              "\nWarning: \"continue\" targeting switch is equivalent to \"break\" in /tmp/test.php on line 2\nx");
    EXPECT_EQ(run("<?php\nwhile (1) { switch (1) { case 1: continue; } break; }\necho 'y';"),
              "\nWarning: \"continue\" targeting switch is equivalent to \"break\". Did you mean to use \"continue 2\"? "
              "in /tmp/test.php on line 2\ny");
}

TEST(Compiler, RedeclarationErrors)
{
    EXPECT_EQ(run("<?php\nfunction a() {}\nfunction A() {}"),
              "\nFatal error: Cannot redeclare A() (previously declared in /tmp/test.php:2) in /tmp/test.php on line 3\n");
    EXPECT_EQ(run("<?php\nfunction b($x, $x) {}"),
              "\nFatal error: Redefinition of parameter $x in /tmp/test.php on line 2\n");
}

TEST(Compiler, PhpEightRejections)
{
    EXPECT_EQ(run("<?php\necho 1 ? 2 : 3 ? 4 : 5;"),
              "\nFatal error: Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or "
              "`a ? b : (c ? d : e)` in /tmp/test.php on line 2\n");
    EXPECT_EQ(run("<?php\n[] = [1];"), "\nFatal error: Cannot use empty list in /tmp/test.php on line 2\n");
    EXPECT_EQ(run("<?php\n[$a, \"k\" => $b] = [1];"),
              "\nFatal error: Cannot mix keyed and unkeyed array entries in assignments in /tmp/test.php on line 2\n");
    EXPECT_EQ(run("<?php\nfunction g($a = 1, $b) { return $b; }\necho g(1, 2);"),
              "\nDeprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a "
              "required parameter in /tmp/test.php on line 2\n2");
}

TEST(Compiler, ValuesSentByReference)
{
    EXPECT_EQ(run("<?php\nfunction f(&$x) {}\nf(1);"),
              "\nFatal error: Uncaught Error: f(): Argument #1 ($x) cannot be passed by reference in /tmp/test.php:3\n"
              "Stack trace:\n#0 {main}\n  thrown in /tmp/test.php on line 3\n");
    EXPECT_EQ(run("<?php\nfunction h(&$x) { $x = 1; }\nfunction v() { return 5; }\nh(v());\necho \"ok\";"),
              "\nNotice: Only variables should be passed by reference in /tmp/test.php on line 4\nok");
}

} // namespace

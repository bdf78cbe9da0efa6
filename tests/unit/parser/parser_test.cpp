// Parser unit tests: each construct of PHP 8.2 parses, and parses to the tree it should.
//
// Three groups. Valid code: a snippet per area of the language (namespaces and imports, declarations with every
// modifier, attributes, closures, match, destructuring, alternative syntax, interpolation, ...) must parse
// without a diagnostic; `php -n -l` accepts each of them too. Shapes: small snippets whose whole tree is
// compared with its dump (the format of parser/ast.h), checked by hand against what each construct means.
// Plumbing: the arena's allocation hook, diagnostics order, reuse of one arena.
#include "parser/parser.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <string>

using namespace miniphp;

namespace {

ParseResult parse(Arena& arena, const char* source) { return parse_php(arena, source, std::strlen(source)); }

std::string dump(const char* source)
{
    Arena arena;
    ParseResult result = parse(arena, source);
    std::string out;
    for (const ParseDiagnostic& diagnostic : result.diagnostics)
        out += "diagnostic: " + diagnostic.message + "\n";
    if (result.root)
        dump_ast(result.root, out);
    return out;
}

const char* const valid_sources[] = {
    "<?php namespace A\\B; function f() {} const X = 1;\n",
    "<?php namespace A { class C {} } namespace { echo 1; }\n",
    "<?php use A\\B, C\\D as E; use function f\\g; use const H\\I as J; use \\K\\L;\n",
    "<?php use A\\{B, C as D, function e, const F}; use function G\\{h, i}; use const J\\{K,};\n",
    "<?php function &f(int $a = 1, ?string $b = null, int|float $c = 0, A&B $d = null, &...$rest): ?int { return 1; }\n",
    "<?php class S { function f(): static|null {} } function g(): (A&B)|null {} function h(): never { exit; }\n",
    "<?php abstract class A extends B implements C, D { abstract protected function f(); final public static function g() {} private ?int $x = 1, $y; var $z; public readonly int $r; const A = 1, B = 2; final public const C = 3; }\n",
    "<?php final readonly class P { public function __construct(private readonly int $x, protected string &$y = 'a') {} }\n",
    "<?php interface I extends J, K { public function f(); const X = 1; }\n",
    "<?php trait T { use U, V { U::f insteadof V; V::f as g; f as protected; f as private h; V::f as list; } public static $s; }\n",
    "<?php enum Suit: string implements I { case Hearts = 'H'; case Spades = 'S'; const X = self::Hearts; public function label(): string { return $this->name; } }\n",
    "<?php enum E { case A; case B; }\n",
    "<?php #[A] #[B(1, x: 2), C] function f(#[D] $p) {} #[E] class K { #[F] public $p; #[G] const C = 1; #[H] function m() {} }\n",
    "<?php $f = #[A] function() {}; $g = #[B] fn() => 1; $h = #[C] static fn() => 2; $o = new #[D] class {};\n",
    "<?php $a = function ($x) use ($y, &$z) { return $x; }; $b = static function () {}; $c = fn&($x) => $x; $d = static fn(int $x): int => $x * 2;\n",
    "<?php $r = match ($x) { 1, 2 => 'a', 3, => 'b', default => 'c', };\n",
    "<?php f(a: 1, b: 2); f(...$args); $o->m(...$a, ...$b); new C(x: 1); f(list: 1, class: 2);\n",
    "<?php $x?->y?->z(); $x?->y['a']?->b; $o->{'p'}; $o->$p; $o->$p(); A::$b; A::$b(); A::{'m'}(); $a::C; static::X; $a['x'][0] ?? 1;\n",
    "<?php $f = strlen(...); $m = $o->m(...); $s = A::m(...);\n",
    "<?php list($a, list($b, $c)) = $x; [$a, [$b, $c]] = $x; ['k' => $a, 'l' => [$b]] = $x; [, $a, , $b] = $x; [&$a, &$b] = $x; list('a' => list(, $b)) = $x;\n",
    "<?php foreach ($a as $k => [$x, $y]) {} foreach ($a as list($x, $y)) {} foreach ($a as &$v) {} foreach ($a as $k => &$v) {}\n",
    "<?php if ($a): echo 1; elseif ($b): echo 2; else: echo 3; endif; while ($x): endwhile; for (;;): endfor; foreach ($a as $b): endforeach; switch ($x): case 1: break; default: endswitch; declare(ticks=1): enddeclare;\n",
    "<?php if ($a) echo 1; elseif ($b) echo 2; else if ($c) echo 3; else echo 4;\n",
    "<?php declare(strict_types=1); declare(ticks=1) { echo 1; }\n",
    "<?php a: goto a; static $s = 1, $t; global $g, $$h; unset($a, $b[1],);\n",
    "<?php echo 1; ?>html<?php echo 2 ?><?= 3 ?>\n",
    "<?php __halt_compiler(); random ?> data <?php\n",
    "<?php $s = \"a $b {$c->d} ${e} ${f['g']} $h[1] $i[-1] $j[k] $k[$l] $m->n $o?->p {$q['r'][\"s\"]} \\{$t}\";\n",
    "<?php $h = <<<EOT\n  a $b\n    {$c}\n  EOT;\n$n = <<<'EOT'\nraw $x\nEOT;\n$e = <<<EOT\nEOT;\n",
    "<?php $x = `ls $dir`; $y = ``;\n",
    "<?php function gen() { $x = yield; $y = yield $a; $z = yield $k => $v; $w = yield from gen(); } $f = fn() => throw new E(); $g = $a ?? throw new E();\n",
    "<?php $x = new A; $y = new A(1); $z = new $cls; $w = new $o->cls; $v = new (f()); $u = new static; $t = new class(1) extends B implements C { use T; }; $s = new $a['x']; $r = new $a::$b;\n",
    "<?php function f($a = new A(1), $b = PHP_EOL . 'x', $c = [1, 2] + [3]) {} const Y = new stdClass;\n",
    "<?php $x = (int) $a . (float) $b . (string) $c . (bool) $d . (array) $e . (object) $f . (double) $g . (integer) $h . (boolean) $i . (binary) $j;\n",
    "<?php $a = 1 + 2 - 3 * 4 / 5 % 6 ** 7 . 8 << 9 >> 10 & 11 | 12 ^ 13; $b = !$x && $y || $z and $w or $v xor $u; $c = $x <=> $y; $d = ($a === $b) !== (($c == $d) != $e); $e = $a < $b; $f = $a <= $b; $g = $a > $b; $h = $a >= $b; $i = -$a + +$b + ~$c; $j = $a instanceof B; $k = @f();\n",
    "<?php $a += 1; $a -= 1; $a *= 1; $a /= 1; $a .= 1; $a %= 1; $a **= 1; $a &= 1; $a |= 1; $a ^= 1; $a <<= 1; $a >>= 1; $a ??= 1; $a++; $a--; ++$a; --$a; $a = &$b; $a = &f(); $a = $b ? $c : $d; $a = $b ?: $c;\n",
    "<?php isset($a, $b['c'], $d->e,); empty($a); include 'a.php'; include_once 'b.php'; require 'c.php'; require_once 'd.php'; eval('1;'); print 1; exit; exit(1); die; die('x'); clone $a;\n",
    "<?php echo __LINE__, __FILE__, __DIR__, __CLASS__, __TRAIT__, __METHOD__, __FUNCTION__, __NAMESPACE__, namespace\\f(), \\g(), A\\h();\n",
    "<?php $x = 0x1F + 0b101 + 0o17 + 017 + 1_000 + 1.5e3 + .5 + 9223372036854775808;\n",
    "<?php try { a(); } catch (A|B $e) { } catch (C) { } finally { }\n",
    "<?php switch ($a) { case 1: case 2; default; } switch ($a) {; case 1: } switch ($a): ; endswitch;\n",
    "<?php class A { public function list() {} public function new() {} public static function print() {} const FOREACH = 1; public $class; function __construct() { $this->list(); static::new(); self::FOREACH; $this->class; } }\n",
    "<?php function readonly() {} readonly();\n",
    "<?php $a = [1, 'a' => 2, ...$b, &$c, 'd' => &$e,]; $b = array(); $c = array(1,);\n",
    "<?php do echo 1; while (0); while (0) echo 2; for ($i = 0, $j = 1; $i < 10; $i++, $j++) ; for (;;) break 1;\n",
    "<?php \"abc\"[0]; [1, 2][0]; 'abc'->x; A::B[0]; (function() {})(); $a()(); $a::{'b'}(); \"abc\"::class; A::class; $o::class; f()::C;\n",
    "<?php function f() { yield 1; } function g() { return fn() => yield 1; }\n\n",
};

struct ShapeCase {
    const char* source;
    const char* dump;
};

const ShapeCase shape_cases[] = {
    { "<?php $a = 1 + 2 * 3;",
      R"(StatementList @1
  Assign @1
    Variable @1
      String "a" @1
    BinaryOperation [+] @1
      Integer 1 @1
      BinaryOperation [*] @1
        Integer 2 @1
        Integer 3 @1
)" },
    { "<?php $x?->y(...);",
      R"(StatementList @1
  NullsafeMethodCall @1
    Variable @1
      String "x" @1
    String "y" @1
    CallableConvert @1
)" },
    { "<?php [$a, , \"k\" => &$b] = $c;",
      R"(StatementList @1
  Assign @1
    Array [[]] @1
      ArrayElement @1
        Variable @1
          String "a" @1
        -
      -
      ArrayElement [by-ref] @1
        Variable @1
          String "b" @1
        String "k" @1
    Variable @1
      String "c" @1
)" },
    { "<?php echo \"a$b[-1]c\";",
      R"(StatementList @1
  StatementList @1
    Echo @1
      EncapsList @1
        String "a" @1
        Dimension @1
          Variable @1
            String "b" @1
          Integer -1 @1
        String "c" @1
)" },
    { "<?php function &f(int ...$r): ?A {}",
      R"(StatementList @1
  FunctionDeclaration [returns-ref] @1..1
    String "f" @1
    -
    ParameterList @1
      Parameter [variadic] @1
        Name "int" [not-fq] @1
        String "r" @1
        -
        -
        -
    -
    StatementList @1
    Name "A" [nullable,not-fq] @1
    -
)" },
    { "<?php use A\\{B, function c};",
      R"(StatementList @1
  GroupUse @1
    Name "A" [not-fq] @1
    UseList @1
      UseElement [class] @1
        Name "B" [not-fq] @1
        -
      UseElement [function] @1
        Name "c" [not-fq] @1
        -
)" },
    { "<?php $f = static fn&($x) => $x;",
      R"(StatementList @1
  Assign @1
    Variable @1
      String "f" @1
    ArrowFunction [static,returns-ref] @1..1
      -
      -
      ParameterList @1
        Parameter @1
          -
          String "x" @1
          -
          -
          -
      -
      Return @1
        Variable @1
          String "x" @1
      -
      -
)" },
    { "<?php A::class; A::B; $o::$p;",
      R"(StatementList @1
  ClassName @1
    Name "A" [not-fq] @1
  ClassConstant @1
    Name "A" [not-fq] @1
    String "B" @1
  StaticProperty @1
    Variable @1
      String "o" @1
    String "p" @1
)" },
    { "<?php f(name: 1, ...$r);",
      R"(StatementList @1
  Call @1
    Name "f" [not-fq] @1
    ArgumentList @1
      NamedArgument @1
        String "name" @1
        Integer 1 @1
      Unpack @1
        Variable @1
          String "r" @1
)" },
    { "<?php foreach ($a as $k => &$v) {}",
      R"(StatementList @1
  Foreach @1
    Variable @1
      String "a" @1
    Reference @1
      Variable @1
        String "v" @1
    Variable @1
      String "k" @1
    StatementList @1
)" },
    { "<?php if ($a): elseif ($b): else: endif;",
      R"(StatementList @1
  IfList @1
    IfElement @1
      Variable @1
        String "a" @1
      StatementList @1
    IfElement @1
      Variable @1
        String "b" @1
      StatementList @1
    IfElement @1
      -
      StatementList @1
)" },
    { "<?php $x = match($y) { 1, 2 => 3, default => 4 };",
      R"(StatementList @1
  Assign @1
    Variable @1
      String "x" @1
    Match @1
      Variable @1
        String "y" @1
      MatchArmList @1
        MatchArm @1
          ExpressionList @1
            Integer 1 @1
            Integer 2 @1
          Integer 3 @1
        MatchArm @1
          -
          Integer 4 @1
)" },
    { "<?php final class C extends B { public function __construct(#[S] private readonly int $x = 0) {} }",
      R"(StatementList @1
  ClassDeclaration [final] @1..1
    String "C" @1
    -
    Name "B" [not-fq] @1
    -
    StatementList @1
      MethodDeclaration [public] @1..1
        String "__construct" @1
        -
        ParameterList @1
          Parameter [private,readonly] @1
            Name "int" [not-fq] @1
            String "x" @1
            Integer 0 @1
            -
            AttributeList @1
              AttributeGroup @1
                Attribute @1
                  Name "S" [not-fq] @1
                  -
        -
        StatementList @1
        -
        -
    -
    -
)" },
    { "<?php enum E: int { case A = 1; }",
      R"(StatementList @1
  ClassDeclaration [final,enum] @1..1
    String "E" @1
    -
    -
    -
    StatementList @1
      EnumCase @1
        String "A" @1
        Integer 1 @1
        -
        -
    Name "int" [not-fq] @1
    -
)" },
    { "<?php try {} catch (A|B $e) {} finally {}",
      R"(StatementList @1
  Try @1
    StatementList @1
    CatchList @1
      Catch @1
        NameList @1
          Name "A" [not-fq] @1
          Name "B" [not-fq] @1
        String "e" @1
        StatementList @1
    StatementList @1
)" },
    { "<?php #[A(1)] function f() {}",
      R"(StatementList @1
  FunctionDeclaration @1..1
    String "f" @1
    -
    ParameterList @1
    -
    StatementList @1
    -
    AttributeList @1
      AttributeGroup @1
        Attribute @1
          Name "A" [not-fq] @1
          ArgumentList @1
            Integer 1 @1
)" },
    { "<?php $c = function () use ($a, &$b) { yield; };",
      R"(StatementList @1
  Assign @1
    Variable @1
      String "c" @1
    Closure [generator] @1..1
      -
      -
      ParameterList @1
      ClosureUses @1
        String "a" @1
        String "b" [by-ref] @1
      StatementList @1
        Yield @1
          -
          -
      -
      -
)" },
    { "<?php namespace\\f(\\A\\B::C, __LINE__, (int) \"1\", 0x10, 1.5);",
      R"(StatementList @1
  Call @1
    Name "f" [relative] @1
    ArgumentList @1
      ClassConstant @1
        Name "A\\B" [fq] @1
        String "C" @1
      MagicConst [__LINE__] @1
      Cast [int] @1
        String "1" @1
      Integer 16 @1
      Float 1.5 @1
)" },
    { "<?php\n/** Doc */\nfunction f() {\n}\n",
      R"(StatementList @1
  FunctionDeclaration @3..4
    String "f" @3
    String "/** Doc */" @2
    ParameterList @3
    -
    StatementList @3
    -
    -
)" },
    { "<?php echo 1 ?>\n<b><?= 2;",
      R"(StatementList @1
  StatementList @1
    Echo @1
      Integer 1 @1
  Echo @2
    String "<b>" @2
  StatementList @2
    Echo @2
      Integer 2 @2
)" },
    { "<?php __halt_compiler(); data",
      R"(StatementList @1
  HaltCompiler @1
    Integer 24 @1
)" },
    { "<?php $a = $b ?: $c ?? $d;",
      R"(StatementList @1
  Assign @1
    Variable @1
      String "a" @1
    Conditional @1
      Variable @1
        String "b" @1
      -
      Coalesce @1
        Variable @1
          String "c" @1
        Variable @1
          String "d" @1
)" },
    { "<?php $o = new class(1) extends B {};",
      R"(StatementList @1
  Assign @1
    Variable @1
      String "o" @1
    New @1
      ClassDeclaration [anonymous] @1..1
        -
        -
        Name "B" [not-fq] @1
        -
        StatementList @1
        -
        -
      ArgumentList @1
        Integer 1 @1
)" },
    { "<?php trait T { use U { f as protected g; U::h insteadof V; } }",
      R"(StatementList @1
  ClassDeclaration [trait] @1..1
    String "T" @1
    -
    -
    -
    StatementList @1
      UseTrait @1
        NameList @1
          Name "U" [not-fq] @1
        TraitAdaptations @1
          TraitAlias [protected] @1
            MethodReference @1
              -
              String "f" @1
            String "g" @1
          TraitPrecedence @1
            MethodReference @1
              Name "U" [not-fq] @1
              String "h" @1
            NameList @1
              Name "V" [not-fq] @1
    -
    -
)" },
};

class ValidCode : public testing::TestWithParam<const char*> {};
class Shape : public testing::TestWithParam<ShapeCase> {};

} // namespace

TEST_P(ValidCode, ParsesWithoutDiagnostics)
{
    Arena arena;
    ParseResult result = parse(arena, GetParam());
    EXPECT_TRUE(result.ok());
    ASSERT_NE(result.root, nullptr);
    EXPECT_EQ(result.root->kind, NodeKind::StatementList);
    for (const ParseDiagnostic& diagnostic : result.diagnostics)
        ADD_FAILURE() << diagnostic.message << " on line " << diagnostic.line;
}

INSTANTIATE_TEST_SUITE_P(Php82, ValidCode, testing::ValuesIn(valid_sources));

TEST_P(Shape, DumpsAsExpected)
{
    EXPECT_EQ(dump(GetParam().source), GetParam().dump) << GetParam().source;
}

INSTANTIATE_TEST_SUITE_P(Php82, Shape, testing::ValuesIn(shape_cases));

TEST(Parser, LexerWarningsComeBeforeTheParseError)
{
    Arena arena;
    ParseResult result = parse(arena, "<?php\n$x = \"\\400\";\n$y = ;\n");
    ASSERT_EQ(result.diagnostics.size(), 2u);
    EXPECT_EQ(result.diagnostics[0].level, ParseDiagnostic::Level::Warning);
    EXPECT_EQ(result.diagnostics[0].message, "Octal escape sequence overflow \\400 is greater than \\377");
    EXPECT_EQ(result.diagnostics[0].line, 2u);
    EXPECT_EQ(result.diagnostics[1].level, ParseDiagnostic::Level::ParseError);
    EXPECT_EQ(result.diagnostics[1].message, "syntax error, unexpected token \";\"");
    EXPECT_EQ(result.diagnostics[1].line, 3u);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.root, nullptr);
}

TEST(Parser, EncodingDeclarationIsIgnoredWithAWarning)
{
    Arena arena;
    ParseResult result = parse(arena, "<?php\ndeclare(encoding='UTF-8');\necho 1;\n");
    EXPECT_TRUE(result.ok());
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].level, ParseDiagnostic::Level::Warning);
    EXPECT_EQ(result.diagnostics[0].message,
              "declare(encoding=...) ignored because Zend multibyte feature is turned off by settings");
    EXPECT_EQ(result.diagnostics[0].line, 2u);
}

TEST(Parser, EmptyInputsParse)
{
    Arena arena;
    for (const char* source : { "", "<?php", "<?php ", "plain text", "<?php ?>", "<?= 1;" }) {
        ParseResult result = parse(arena, source);
        EXPECT_TRUE(result.ok()) << source;
        EXPECT_NE(result.root, nullptr) << source;
    }
}

TEST(Parser, TreeOutlivesTheSource)
{
    Arena arena;
    std::string source = "<?php $name = 'value';";
    ParseResult result = parse_php(arena, source.c_str(), source.size());
    source.assign(source.size(), 'x');
    ASSERT_TRUE(result.ok());
    const Node* assign = result.root->child(0);
    ASSERT_EQ(assign->kind, NodeKind::Assign);
    EXPECT_EQ(assign->child(0)->child(0)->string(), "name");
    EXPECT_EQ(assign->child(1)->string(), "value");
}

TEST(Parser, DeepNestingDoesNotCrash)
{
    std::string source = "<?php $x = ";
    for (int i = 0; i < 5000; ++i)
        source += "(";
    source += "1";
    for (int i = 0; i < 5000; ++i)
        source += ")";
    source += ";";
    Arena arena;
    ParseResult result = parse_php(arena, source.c_str(), source.size());
    EXPECT_TRUE(result.ok());
}

namespace {
struct CountingHeap {
    int live = 0;
    int total = 0;
};
void* counting_allocate(size_t size, void* context)
{
    auto* heap = static_cast<CountingHeap*>(context);
    ++heap->live;
    ++heap->total;
    return std::malloc(size);
}
void counting_release(void* block, void* context)
{
    --static_cast<CountingHeap*>(context)->live;
    std::free(block);
}
} // namespace

TEST(Arena, BlocksComeFromTheHookAndAllGoBack)
{
    CountingHeap heap;
    {
        Arena arena(ArenaAllocator { counting_allocate, counting_release, &heap });
        std::string source = "<?php\n";
        for (int i = 0; i < 2000; ++i)
            source += "$a" + std::to_string(i) + " = [1, 2, 'x' => f($b, $c)];\n";
        ParseResult result = parse_php(arena, source.c_str(), source.size());
        EXPECT_TRUE(result.ok());
        EXPECT_GT(heap.total, 1);  // more than one block was needed
        EXPECT_EQ(heap.live, heap.total);
        void* big = arena.allocate(1 << 20);  // a request larger than a block gets its own
        EXPECT_NE(big, nullptr);
        arena.reset();
        EXPECT_EQ(heap.live, 0);
        EXPECT_TRUE(parse(arena, "<?php echo 1;").ok());  // usable again after reset
    }
    EXPECT_EQ(heap.live, 0);
}

TEST(Arena, AllocationsAreAlignedAndDistinct)
{
    Arena arena;
    char* previous = nullptr;
    for (size_t size : { 1, 3, 8, 13, 64, 100000, 5 }) {
        char* block = static_cast<char*>(arena.allocate(size));
        EXPECT_EQ(reinterpret_cast<uintptr_t>(block) % 8, 0u);
        EXPECT_NE(block, previous);
        std::memset(block, 0xAB, size);
        previous = block;
    }
}

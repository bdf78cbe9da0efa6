--TEST--
Parameter and return types in coercive mode: scalar coercions in PHP's order, nullable and union types, implicit nullable defaults, by-reference, TypeError texts
--FILE--
<?php
function i(int $x) { var_dump($x); }
function f(float $x) { var_dump($x); }
function s(string $x) { var_dump($x); }
function b(bool $x) { var_dump($x); }
function n(?int $x) { var_dump($x); }
function u(int|string $x) { var_dump($x); }
function uf(int|float $x) { var_dump($x); }
function d(int $x = null) { var_dump($x); }
i("12"); i(1.0); i(true); f(3); f("1e3"); s(12); s(1.5); s(false); b(0); b("a"); n(null); u(1.5); u("x"); uf("1.5"); uf("7"); d();
i(1.5);
function r(): int { return "42"; }
var_dump(r());
function rs(): ?string { return 5; }
var_dump(rs());
function v(): void { return; }
var_dump(v());
function none(): int { if (false) return 1; }
function arr(array $a, callable $c, iterable $it, mixed $m, Foo|null $obj = null) { return count($a); }
echo arr([1], "strlen", [2], null), "\n";
function by_ref(int &$x) { $x++; }
$v = "5"; by_ref($v); var_dump($v);
i("abc");
--EXPECTF--
int(12)
int(1)
int(1)
float(3)
float(1000)
string(2) "12"
string(3) "1.5"
string(0) ""
bool(false)
bool(true)
NULL

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 7
int(1)
string(1) "x"
float(1.5)
int(7)
NULL

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
int(42)
string(1) "5"
NULL
1
int(6)

Fatal error: Uncaught TypeError: i(): Argument #1 ($x) must be of type int, string given, called in %s on line 23 and defined in %s:2
Stack trace:
#0 %s(23): i('abc')
#1 {main}
  thrown in %s on line 2
--EXIT_STATUS--
255

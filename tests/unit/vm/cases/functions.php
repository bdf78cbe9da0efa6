<?php
echo early(2), "\n";
function early($x) { return $x * 10; }
function greet($who = "you", $punct = "!") { return "hi $who$punct"; }
echo greet(), " ", greet("Bob"), " ", greet("Al", "?"), "\n";
function noreturn() { echo "side effect "; }
$r = noreturn();
echo $r === null ? "null" : "not null", "\n";
function addone(&$x) { $x++; }
$v = 1; addone($v); addone($v); echo $v, "\n";
addone($newvar); echo $newvar, "\n";
function swap(&$a, &$b) { $t = $a; $a = $b; $b = $t; }
$p = "first"; $q = "second"; swap($p, $q); echo "$p $q\n";
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
echo fact(10), " ", fact(20), " ", fact(21), "\n";
function fib($n) { if ($n < 2) return $n; return fib($n - 1) + fib($n - 2); }
echo fib(25), "\n";
function counter() { static $count = 0; $count++; return $count; }
counter(); counter(); echo counter(), "\n";
function st2() { static $a = [], $b; $a[] = count_free($a); $b .= "x"; return $b; }
function count_free($a) { $n = 0; foreach ($a as $v) $n++; return $n; }
st2(); echo st2(), "\n";
$g = 10;
function useglobal() { global $g; $g++; return $g; }
echo useglobal(), " ", $g, "\n";
function newglobal() { global $created; $created = "made"; }
newglobal(); echo $created, "\n";
if (true) { function conditional() { return "conditional"; } }
echo conditional(), "\n";
function outer() { function inner() { return "inner"; } return "outer"; }
echo outer(), " ", inner(), "\n";
function extra($a) { return $a; }
echo extra(1, 2, 3), "\n";
function arr_arg($a) { $a[] = 99; return $a; }
$orig = [1]; $copy = arr_arg($orig); echo count_free($orig), count_free($copy), "\n";
function deep($n) { return $n == 0 ? 0 : 1 + deep($n - 1); }
echo deep(50000), "\n";
function CaseInsensitive() { return "ci"; }
echo caseinsensitive(), CASEINSENSITIVE(), "\n";
echo __LINE__, " ", __FUNCTION__, "|", fn_name(), "\n";
function fn_name() { return __FUNCTION__; }

--TEST--
declare(strict_types=1): no coercion except int to float, for user and internal functions and return values
--FILE--
<?php
declare(strict_types=1);
function f(float $x): float { return $x; }
function i(int $x): string { return (string) $x; }
var_dump(f(1), i(2));
var_dump(str_repeat("ab", 2));
function wrong(): int { return "1"; }
try_it();
function try_it() { echo strlen("abc"), "\n"; var_dump(wrong()); }
--EXPECTF--
float(1)
string(1) "2"
string(4) "abab"
3

Fatal error: Uncaught TypeError: wrong(): Return value must be of type int, string returned in %s:7
Stack trace:
#0 %s(9): wrong()
#1 %s(8): try_it()
#2 {main}
  thrown in %s on line 7
--EXIT_STATUS--
255

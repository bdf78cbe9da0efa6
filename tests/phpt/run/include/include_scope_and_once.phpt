--TEST--
include/require(_once): return values, the includer's scope (global and function), _once memory, eval
--FILE--
<?php
$x = 1;
var_dump(include "fixtures/returns_value.inc", $x);
var_dump(include_once "fixtures/returns_value.inc", include_once __DIR__ . "/fixtures/returns_value.inc");
function f($p) {
    $local = "in f";
    $r = include "fixtures/shares_scope.inc";
    return [$r, $local, $fromb];
}
var_dump(f(3));
echo defined_in_b(), "\n";
var_dump(eval('return $x + 1;'), eval('$y = 7;'), $y);
eval('echo __LINE__, " ", basename_free(__FILE__), "\n";');
function basename_free($path) { return str_repeat("-", 3) . " eval'd code file name ends in " . (str_ends_with_free($path, " : eval()'d code") ? "yes" : "no"); }
function str_ends_with_free($s, $tail) { return strlen($s) >= strlen($tail) && implode("", array_slice_free($s, strlen($s) - strlen($tail))) === $tail; }
function array_slice_free($s, $from) { $out = []; for ($i = $from; $i < strlen($s); $i++) $out[] = $s[$i]; return $out; }
var_dump(include "fixtures/missing.inc");
echo "still running\n";
require_once "fixtures/missing.inc";
echo "not reached\n";
--EXPECTF--
int(10)
int(5)
bool(true)
bool(true)
array(3) {
  [0]=>
  int(42)
  [1]=>
  string(12) "changed by b"
  [2]=>
  string(19) "in f and b with p=3"
}
defined_in_b from b: no
int(6)
NULL
int(7)
1 --- eval'd code file name ends in yes

Warning: include(fixtures/missing.inc): Failed to open stream: No such file or directory in %s on line 17

Warning: include(): Failed opening 'fixtures/missing.inc' for inclusion (include_path='.:/usr/share/php') in %s on line 17
bool(false)
still running

Warning: require_once(fixtures/missing.inc): Failed to open stream: No such file or directory in %s on line 19

Fatal error: Uncaught Error: Failed opening required 'fixtures/missing.inc' (include_path='.:/usr/share/php') in %s:19
Stack trace:
#0 {main}
  thrown in %s on line 19

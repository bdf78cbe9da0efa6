--TEST--
func_get_args/func_num_args/func_get_arg with extra arguments; call_user_func(_array), is_callable, function_exists
--FILE--
<?php
function f($a, $b = 2) { $a = 10; var_dump(func_num_args(), func_get_args(), func_get_arg(0)); return $a + $b; }
echo f(1), "\n";
echo f(1, 3, 4, "x"), "\n";
function cmp($x, $y) { return $x <=> $y; }
echo call_user_func("cmp", 1, 2), call_user_func_array("CMP", [2, 1]), "\n";
function inc(&$v) { $v++; }
$n = 1; call_user_func("inc", $n); echo $n, "\n";
var_dump(function_exists("STRLEN"), function_exists("\\f"), is_callable("nope"), is_callable("f", false, $name), $name);
call_user_func("nope");
--EXPECTF--
int(1)
array(1) {
  [0]=>
  int(10)
}
int(10)
12
int(4)
array(4) {
  [0]=>
  int(10)
  [1]=>
  int(3)
  [2]=>
  int(4)
  [3]=>
  string(1) "x"
}
int(10)
13
-11

Warning: inc(): Argument #1 ($v) must be passed by reference, value given in %s on line 8
1
bool(true)
bool(true)
bool(false)
bool(true)
string(1) "f"

Fatal error: Uncaught TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, function "nope" not found or invalid function name in %s:10
Stack trace:
#0 {main}
  thrown in %s on line 10

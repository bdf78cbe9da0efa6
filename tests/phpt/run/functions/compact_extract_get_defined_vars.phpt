--TEST--
compact (nested names, undefined ones), extract in every mode with prefixes and references, get_defined_vars in a function and at the top
--FILE--
<?php
function f() {
    $a = 1; $b = [2];
    var_dump(compact("a", ["b", ["nope"]]));
    var_dump(extract(["c" => 3, "1bad" => 4, "a" => 10]), $a, $c);
    $x = 5;
    var_dump(extract(["x" => 9], EXTR_SKIP), $x, extract(["x" => 9, "y" => 8], EXTR_PREFIX_SAME, "p"), $p_x, $y);
    var_dump(extract([7, "k" => 1], EXTR_PREFIX_ALL, "n"), $n_0, $n_k);
    var_dump(extract(["x" => 0, "zz" => 1], EXTR_IF_EXISTS), $x, isset($zz));
    $src = ["r" => 1];
    extract($src, EXTR_REFS);
    $r = 99;
    var_dump($src);
    $vars = get_defined_vars();
    ksort($vars);
    var_dump(array_keys($vars));
}
f();
$g = get_defined_vars();
var_dump(isset($g["argv"]), isset($g["g"]));
extract(["a" => 1], 99);
--EXPECTF--

Warning: compact(): Undefined variable $nope in %s on line 4
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
}
int(2)
int(10)
int(3)
int(0)
int(5)
int(2)
int(9)
int(8)
int(2)
int(7)
int(1)
int(1)
int(0)
bool(false)
array(1) {
  ["r"]=>
  &int(99)
}
array(10) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(3) "n_0"
  [4]=>
  string(3) "n_k"
  [5]=>
  string(3) "p_x"
  [6]=>
  string(1) "r"
  [7]=>
  string(3) "src"
  [8]=>
  string(1) "x"
  [9]=>
  string(1) "y"
}
bool(true)
bool(false)

Fatal error: Uncaught ValueError: extract(): Argument #2 ($flags) must be a valid extract type in %s:21
Stack trace:
#0 %s(21): extract(Array, 99)
#1 {main}
  thrown in %s on line 21
--EXIT_STATUS--
255

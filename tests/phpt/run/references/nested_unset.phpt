--TEST--
unset() of nested elements (missing levels are not created, copy-on-write kept), of $$name and $GLOBALS elements, of null/false/int containers
--FILE--
<?php
$a = ["x" => ["y" => 1, "z" => 2], "list" => [[1, 2], [3, 4]]];
unset($a["x"]["y"], $a["nope"]["q"], $a["list"][1][0]);
var_dump($a);
$copy = $a;
unset($copy["x"]["z"]);
var_dump(count($a["x"]), count($copy["x"]));
$n = null;
unset($n["a"]["b"]);
var_dump($n);
$f = false;
unset($f["a"]);
var_dump($f);
$name = "dyn";
$dyn = ["k" => [1]];
unset($$name["k"][0]);
var_dump($dyn);
function f() { $GLOBALS["a"]["x"]["extra"] = 1; unset($GLOBALS["a"]["x"]["extra"], $GLOBALS["a"]["list"]); }
f();
var_dump(array_keys($a));
$i = 5;
unset($i["a"]);
--EXPECTF--
array(2) {
  ["x"]=>
  array(1) {
    ["z"]=>
    int(2)
  }
  ["list"]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
    [1]=>
    array(1) {
      [1]=>
      int(4)
    }
  }
}
int(1)
int(0)
NULL

Deprecated: Automatic conversion of false to array is deprecated in %s on line 12
bool(false)
array(1) {
  ["k"]=>
  array(0) {
  }
}
array(1) {
  [0]=>
  string(1) "x"
}

Fatal error: Uncaught Error: Cannot unset offset in a non-array variable in %s:22
Stack trace:
#0 {main}
  thrown in %s on line 22
--EXIT_STATUS--
255

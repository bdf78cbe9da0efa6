--TEST--
foreach into array elements and variable variables (values and keys), by reference over elements and temporaries
--FILE--
<?php
$a = [1, 2, 3];
$b = [];
foreach ($a as $b[]) {}
var_dump($b);
$m = [];
foreach (["x" => 1, "y" => 2] as $m["keys"][] => $m["values"][]) {}
var_dump($m);
$name = "dyn";
foreach ([7, 8] as $$name) { echo $dyn, " "; }
echo "\n";
$nested = ["list" => [1, 2, 3]];
foreach ($nested["list"] as &$v) { $v *= 10; }
unset($v);
var_dump($nested);
foreach ([1, 2] as &$t) { $t++; }
var_dump($t);
function gen() { return [4, 5]; }
foreach (gen() as $k => &$w) { $w = $w + $k; }
var_dump($w);
$refs = [];
foreach ([10, 20] as $i => &$refs[]) {}
var_dump(count($refs));
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  ["values"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["keys"]=>
  array(2) {
    [0]=>
    string(1) "x"
    [1]=>
    string(1) "y"
  }
}
7 8 
array(1) {
  ["list"]=>
  array(3) {
    [0]=>
    int(10)
    [1]=>
    int(20)
    [2]=>
    int(30)
  }
}
int(3)
int(6)
int(2)

--TEST--
array_slice, array_chunk, array_column
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo "[", implode(", ", $o), "]\n"; }
$s = ["a" => 1, 5 => 2, 3, 4, "b" => 5, 6];
show(array_slice($s, 1));
show(array_slice($s, 1, 2));
show(array_slice($s, -2));
show(array_slice($s, -3, -1));
show(array_slice($s, 1, null, true));
show(array_slice($s, 2, 3, true));
show(array_slice($s, 6));
show(array_slice($s, 10));
show(array_slice($s, -10, 2));
show(array_slice($s, 2, -10));
show(array_slice($s, 0, 0));
show(array_slice($s, 0, -6));
show(array_slice([], 0));
show(array_slice([5 => "x", 9 => "y"], 0));
var_dump(array_chunk([1, 2, 3, 4, 5], 2));
var_dump(array_chunk(["a" => 1, "b" => 2, 5 => 3], 2, true));
var_dump(array_chunk(["a" => 1, "b" => 2, 5 => 3], 2));
var_dump(array_chunk([], 3), array_chunk([1, 2], 5));
$rows = [
    ["id" => 3, "name" => "a", 0 => "zero"],
    ["id" => 5, "name" => "b"],
    ["name" => "c"],
    "scalar",
    ["id" => "7", "name" => "d"],
    ["id" => 1.0, "name" => "e"],
    ["id" => null, "name" => "f"],
    ["id" => true, "name" => "g"],
    ["id" => "x", "name" => "h"],
];
show(array_column($rows, "name"));
show(array_column($rows, "name", "id"));
var_dump(array_column($rows, null, "id"));
show(array_column($rows, 0));
show(array_column($rows, "0"));
show(array_column($rows, "missing"));
show(array_column([], "x"));
show(array_column([["a" => 1, "b" => "k"]], "a", 1.5));
--EXPECTF--
[0=>2, 1=>3, 2=>4, 'b'=>5, 3=>6]
[0=>2, 1=>3]
['b'=>5, 0=>6]
[0=>4, 'b'=>5]
[5=>2, 6=>3, 7=>4, 'b'=>5, 8=>6]
[6=>3, 7=>4, 'b'=>5]
[]
[]
['a'=>1, 0=>2]
[]
[]
[]
[]
[0=>'x', 1=>'y']
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
  [2]=>
  array(1) {
    [0]=>
    int(5)
  }
}
array(2) {
  [0]=>
  array(2) {
    ["a"]=>
    int(1)
    ["b"]=>
    int(2)
  }
  [1]=>
  array(1) {
    [5]=>
    int(3)
  }
}
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
    [0]=>
    int(3)
  }
}
array(0) {
}
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
[0=>'a', 1=>'b', 2=>'c', 3=>'d', 4=>'e', 5=>'f', 6=>'g', 7=>'h']
[3=>'a', 5=>'b', 6=>'c', 7=>'d', 1=>'g', ''=>'f', 'x'=>'h']
array(7) {
  [3]=>
  array(3) {
    ["id"]=>
    int(3)
    ["name"]=>
    string(1) "a"
    [0]=>
    string(4) "zero"
  }
  [5]=>
  array(2) {
    ["id"]=>
    int(5)
    ["name"]=>
    string(1) "b"
  }
  [6]=>
  array(1) {
    ["name"]=>
    string(1) "c"
  }
  [7]=>
  array(2) {
    ["id"]=>
    string(1) "7"
    ["name"]=>
    string(1) "d"
  }
  [1]=>
  array(2) {
    ["id"]=>
    bool(true)
    ["name"]=>
    string(1) "g"
  }
  [""]=>
  array(2) {
    ["id"]=>
    NULL
    ["name"]=>
    string(1) "f"
  }
  ["x"]=>
  array(2) {
    ["id"]=>
    string(1) "x"
    ["name"]=>
    string(1) "h"
  }
}
[0=>'zero']
[0=>'zero']
[]
[]

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 40
[0=>1]

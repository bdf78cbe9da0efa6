--TEST--
array_map, array_filter, array_reduce
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo "[", implode(", ", $o), "]\n"; }
function double($x) { return $x * 2; }
function pair($x, $y) { return "$x-$y"; }
function nothing($x) { }
function odd($x) { return $x & 1; }
function keyIsString($k) { return is_string($k); }
function both($v, $k) { echo "($v,$k)"; return $v > 1 && $k != "c"; }
function sum($carry, $x) { return $carry + $x; }
function concat($carry, $x) { return $carry . $x; }
function trace($carry, $x) { echo var_export($carry, true), "+", $x, " "; return $carry + $x; }
show(array_map("double", ["a" => 1, "b" => 2, 5 => 3]));
show(array_map(null, ["a" => 1, "b" => 2]));
var_dump(array_map(null, [1, 2], ["x"]));
show(array_map("pair", [1, 2, 3], ["a" => "x", "b" => "y"]));
show(array_map("nothing", [1, 2]));
show(array_map("strlen", ["a", "bb", "ccc"]));
show(array_map("double", []));
show(array_map("Double", [7]));
show(array_filter([0, 1, 2, "", null, "0", "a", [], [0], false, 0.0, "0.0"]));
show(array_filter([1, 2, 3, 4, 5], "odd"));
show(array_filter(["a" => 1, 2, "b" => 3], "keyIsString", ARRAY_FILTER_USE_KEY));
show(array_filter(["a" => 1, "b" => 2, "c" => 3, "d" => 4], "both", ARRAY_FILTER_USE_BOTH));
show(array_filter([1, 0, 2], null));
show(array_filter([], "odd"));
show(array_filter([5 => 1, 9 => 2], "odd", 99));
var_dump(array_reduce([1, 2, 3], "sum"), array_reduce([1, 2, 3], "sum", 10), array_reduce([], "sum"), array_reduce([], "sum", "init"));
var_dump(array_reduce(["a", "b"], "concat", ">"));
var_dump(array_reduce([1, 2, 3], "trace"));
// The arguments are not changed.
$in = [1, 2, 3];
$out = array_map("double", $in);
$filtered = array_filter($in, "odd");
var_dump($in);
--EXPECT--
['a'=>2, 'b'=>4, 5=>6]
['a'=>1, 'b'=>2]
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "x"
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    NULL
  }
}
[0=>'1-x', 1=>'2-y', 2=>'3-']
[0=>NULL, 1=>NULL]
[0=>1, 1=>2, 2=>3]
[]
[0=>14]
[1=>1, 2=>2, 6=>'a', 8=>array (
  0 => 0,
), 11=>'0.0']
[0=>1, 2=>3, 4=>5]
['a'=>1, 'b'=>3]
(1,a)(2,b)(3,c)(4,d)['b'=>2, 'd'=>4]
[0=>1, 2=>2]
[]
[5=>1]
int(6)
int(16)
NULL
string(4) "init"
string(3) ">ab"
NULL+1 1+2 3+3 int(6)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}

--TEST--
array_walk, array_walk_recursive: by-reference elements, extra argument
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo "[", implode(", ", $o), "]\n"; }
function addOne(&$v, $k) { $v = $v + 1; }
function showKV($v, $k) { echo "$k=$v;"; }
function withExtra(&$v, $k, $extra) { $v = "$extra$v"; }
function wrap(&$v, $k) { $v = "<$v>"; }
function describe($v, $k) { echo gettype($v), ";"; }
function byValue($v) { $v = 0; }
$w = ["a" => 1, "b" => 2, 3];
var_dump(array_walk($w, "addOne"));
show($w);
array_walk($w, "showKV");
echo "\n";
array_walk($w, "withExtra", "#");
show($w);
array_walk($w, "byValue");
show($w);
// Copy on write.
$copy = [1, 2];
$orig = $copy;
array_walk($copy, "addOne");
show($orig);
show($copy);
$deep = ["a" => 1, "b" => [2, 3, ["c" => 4]], 5];
var_dump(array_walk_recursive($deep, "wrap"));
var_dump($deep);
array_walk_recursive($deep, "showKV");
echo "\n";
array_walk($deep, "describe");
echo "\n";
array_walk_recursive($deep, "withExtra", "!");
var_dump($deep);
$empty = [];
var_dump(array_walk($empty, "addOne"), array_walk_recursive($empty, "addOne"));
--EXPECT--
bool(true)
['a'=>2, 'b'=>3, 0=>4]
a=2;b=3;0=4;
['a'=>'#2', 'b'=>'#3', 0=>'#4']
['a'=>'#2', 'b'=>'#3', 0=>'#4']
[0=>1, 1=>2]
[0=>2, 1=>3]
bool(true)
array(3) {
  ["a"]=>
  string(3) "<1>"
  ["b"]=>
  array(3) {
    [0]=>
    string(3) "<2>"
    [1]=>
    string(3) "<3>"
    [2]=>
    array(1) {
      ["c"]=>
      string(3) "<4>"
    }
  }
  [0]=>
  string(3) "<5>"
}
a=<1>;0=<2>;1=<3>;c=<4>;0=<5>;
string;array;string;
array(3) {
  ["a"]=>
  string(4) "!<1>"
  ["b"]=>
  array(3) {
    [0]=>
    string(4) "!<2>"
    [1]=>
    string(4) "!<3>"
    [2]=>
    array(1) {
      ["c"]=>
      string(4) "!<4>"
    }
  }
  [0]=>
  string(4) "!<5>"
}
bool(true)
bool(true)

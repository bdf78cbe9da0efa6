--TEST--
array_merge, array_merge_recursive
--FILE--
<?php
var_dump(array_merge(), array_merge([]), array_merge([5 => "a", "k" => "b"], ["k" => "c", 9 => "d"], [3 => "e"]));
var_dump(array_merge(["a" => 1], ["a" => 2, "b" => 3]), array_merge([1, 2], [2 => 3]), array_merge([], [7 => 1]));
$m = array_merge([-5 => "x"]);
$m[] = "y";
var_dump($m);
var_dump(array_merge_recursive(["a" => [1], "b" => 2, 5 => 9], ["a" => [3], "b" => 4, 5 => 10], ["a" => "s", "b" => ["x" => 1]]));
var_dump(array_merge_recursive(["a" => null], ["a" => 1]));
var_dump(array_merge_recursive(["a" => ["k" => 1, 3 => "n"]], ["a" => ["k" => 2, 3 => "m"]]));
var_dump(array_merge_recursive(), array_merge_recursive([1, 2], [3]));
// Elements that are references shared with a variable stay references; others are copied.
$a = [3, 1, 2];
foreach ($a as &$v) {}
$merged = array_merge($a, ["k" => 0]);
$merged[2] = 99;
var_dump($v);
unset($v);
$b = [1, 2];
foreach ($b as &$w) {}
unset($w);
$copy = array_merge($b);
$copy[1] = 5;
var_dump($b);
// The arguments are not changed.
$x = ["a" => [1]];
$y = ["a" => [2]];
$r = array_merge_recursive($x, $y);
var_dump($x, $y);
--EXPECT--
array(0) {
}
array(0) {
}
array(4) {
  [0]=>
  string(1) "a"
  ["k"]=>
  string(1) "c"
  [1]=>
  string(1) "d"
  [2]=>
  string(1) "e"
}
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
array(4) {
  ["a"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(3)
    [2]=>
    string(1) "s"
  }
  ["b"]=>
  array(3) {
    [0]=>
    int(2)
    [1]=>
    int(4)
    ["x"]=>
    int(1)
  }
  [0]=>
  int(9)
  [1]=>
  int(10)
}
array(1) {
  ["a"]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    int(1)
  }
}
array(1) {
  ["a"]=>
  array(3) {
    ["k"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
    [3]=>
    string(1) "n"
    [4]=>
    string(1) "m"
  }
}
array(0) {
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(99)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  ["a"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(1) {
  ["a"]=>
  array(1) {
    [0]=>
    int(2)
  }
}

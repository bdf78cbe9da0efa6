--TEST--
array_replace, array_replace_recursive, array_change_key_case
--FILE--
<?php
var_dump(array_replace([1, 2, 3], [1 => "b"], [3 => "d", "k" => "v"]));
var_dump(array_replace(["a" => 1]), array_replace([], []), array_replace([5 => 1], [5 => 2, 6 => 3]));
var_dump(array_replace_recursive(["a" => [1, 2, "x" => [3]], "b" => 1, 0 => [9]], ["a" => [1 => "B", "x" => ["y"]], "b" => [2], 0 => "s"]));
var_dump(array_replace_recursive(["a" => 1], ["a" => [1]], ["a" => [2 => 2]]));
var_dump(array_change_key_case(["Ab" => 1, "CD" => 2, 5 => 3, "é" => 4, "ab" => 5]), array_change_key_case(["Ab" => 1, "aB" => 2], CASE_UPPER), array_change_key_case([], 5));
$orig = ["k" => [1]];
$r = array_replace_recursive($orig, ["k" => [5]]);
var_dump($orig);
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  string(1) "b"
  [2]=>
  int(3)
  [3]=>
  string(1) "d"
  ["k"]=>
  string(1) "v"
}
array(1) {
  ["a"]=>
  int(1)
}
array(0) {
}
array(2) {
  [5]=>
  int(2)
  [6]=>
  int(3)
}
array(3) {
  ["a"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    string(1) "B"
    ["x"]=>
    array(1) {
      [0]=>
      string(1) "y"
    }
  }
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
  [0]=>
  string(1) "s"
}
array(1) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [2]=>
    int(2)
  }
}
array(4) {
  ["ab"]=>
  int(5)
  ["cd"]=>
  int(2)
  [5]=>
  int(3)
  ["é"]=>
  int(4)
}
array(1) {
  ["AB"]=>
  int(2)
}
array(0) {
}
array(1) {
  ["k"]=>
  array(1) {
    [0]=>
    int(1)
  }
}

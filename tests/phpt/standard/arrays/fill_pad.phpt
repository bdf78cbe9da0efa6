--TEST--
array_fill, array_fill_keys, array_pad
--FILE--
<?php
var_dump(array_fill(5, 3, "v"), array_fill(-3, 3, 0), array_fill(0, 0, 1), array_fill(0, 1, [1]));
// Since PHP 8 the keys after a negative start count up from it.
$f = array_fill(-5, 2, 1);
$f[] = 2;
var_dump($f);
var_dump(array_fill_keys(["a", 5, "10", 1.5, true, null, "05"], [0]));
var_dump(array_fill_keys([], 1), array_fill_keys(["a", "a"], 2));
var_dump(array_pad([1, 2], 4, 0), array_pad([1, 2], -4, 0));
var_dump(array_pad(["a" => 1, 5 => 2], 4, "p"), array_pad(["a" => 1, 5 => 2], -4, "p"));
var_dump(array_pad([1, 2, 3], 2, 0), array_pad([1, 2, 3], -3, 0), array_pad([], 2, null), array_pad([], 0, 1));
--EXPECT--
array(3) {
  [5]=>
  string(1) "v"
  [6]=>
  string(1) "v"
  [7]=>
  string(1) "v"
}
array(3) {
  [-3]=>
  int(0)
  [-2]=>
  int(0)
  [-1]=>
  int(0)
}
array(0) {
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(3) {
  [-5]=>
  int(1)
  [-4]=>
  int(1)
  [-3]=>
  int(2)
}
array(7) {
  ["a"]=>
  array(1) {
    [0]=>
    int(0)
  }
  [5]=>
  array(1) {
    [0]=>
    int(0)
  }
  [10]=>
  array(1) {
    [0]=>
    int(0)
  }
  ["1.5"]=>
  array(1) {
    [0]=>
    int(0)
  }
  [1]=>
  array(1) {
    [0]=>
    int(0)
  }
  [""]=>
  array(1) {
    [0]=>
    int(0)
  }
  ["05"]=>
  array(1) {
    [0]=>
    int(0)
  }
}
array(0) {
}
array(1) {
  ["a"]=>
  int(2)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(1)
  [3]=>
  int(2)
}
array(4) {
  ["a"]=>
  int(1)
  [0]=>
  int(2)
  [1]=>
  string(1) "p"
  [2]=>
  string(1) "p"
}
array(4) {
  [0]=>
  string(1) "p"
  [1]=>
  string(1) "p"
  ["a"]=>
  int(1)
  [2]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
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
array(2) {
  [0]=>
  NULL
  [1]=>
  NULL
}
array(0) {
}

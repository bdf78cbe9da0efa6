--TEST--
Nested element assignment: keys first, then the value, then the containers (a value that replaces the array leaves nothing dangling); [] inside a write
--FILE--
<?php
$a = [];
$a[]['x'] = 1;
$a[][] = 2;
$a['k']['j'][] = 3;
var_dump($a);
$x = [[0], 0];
function mod($b) { global $x; $x = $b; return 0; }
$x[mod([[1], 1])][mod([[2], 2])] = [10][mod([[3], 3])];
var_dump($x);
$i = 0;
$arr = [];
$arr[$i++][$i++] = $i++;
var_dump($arr);
--EXPECTF--
array(3) {
  [0]=>
  array(1) {
    ["x"]=>
    int(1)
  }
  [1]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["k"]=>
  array(1) {
    ["j"]=>
    array(1) {
      [0]=>
      int(3)
    }
  }
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(10)
  }
  [1]=>
  int(3)
}
array(1) {
  [0]=>
  array(1) {
    [1]=>
    int(2)
  }
}

--TEST--
array_push(): the next key is taken
--FILE--
<?php
$a = [1];
array_push($a, 1, 2);
var_dump($a);
$b = [PHP_INT_MAX => 1];
array_push($b, 1);
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(1)
  [2]=>
  int(2)
}

Fatal error: Uncaught Error: Cannot add element to the array as the next element is already occupied in %s:6
Stack trace:
#0 %A{main}
  thrown in %s on line 6

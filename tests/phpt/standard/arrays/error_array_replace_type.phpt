--TEST--
array_replace(): the replacements must be arrays
--FILE--
<?php
var_dump(array_replace([1], [2]));
array_replace([1], [2], "x");
--EXPECTF--
array(1) {
  [0]=>
  int(2)
}

Fatal error: Uncaught TypeError: array_replace(): Argument #3 must be of type array, string given in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3

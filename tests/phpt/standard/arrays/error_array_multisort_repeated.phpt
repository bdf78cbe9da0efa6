--TEST--
array_multisort(): the same kind of flag twice after one array
--FILE--
<?php
$a = [1];
$f = SORT_DESC;
array_multisort($a, $f, $f);
--EXPECTF--
Fatal error: Uncaught TypeError: array_multisort(): Argument #3 must be an array or a sort flag that has not already been specified in %s:4
Stack trace:
#0 %A{main}
  thrown in %s on line 4

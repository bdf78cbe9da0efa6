--TEST--
array_multisort(): arrays of different sizes
--FILE--
<?php
$a = [1];
$b = [1, 2];
array_multisort($a, $b);
--EXPECTF--
Fatal error: Uncaught ValueError: Array sizes are inconsistent in %s:4
Stack trace:
#0 %A{main}
  thrown in %s on line 4

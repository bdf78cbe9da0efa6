--TEST--
array_multisort(): an unknown flag
--FILE--
<?php
$a = [1];
$f = 99;
array_multisort($a, $f);
--EXPECTF--
Fatal error: Uncaught ValueError: array_multisort(): Argument #2 must be a valid sort flag in %s:4
Stack trace:
#0 %A{main}
  thrown in %s on line 4

--TEST--
array_multisort(): neither an array nor a flag
--FILE--
<?php
$a = [1];
$s = "x";
array_multisort($a, $s);
--EXPECTF--
Fatal error: Uncaught TypeError: array_multisort(): Argument #2 must be an array or a sort flag in %s:4
Stack trace:
#0 %A{main}
  thrown in %s on line 4

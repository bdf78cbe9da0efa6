--TEST--
array_udiff_uassoc(): an array where a callback belongs
--FILE--
<?php
function c($a, $b) { return 0; }
array_udiff_uassoc([1], [2], "c");
--EXPECTF--
Fatal error: Uncaught TypeError: array_udiff_uassoc(): Argument #2 must be a valid callback, array callback must have exactly two members in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3

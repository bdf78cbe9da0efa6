--TEST--
preg_match(): the smallest integer is no offset
--FILE--
<?php
var_dump(preg_match('/a/', 'a', $m, 0, PHP_INT_MIN + 1));
preg_match('/a/', 'a', $m, 0, PHP_INT_MIN);
--EXPECTF--
int(1)

Fatal error: Uncaught ValueError: preg_match(): Argument #5 ($offset) must be greater than -9223372036854775808 in %s:3
Stack trace:
%a
  thrown in %s on line 3

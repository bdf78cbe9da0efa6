--TEST--
round: a non-numeric string is a TypeError
--FILE--
<?php
round("abc");
--EXPECTF--

Fatal error: Uncaught TypeError: round(): Argument #1 ($num) must be of type int|float, string given in %s:%d
Stack trace:
%A  thrown in %s on line %d

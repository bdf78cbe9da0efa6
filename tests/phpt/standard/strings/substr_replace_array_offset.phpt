--TEST--
substr_replace: an array offset with a string subject is a TypeError
--FILE--
<?php
substr_replace("abc", "x", [1]);
--EXPECTF--

Fatal error: Uncaught TypeError: substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string in %s:%d
Stack trace:
%A  thrown in %s on line %d

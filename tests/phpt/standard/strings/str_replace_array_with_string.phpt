--TEST--
str_replace: an array replacement for a string search is a TypeError
--FILE--
<?php
str_replace("a", ["b"], "abc");
--EXPECTF--

Fatal error: Uncaught TypeError: str_replace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string in %s:%d
Stack trace:
%A  thrown in %s on line %d

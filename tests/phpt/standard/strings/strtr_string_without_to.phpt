--TEST--
strtr: two arguments need an array
--FILE--
<?php
strtr("abc", "ab");
--EXPECTF--

Fatal error: Uncaught TypeError: strtr(): Argument #2 ($from) must be of type array, string given in %s:%d
Stack trace:
%A  thrown in %s on line %d

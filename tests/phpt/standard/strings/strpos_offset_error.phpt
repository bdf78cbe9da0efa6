--TEST--
strpos: an offset outside the haystack is a ValueError
--FILE--
<?php
var_dump(strpos("abc", "a", 3));
strpos("abc", "a", -4);
--EXPECTF--
bool(false)

Fatal error: Uncaught ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:%d
Stack trace:
%A  thrown in %s on line %d

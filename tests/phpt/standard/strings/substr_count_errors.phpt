--TEST--
substr_count: an empty needle and a length past the end
--FILE--
<?php
var_dump(substr_count("abc", "a", 3));
substr_count("abc", "a", 1, 3);
--EXPECTF--
int(0)

Fatal error: Uncaught ValueError: substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack) in %s:%d
Stack trace:
%A  thrown in %s on line %d

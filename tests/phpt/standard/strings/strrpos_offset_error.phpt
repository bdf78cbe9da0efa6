--TEST--
strrpos: an offset past the end is a ValueError
--FILE--
<?php
strrpos("abc", "a", 4);
--EXPECTF--

Fatal error: Uncaught ValueError: strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:%d
Stack trace:
%A  thrown in %s on line %d

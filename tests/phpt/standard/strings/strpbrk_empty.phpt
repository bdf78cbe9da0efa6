--TEST--
strpbrk: an empty character list is a ValueError
--FILE--
<?php
strpbrk("abc", "");
--EXPECTF--

Fatal error: Uncaught ValueError: strpbrk(): Argument #2 ($characters) must be a non-empty string in %s:%d
Stack trace:
%A  thrown in %s on line %d

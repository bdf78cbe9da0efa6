--TEST--
strncmp: a negative length is a ValueError
--FILE--
<?php
strncmp("a", "b", -1);
--EXPECTF--

Fatal error: Uncaught ValueError: strncmp(): Argument #3 ($length) must be greater than or equal to 0 in %s:%d
Stack trace:
%A  thrown in %s on line %d

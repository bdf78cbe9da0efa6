--TEST--
random_int: min above max is a ValueError
--FILE--
<?php
random_int(2, 1);
--EXPECTF--

Fatal error: Uncaught ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max) in %s:%d
Stack trace:
%A  thrown in %s on line %d

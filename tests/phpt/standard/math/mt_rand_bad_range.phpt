--TEST--
mt_rand: max below min is a ValueError
--FILE--
<?php
mt_rand(10, 1);
--EXPECTF--

Fatal error: Uncaught ValueError: mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min) in %s:%d
Stack trace:
%A  thrown in %s on line %d

--TEST--
log: a base of 0 or below is a ValueError
--FILE--
<?php
log(10, 0);
--EXPECTF--

Fatal error: Uncaught ValueError: log(): Argument #2 ($base) must be greater than 0 in %s:%d
Stack trace:
%A  thrown in %s on line %d

--TEST--
vsprintf: too few array items is a ValueError
--FILE--
<?php
vsprintf("%s %s", [1]);
--EXPECTF--

Fatal error: Uncaught ValueError: The arguments array must contain 2 items, 1 given in %s:%d
Stack trace:
%A  thrown in %s on line %d

--TEST--
sprintf: a width argument must be an int
--FILE--
<?php
sprintf("%*d", "5", 1);
--EXPECTF--

Fatal error: Uncaught ValueError: Width must be an integer in %s:%d
Stack trace:
%A  thrown in %s on line %d

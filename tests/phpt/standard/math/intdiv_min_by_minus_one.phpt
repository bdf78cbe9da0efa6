--TEST--
intdiv: PHP_INT_MIN by -1 is an ArithmeticError
--FILE--
<?php
intdiv(PHP_INT_MIN, -1);
--EXPECTF--

Fatal error: Uncaught ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer in %s:%d
Stack trace:
%A  thrown in %s on line %d

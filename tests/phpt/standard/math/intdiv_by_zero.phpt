--TEST--
intdiv: division by zero is a DivisionByZeroError
--FILE--
<?php
intdiv(1, 0);
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:%d
Stack trace:
%A  thrown in %s on line %d

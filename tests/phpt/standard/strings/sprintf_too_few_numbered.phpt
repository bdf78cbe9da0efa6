--TEST--
sprintf: a numbered argument past the end is an ArgumentCountError
--FILE--
<?php
printf('%3$s', 1, 2);
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: 4 arguments are required, 3 given in %s:%d
Stack trace:
%A  thrown in %s on line %d

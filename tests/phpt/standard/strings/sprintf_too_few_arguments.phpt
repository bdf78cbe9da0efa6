--TEST--
sprintf: too few arguments is an ArgumentCountError
--FILE--
<?php
sprintf("%s %s", 1);
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: 3 arguments are required, 2 given in %s:%d
Stack trace:
%A  thrown in %s on line %d

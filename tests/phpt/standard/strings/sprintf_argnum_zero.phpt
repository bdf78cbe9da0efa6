--TEST--
sprintf: argument number zero is a ValueError
--FILE--
<?php
sprintf('%0$s', 1);
--EXPECTF--

Fatal error: Uncaught ValueError: Argument number specifier must be greater than zero and less than 2147483647 in %s:%d
Stack trace:
%A  thrown in %s on line %d

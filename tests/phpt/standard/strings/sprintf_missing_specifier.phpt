--TEST--
sprintf: a lone percent sign at the end is a ValueError
--FILE--
<?php
sprintf("100%", 1);
--EXPECTF--

Fatal error: Uncaught ValueError: Missing format specifier at end of string in %s:%d
Stack trace:
%A  thrown in %s on line %d

--TEST--
sprintf: an unknown conversion is a ValueError
--FILE--
<?php
sprintf("%y", 1);
--EXPECTF--

Fatal error: Uncaught ValueError: Unknown format specifier "y" in %s:%d
Stack trace:
%A  thrown in %s on line %d

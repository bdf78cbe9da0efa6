--TEST--
sprintf: a quote with no padding character is a ValueError
--FILE--
<?php
sprintf("%'", 1);
--EXPECTF--

Fatal error: Uncaught ValueError: Missing padding character in %s:%d
Stack trace:
%A  thrown in %s on line %d

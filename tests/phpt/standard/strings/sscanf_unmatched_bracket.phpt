--TEST--
sscanf: an unmatched bracket is a ValueError
--FILE--
<?php
sscanf("abc", "%[abc");
--EXPECTF--

Fatal error: Uncaught ValueError: Unmatched [ in format string in %s:%d
Stack trace:
%A  thrown in %s on line %d

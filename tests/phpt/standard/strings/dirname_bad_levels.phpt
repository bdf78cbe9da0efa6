--TEST--
dirname: levels below 1 is a ValueError
--FILE--
<?php
dirname("/a/b", 0);
--EXPECTF--

Fatal error: Uncaught ValueError: dirname(): Argument #2 ($levels) must be greater than or equal to 1 in %s:%d
Stack trace:
%A  thrown in %s on line %d

--TEST--
explode: an empty separator is a ValueError
--FILE--
<?php
explode("", "abc");
--EXPECTF--

Fatal error: Uncaught ValueError: explode(): Argument #1 ($separator) cannot be empty in %s:%d
Stack trace:
%A  thrown in %s on line %d

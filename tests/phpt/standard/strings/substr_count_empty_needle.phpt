--TEST--
substr_count: an empty needle is a ValueError
--FILE--
<?php
substr_count("abc", "");
--EXPECTF--

Fatal error: Uncaught ValueError: substr_count(): Argument #2 ($needle) cannot be empty in %s:%d
Stack trace:
%A  thrown in %s on line %d

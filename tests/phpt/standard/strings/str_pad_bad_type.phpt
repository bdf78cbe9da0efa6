--TEST--
str_pad: an unknown pad type is a ValueError
--FILE--
<?php
str_pad("abc", 5, " ", 3);
--EXPECTF--

Fatal error: Uncaught ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH in %s:%d
Stack trace:
%A  thrown in %s on line %d

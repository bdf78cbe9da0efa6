--TEST--
str_pad: an empty pad string is a ValueError
--FILE--
<?php
var_dump(str_pad("abc", 2, ""));
str_pad("abc", 5, "");
--EXPECTF--
string(3) "abc"

Fatal error: Uncaught ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string in %s:%d
Stack trace:
%A  thrown in %s on line %d

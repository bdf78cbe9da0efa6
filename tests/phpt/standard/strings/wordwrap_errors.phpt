--TEST--
wordwrap: an empty break is a ValueError
--FILE--
<?php
wordwrap("abc def", 2, "");
--EXPECTF--

Fatal error: Uncaught ValueError: wordwrap(): Argument #3 ($break) cannot be empty in %s:%d
Stack trace:
%A  thrown in %s on line %d

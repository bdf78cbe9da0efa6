--TEST--
count_chars: a mode outside 0..4 is a ValueError
--FILE--
<?php
count_chars("abc", 5);
--EXPECTF--

Fatal error: Uncaught ValueError: count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive) in %s:%d
Stack trace:
%A  thrown in %s on line %d

--TEST--
base_convert: a base outside 2..36 is a ValueError
--FILE--
<?php
base_convert("10", 10, 37);
--EXPECTF--

Fatal error: Uncaught ValueError: base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive) in %s:%d
Stack trace:
%A  thrown in %s on line %d

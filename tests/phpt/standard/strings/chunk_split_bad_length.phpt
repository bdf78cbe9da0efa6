--TEST--
chunk_split: a length below 1 is a ValueError
--FILE--
<?php
chunk_split("abc", 0);
--EXPECTF--

Fatal error: Uncaught ValueError: chunk_split(): Argument #2 ($length) must be greater than 0 in %s:%d
Stack trace:
%A  thrown in %s on line %d

--TEST--
random_bytes: length
--FILE--
<?php
var_dump(strlen(random_bytes(16)), strlen(random_bytes(1)), random_bytes(8) !== random_bytes(8));
random_bytes(0);
--EXPECTF--
int(16)
int(1)
bool(true)

Fatal error: Uncaught ValueError: random_bytes(): Argument #1 ($length) must be greater than 0 in %s:%d
Stack trace:
%A  thrown in %s on line %d

--TEST--
preg_match(): an order flag is a ValueError
--FILE--
<?php
$m = 'old';
var_dump(preg_match('/a/', 'a', $m, PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL));
preg_match('/a/', 'a', $m, PREG_SET_ORDER);
--EXPECTF--
int(1)

Fatal error: Uncaught ValueError: preg_match(): Argument #4 ($flags) must be a PREG_* constant in %s:4
Stack trace:
%a
  thrown in %s on line 4

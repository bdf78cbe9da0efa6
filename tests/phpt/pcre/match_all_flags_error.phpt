--TEST--
preg_match_all(): an order other than PREG_PATTERN_ORDER or PREG_SET_ORDER is a ValueError
--FILE--
<?php
var_dump(preg_match_all('/a/', 'aa', $m, PREG_SET_ORDER | PREG_OFFSET_CAPTURE));
preg_match_all('/a/', 'a', $m, 3);
--EXPECTF--
int(2)

Fatal error: Uncaught ValueError: preg_match_all(): Argument #4 ($flags) must be a PREG_* constant in %s:3
Stack trace:
%a
  thrown in %s on line 3

--TEST--
A union type naming a type twice
--FILE--
<?php
function f(int|int $a) {}
--EXPECTF--
Fatal error: Duplicate type int is redundant in %s on line 2
--EXIT_STATUS--
255

--TEST--
fread() with a length of 0 throws ValueError
--FILE--
<?php
$m = fopen('php://memory', 'r');
var_dump(fgets($m, 1));
fread($m, 0);
--EXPECTF--
bool(false)

Fatal error: Uncaught ValueError: fread(): Argument #2 ($length) must be greater than 0 in %s:4
Stack trace:
#0 %a
  thrown in %s on line 4
--EXIT_STATUS--
255

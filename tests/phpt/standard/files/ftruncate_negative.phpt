--TEST--
ftruncate() with a negative size throws ValueError
--FILE--
<?php
$m = fopen('php://memory', 'w');
ftruncate($m, -1);
--EXPECTF--

Fatal error: Uncaught ValueError: ftruncate(): Argument #2 ($size) must be greater than or equal to 0 in %s:3
Stack trace:
#0 %a
  thrown in %s on line 3
--EXIT_STATUS--
255

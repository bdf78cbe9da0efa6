--TEST--
dirname() with levels below 1 throws ValueError
--FILE--
<?php
var_dump(dirname('/a/b', 1));
dirname('/a/b', 0);
--EXPECTF--
string(2) "/a"

Fatal error: Uncaught ValueError: dirname(): Argument #2 ($levels) must be greater than or equal to 1 in %s:3
Stack trace:
#0 %a
  thrown in %s on line 3
--EXIT_STATUS--
255

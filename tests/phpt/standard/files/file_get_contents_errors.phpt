--TEST--
file_get_contents() with a negative length throws ValueError
--FILE--
<?php
var_dump(file_get_contents('/nonexistent/x', false, null, 0, 3));
file_get_contents(__FILE__, false, null, 0, -1);
--EXPECTF--

Warning: file_get_contents(/nonexistent/x): Failed to open stream: No such file or directory in %s on line 2
bool(false)

Fatal error: Uncaught ValueError: file_get_contents(): Argument #5 ($length) must be greater than or equal to 0 in %s:3
Stack trace:
#0 %a
  thrown in %s on line 3
--EXIT_STATUS--
255

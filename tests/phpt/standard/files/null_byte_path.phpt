--TEST--
A path with a NUL byte throws ValueError
--FILE--
<?php
var_dump(file_exists("a\0b"));
file_put_contents("a\0b", 'x');
--EXPECTF--
bool(false)

Fatal error: Uncaught ValueError: file_put_contents(): Argument #1 ($filename) must not contain any null bytes in %s:3
Stack trace:
#0 %a
  thrown in %s on line 3
--EXIT_STATUS--
255

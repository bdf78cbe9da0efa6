--TEST--
declare(strict_types=1): an internal function's parameter refuses a numeric string
--FILE--
<?php
declare(strict_types=1);
echo str_repeat("x", "3");
--EXPECTF--

Fatal error: Uncaught TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given in %s:3
Stack trace:
#0 %s(3): str_repeat('x', '3')
#1 {main}
  thrown in %s on line 3
--EXIT_STATUS--
255

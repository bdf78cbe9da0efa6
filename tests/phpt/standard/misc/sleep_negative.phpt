--TEST--
sleep() with a negative count throws ValueError
--FILE--
<?php
sleep(-5);
--EXPECTF--

Fatal error: Uncaught ValueError: sleep(): Argument #1 ($seconds) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %a
  thrown in %s on line 2
--EXIT_STATUS--
255

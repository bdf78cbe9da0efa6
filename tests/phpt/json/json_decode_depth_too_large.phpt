--TEST--
json_decode() with a depth beyond INT_MAX throws ValueError
--FILE--
<?php
json_decode('[1]', true, PHP_INT_MAX);
--EXPECTF--

Fatal error: Uncaught ValueError: json_decode(): Argument #3 ($depth) must be less than 2147483647 in %s:2
Stack trace:
#0 %a
  thrown in %s on line 2
--EXIT_STATUS--
255

--TEST--
settype() to resource throws ValueError
--FILE--
<?php
$x = 1;
settype($x, 'resource');
--EXPECTF--

Fatal error: Uncaught ValueError: Cannot convert to resource type in %s:3
Stack trace:
#0 %a
  thrown in %s on line 3
--EXIT_STATUS--
255

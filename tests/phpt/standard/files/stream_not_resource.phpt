--TEST--
fwrite() on a string throws TypeError
--FILE--
<?php
fwrite('not a stream', 'data');
--EXPECTF--

Fatal error: Uncaught TypeError: fwrite(): Argument #1 ($stream) must be of type resource, string given in %s:2
Stack trace:
#0 %a
  thrown in %s on line 2
--EXIT_STATUS--
255

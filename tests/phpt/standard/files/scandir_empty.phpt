--TEST--
scandir() with an empty directory name throws ValueError
--FILE--
<?php
scandir('');
--EXPECTF--

Fatal error: Uncaught ValueError: scandir(): Argument #1 ($directory) cannot be empty in %s:2
Stack trace:
#0 %a
  thrown in %s on line 2
--EXIT_STATUS--
255

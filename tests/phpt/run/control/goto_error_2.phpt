--TEST--
goto compile error: goto nope;
--FILE--
<?php goto nope;
--EXPECTF--

Fatal error: 'goto' to undefined label 'nope' in %s on line 1
--EXIT_STATUS--
255

--TEST--
goto compile error: goto a; foreach ([1] as $x) { a: echo 1; }
--FILE--
<?php goto a; foreach ([1] as $x) { a: echo 1; }
--EXPECTF--

Fatal error: 'goto' into loop or switch statement is disallowed in %s on line 1
--EXIT_STATUS--
255

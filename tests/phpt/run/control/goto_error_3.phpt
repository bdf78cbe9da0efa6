--TEST--
goto compile error: a: echo 1; a: ;
--FILE--
<?php a: echo 1; a: ;
--EXPECTF--

Fatal error: Label 'a' already defined in %s on line 1
--EXIT_STATUS--
255

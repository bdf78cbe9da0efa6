--TEST--
=& on a call PHP compiles away (strlen) is a compile error
--FILE--
<?php $ref =& strlen("foo");
--EXPECTF--

Fatal error: Cannot use result of built-in function in write context in %s on line 1
--EXIT_STATUS--
255

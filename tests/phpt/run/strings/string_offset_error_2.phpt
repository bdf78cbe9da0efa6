--TEST--
String offset error: $s="abc"; $s[]="X";
--FILE--
<?php $s="abc"; $s[]="X";
--EXPECTF--

Fatal error: Uncaught Error: [] operator not supported for strings in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255

--TEST--
String offset error: $s="abc"; $s[0][0]="X";
--FILE--
<?php $s="abc"; $s[0][0]="X";
--EXPECTF--

Fatal error: Uncaught Error: Cannot use string offset as an array in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255

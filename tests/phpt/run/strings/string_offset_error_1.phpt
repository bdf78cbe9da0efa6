--TEST--
String offset error: $s="abc"; $s[0]="";
--FILE--
<?php $s="abc"; $s[0]="";
--EXPECTF--

Fatal error: Uncaught Error: Cannot assign an empty string to a string offset in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255

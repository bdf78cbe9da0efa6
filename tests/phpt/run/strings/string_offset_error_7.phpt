--TEST--
String offset error: $s="abc"; echo $s[[]];
--FILE--
<?php $s="abc"; echo $s[[]];
--EXPECTF--

Fatal error: Uncaught TypeError: Cannot access offset of type array on string in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255

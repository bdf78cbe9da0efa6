--TEST--
String offset error: $s="abc"; $x = &$s[1];
--FILE--
<?php $s="abc"; $x = &$s[1];
--EXPECTF--

Fatal error: Uncaught Error: Cannot create references to/from string offsets in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255

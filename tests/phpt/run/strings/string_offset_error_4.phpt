--TEST--
String offset error: $s="abc"; $s[1] .= "X";
--FILE--
<?php $s="abc"; $s[1] .= "X";
--EXPECTF--

Fatal error: Uncaught Error: Cannot use assign-op operators with string offsets in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255

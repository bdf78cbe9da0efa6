--TEST--
foreach with a by-reference key is a compile error
--FILE--
<?php foreach ([1] as &$k => $v) {}
--EXPECTF--

Fatal error: Key element cannot be a reference in %s on line 1
--EXIT_STATUS--
255

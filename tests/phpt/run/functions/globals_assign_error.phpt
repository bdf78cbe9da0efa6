--TEST--
$GLOBALS cannot be assigned as a whole
--FILE--
<?php $GLOBALS = [];
--EXPECTF--

Fatal error: $GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax in %s on line 1
--EXIT_STATUS--
255

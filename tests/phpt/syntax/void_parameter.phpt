--TEST--
A parameter of type void
--FILE--
<?php
function f(void $a) {}
--EXPECTF--
Fatal error: void cannot be used as a parameter type in %s on line 2
--EXIT_STATUS--
255

--TEST--
A variadic parameter that is not the last
--FILE--
<?php
function f(...$a, $b) {}
--EXPECTF--
Fatal error: Only the last parameter can be variadic in %s on line 2
--EXIT_STATUS--
255

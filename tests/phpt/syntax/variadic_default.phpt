--TEST--
A variadic parameter with a default
--FILE--
<?php
function f(...$a = []) {}
--EXPECTF--
Fatal error: Variadic parameter cannot have a default value in %s on line 2
--EXIT_STATUS--
255

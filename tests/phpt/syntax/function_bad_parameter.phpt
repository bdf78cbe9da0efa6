--TEST--
A parameter that is not a variable
--FILE--
<?php
function f(1) {}
--EXPECTF--
Parse error: syntax error, unexpected integer "1", expecting variable in %s on line 2
--EXIT_STATUS--
255

--TEST--
A function declaration statement without a name or parameters
--FILE--
<?php
function {
}
--EXPECTF--
Parse error: syntax error, unexpected token "{", expecting "(" in %s on line 2
--EXIT_STATUS--
255

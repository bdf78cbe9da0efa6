--TEST--
if without a condition
--FILE--
<?php
if {
}
--EXPECTF--
Parse error: syntax error, unexpected token "{", expecting "(" in %s on line 2
--EXIT_STATUS--
255

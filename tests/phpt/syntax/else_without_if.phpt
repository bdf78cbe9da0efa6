--TEST--
else with no if
--FILE--
<?php
$a = 1;
else {
}
--EXPECTF--
Parse error: syntax error, unexpected token "else", expecting end of file in %s on line 3
--EXIT_STATUS--
255

--TEST--
A case label without its colon
--FILE--
<?php
switch ($a) {
    case 1
        break;
}
--EXPECTF--
Parse error: syntax error, unexpected token "break" in %s on line 4
--EXIT_STATUS--
255

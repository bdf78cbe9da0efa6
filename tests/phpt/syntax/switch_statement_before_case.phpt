--TEST--
A statement before the first case
--FILE--
<?php
switch ($a) {
    echo 1;
}
--EXPECTF--
Parse error: syntax error, unexpected token "echo", expecting "case" or "default" or "}" in %s on line 3
--EXIT_STATUS--
255

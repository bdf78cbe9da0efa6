--TEST--
global with an expression
--FILE--
<?php
function f() {
    global $a->b;
}
--EXPECTF--
Parse error: syntax error, unexpected token "->", expecting "," or ";" in %s on line 3
--EXIT_STATUS--
255

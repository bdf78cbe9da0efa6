--TEST--
const inside a function body
--FILE--
<?php
function f() {
    const X = 1;
}
--EXPECTF--
Parse error: syntax error, unexpected token "const" in %s on line 3
--EXIT_STATUS--
255

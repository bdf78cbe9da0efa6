--TEST--
use (an import) inside a function body
--FILE--
<?php
function f() {
    use A\B;
}
--EXPECTF--
Parse error: syntax error, unexpected token "use" in %s on line 3
--EXIT_STATUS--
255

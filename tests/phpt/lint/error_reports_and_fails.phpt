--TEST--
-l with a syntax error: the error, "Errors parsing", exit status 255
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
function f() {
    return 1
}
--EXPECTF--
Parse error: syntax error, unexpected token "}", expecting ";" in %s on line 4
Errors parsing %s
--EXIT_STATUS--
255

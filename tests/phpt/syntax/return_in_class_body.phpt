--TEST--
return directly in a class body
--FILE--
<?php
class A {
    return 1;
}
--EXPECTF--
Parse error: syntax error, unexpected token "return", expecting "function" or "const" in %s on line 3
--EXIT_STATUS--
255

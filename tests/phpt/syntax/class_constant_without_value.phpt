--TEST--
A class constant without a value
--FILE--
<?php
class A {
    const X;
}
--EXPECTF--
Parse error: syntax error, unexpected token ";", expecting "=" in %s on line 3
--EXIT_STATUS--
255

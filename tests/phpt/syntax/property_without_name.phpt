--TEST--
A readonly property with a type but no name
--FILE--
<?php
class A {
    public readonly int;
}
--EXPECTF--
Parse error: syntax error, unexpected token ";", expecting variable in %s on line 3
--EXIT_STATUS--
255

--TEST--
A property without a visibility or var
--FILE--
<?php
class A {
    $x = 1;
}
--EXPECTF--
Parse error: syntax error, unexpected variable "$x", expecting "function" or "const" in %s on line 3
--EXIT_STATUS--
255

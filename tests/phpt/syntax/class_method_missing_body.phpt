--TEST--
A method declaration cut off at its parameter list
--FILE--
<?php
class A {
    public function f(
}
--EXPECTF--
Parse error: Unclosed '(' on line 3 does not match '}' in %s on line 4
--EXIT_STATUS--
255

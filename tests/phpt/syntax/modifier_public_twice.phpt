--TEST--
Two visibility modifiers on a method
--FILE--
<?php
class A {
    public private function f() {}
}
--EXPECTF--
Fatal error: Multiple access type modifiers are not allowed in %s on line 3
--EXIT_STATUS--
255

--TEST--
abstract twice on a method
--FILE--
<?php
abstract class A {
    abstract abstract function f();
}
--EXPECTF--
Fatal error: Multiple abstract modifiers are not allowed in %s on line 3
--EXIT_STATUS--
255

--TEST--
An abstract method with a body
--FILE--
<?php
abstract class A {
    abstract function f() {}
}
--EXPECTF--
Fatal error: Abstract function A::f() cannot contain body in %s on line 3
--EXIT_STATUS--
255

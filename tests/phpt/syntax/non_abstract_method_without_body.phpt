--TEST--
A method without a body in a plain class
--FILE--
<?php
class A {
    function f();
}
--EXPECTF--
Fatal error: Non-abstract method A::f() must contain body in %s on line 3
--EXIT_STATUS--
255

--TEST--
A method both abstract and final
--FILE--
<?php
abstract class A {
    abstract final function f();
}
--EXPECTF--
Fatal error: Cannot use the final modifier on an abstract class member in %s on line 3
--EXIT_STATUS--
255

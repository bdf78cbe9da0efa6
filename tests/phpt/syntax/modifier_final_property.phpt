--TEST--
A final property
--FILE--
<?php
class A {
    final public $x;
}
--EXPECTF--
Fatal error: Cannot declare property A::$x final, the final modifier is allowed only for methods, classes, and class constants in %s on line 3
--EXIT_STATUS--
255

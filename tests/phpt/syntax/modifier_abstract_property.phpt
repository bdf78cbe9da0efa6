--TEST--
An abstract property
--FILE--
<?php
abstract class A {
    abstract public $x;
}
--EXPECTF--
Fatal error: Properties cannot be declared abstract in %s on line 3
--EXIT_STATUS--
255

--TEST--
An interface method with a body
--FILE--
<?php
interface I {
    public function f() {}
}
--EXPECTF--
Fatal error: Interface function I::f() cannot contain body in %s on line 3
--EXIT_STATUS--
255

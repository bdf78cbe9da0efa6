--TEST--
readonly on a method
--FILE--
<?php
class A {
    public readonly function f() {}
}
--EXPECTF--
Fatal error: Cannot use 'readonly' as method modifier in %s on line 3
--EXIT_STATUS--
255

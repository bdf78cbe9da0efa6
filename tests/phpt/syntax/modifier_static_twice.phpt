--TEST--
static twice on a property
--FILE--
<?php
class A {
    public static static $x;
}
--EXPECTF--
Fatal error: Multiple static modifiers are not allowed in %s on line 3
--EXIT_STATUS--
255

--TEST--
static is not a constant modifier
--FILE--
<?php
class A {
    static const X = 1;
}
--EXPECTF--
Fatal error: Cannot use 'static' as constant modifier in %s on line 3
--EXIT_STATUS--
255

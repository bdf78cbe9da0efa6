--TEST--
A promoted constructor parameter that is variadic
--FILE--
<?php
class A {
    public function __construct(public ...$x) {}
}
--EXPECTF--
Fatal error: Cannot declare variadic promoted property in %s on line 3
--EXIT_STATUS--
255

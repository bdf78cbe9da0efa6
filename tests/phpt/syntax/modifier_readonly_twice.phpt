--TEST--
readonly twice on a property
--FILE--
<?php
class A {
    public readonly readonly int $x;
}
--EXPECTF--
Fatal error: Multiple readonly modifiers are not allowed in %s on line 3
--EXIT_STATUS--
255

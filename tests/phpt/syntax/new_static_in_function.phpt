--TEST--
new static outside a class
--FILE--
<?php
function f() {
    return new static;
}
--EXPECTF--
Fatal error: Cannot use "static" when no class scope is active in %s on line 3
--EXIT_STATUS--
255

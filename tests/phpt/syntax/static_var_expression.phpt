--TEST--
static with a non-constant initial value is allowed in 8.3, not 8.2
--FILE--
<?php
function f() {
    static $a = g();
}
--EXPECTF--
Fatal error: Constant expression contains invalid operations in %s on line 3
--EXIT_STATUS--
255

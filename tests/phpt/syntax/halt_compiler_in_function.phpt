--TEST--
__halt_compiler() inside a function
--FILE--
<?php
function f() {
    __halt_compiler();
}
--EXPECTF--
Fatal error: __HALT_COMPILER() can only be used from the outermost scope in %s on line 3
--EXIT_STATUS--
255

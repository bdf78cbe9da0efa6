--TEST--
Assigning to $this
--FILE--
<?php
class A {
    function f() {
        $this = 1;
    }
}
--EXPECTF--
Fatal error: Cannot re-assign $this in %s on line 4
--EXIT_STATUS--
255

--TEST--
An interface cannot hold properties
--FILE--
<?php
interface I {
    public $x;
}
--EXPECTF--
Fatal error: Interfaces may not include properties in %s on line 3
--EXIT_STATUS--
255

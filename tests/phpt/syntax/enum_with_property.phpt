--TEST--
An enum with a property
--FILE--
<?php
enum E {
    public $x;
}
--EXPECTF--
Fatal error: Enum E cannot include properties in %s on line 3
--EXIT_STATUS--
255

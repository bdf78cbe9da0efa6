--TEST--
switch with two default labels
--FILE--
<?php
switch ($a) {
    default: break;
    default: break;
}
--EXPECTF--
Fatal error: Switch statements may only contain one default clause in %s on line 4
--EXIT_STATUS--
255

--TEST--
An empty list() on the left of an assignment
--FILE--
<?php
list() = $a;
--EXPECTF--
Fatal error: Cannot use empty list in %s on line 2
--EXIT_STATUS--
255

--TEST--
list() with a literal target
--FILE--
<?php
[$a, 1] = $b;
--EXPECTF--
Fatal error: Assignments can only happen to writable values in %s on line 2
--EXIT_STATUS--
255

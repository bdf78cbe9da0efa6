--TEST--
Assigning to a function call
--FILE--
<?php
f() = 1;
--EXPECTF--
Fatal error: Can't use function return value in write context in %s on line 2
--EXIT_STATUS--
255

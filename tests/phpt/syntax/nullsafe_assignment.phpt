--TEST--
Assigning to a nullsafe chain
--FILE--
<?php
$a?->b = 1;
--EXPECTF--
Fatal error: Can't use nullsafe operator in write context in %s on line 2
--EXIT_STATUS--
255

--TEST--
The removed (real) cast
--FILE--
<?php
$a = (real) 1;
--EXPECTF--
Parse error: The (real) cast has been removed, use (float) instead in %s on line 2
--EXIT_STATUS--
255

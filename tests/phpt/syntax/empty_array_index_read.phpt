--TEST--
Reading $a[] in an expression
--FILE--
<?php
$b = $a[];
--EXPECTF--
Fatal error: Cannot use [] for reading in %s on line 2
--EXIT_STATUS--
255

--TEST--
Two commas in a row in a list
--FILE--
<?php
$a = [1,, 2];
--EXPECTF--
Fatal error: Cannot use empty array elements in arrays in %s on line 2
--EXIT_STATUS--
255

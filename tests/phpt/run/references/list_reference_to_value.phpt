--TEST--
A by-reference destructuring element needs a variable to refer into
--FILE--
<?php [&$a] = [1];
--EXPECTF--

Fatal error: Cannot assign reference to non referenceable value in %s on line 1
--EXIT_STATUS--
255

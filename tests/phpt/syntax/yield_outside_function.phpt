--TEST--
yield at the top level
--FILE--
<?php
yield 1;
--EXPECTF--
Fatal error: The "yield" expression can only be used inside a function in %s on line 2
--EXIT_STATUS--
255

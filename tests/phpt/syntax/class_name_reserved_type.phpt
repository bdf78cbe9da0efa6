--TEST--
A class named int
--FILE--
<?php
class int {}
--EXPECTF--
Fatal error: Cannot use 'int' as class name as it is reserved in %s on line 2
--EXIT_STATUS--
255

--TEST--
strict_types with a value other than 0 or 1
--FILE--
<?php
declare(strict_types=2);
--EXPECTF--
Fatal error: strict_types declaration must have 0 or 1 as its value in %s on line 2
--EXIT_STATUS--
255

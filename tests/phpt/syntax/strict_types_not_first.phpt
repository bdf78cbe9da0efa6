--TEST--
strict_types after other code
--FILE--
<?php
echo 1;
declare(strict_types=1);
--EXPECTF--
Fatal error: strict_types declaration must be the very first statement in the script in %s on line 3
--EXIT_STATUS--
255

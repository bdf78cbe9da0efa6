--TEST--
An unknown declare directive is a warning
--FILE--
<?php
declare(unknown=1);
--EXPECTF--
Warning: Unsupported declare 'unknown' in %s on line 2
--EXIT_STATUS--
0

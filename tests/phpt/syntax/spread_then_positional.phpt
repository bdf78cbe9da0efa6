--TEST--
A positional argument after an unpacked one
--FILE--
<?php
f(...$a, 1);
--EXPECTF--
Fatal error: Cannot use positional argument after argument unpacking in %s on line 2
--EXIT_STATUS--
255

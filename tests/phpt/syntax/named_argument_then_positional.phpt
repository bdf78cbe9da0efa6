--TEST--
A positional argument after a named one
--FILE--
<?php
f(a: 1, 2);
--EXPECTF--
Fatal error: Cannot use positional argument after named argument in %s on line 2
--EXIT_STATUS--
255

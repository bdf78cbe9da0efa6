--TEST--
continue outside a loop
--FILE--
<?php
continue;
--EXPECTF--
Fatal error: 'continue' not in the 'loop' or 'switch' context in %s on line 2
--EXIT_STATUS--
255

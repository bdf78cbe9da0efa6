--TEST--
break 2 in a single loop
--FILE--
<?php
while (1) {
    break 2;
}
--EXPECTF--
Fatal error: Cannot 'break' 2 levels in %s on line 3
--EXIT_STATUS--
255

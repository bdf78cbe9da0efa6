--TEST--
break 0 is not allowed
--FILE--
<?php
while (1) {
    break 0;
}
--EXPECTF--
Fatal error: 'break' operator accepts only positive integers in %s on line 3
--EXIT_STATUS--
255

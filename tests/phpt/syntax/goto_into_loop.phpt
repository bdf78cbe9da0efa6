--TEST--
goto into a loop
--FILE--
<?php
goto inside;
while (0) {
    inside:
}
--EXPECTF--
Fatal error: 'goto' into loop or switch statement is disallowed in %s on line 2
--EXIT_STATUS--
255

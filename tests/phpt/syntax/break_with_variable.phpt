--TEST--
break takes a number, not a variable
--FILE--
<?php
while (1) {
    break $a;
}
--EXPECTF--
Fatal error: 'break' operator with non-integer operand is no longer supported in %s on line 3
--EXIT_STATUS--
255

--TEST--
A closing parenthesis with nothing to close
--FILE--
<?php
$a = (1 + 2));
--EXPECTF--
Parse error: Unmatched ')' in %s on line 2
--EXIT_STATUS--
255

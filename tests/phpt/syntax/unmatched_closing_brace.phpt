--TEST--
A closing brace with nothing to close
--FILE--
<?php
$a = 1;
}
--EXPECTF--
Parse error: Unmatched '}' in %s on line 3
--EXIT_STATUS--
255

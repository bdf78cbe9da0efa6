--TEST--
The nullable mixed type
--FILE--
<?php
function f(?mixed $a) {}
--EXPECTF--
Fatal error: Type mixed cannot be marked as nullable since mixed already includes null in %s on line 2
--EXIT_STATUS--
255

--TEST--
readonly twice on a class
--FILE--
<?php
readonly readonly class A {}
--EXPECTF--
Fatal error: Multiple readonly modifiers are not allowed in %s on line 2
--EXIT_STATUS--
255

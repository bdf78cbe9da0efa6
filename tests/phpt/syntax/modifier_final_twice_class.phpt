--TEST--
final twice on a class
--FILE--
<?php
final final class A {}
--EXPECTF--
Fatal error: Multiple final modifiers are not allowed in %s on line 2
--EXIT_STATUS--
255

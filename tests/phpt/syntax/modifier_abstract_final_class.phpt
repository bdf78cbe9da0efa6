--TEST--
A class both abstract and final
--FILE--
<?php
abstract final class A {}
--EXPECTF--
Fatal error: Cannot use the final modifier on an abstract class in %s on line 2
--EXIT_STATUS--
255

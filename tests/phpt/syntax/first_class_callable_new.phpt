--TEST--
A first-class callable made from new
--FILE--
<?php
$f = new Foo(...);
--EXPECTF--
Fatal error: Cannot create Closure for new expression in %s on line 2
--EXIT_STATUS--
255

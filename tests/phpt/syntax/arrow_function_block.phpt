--TEST--
An arrow function with a block body
--FILE--
<?php
$f = fn($x) => { return $x; };
--EXPECTF--
Parse error: syntax error, unexpected token "{" in %s on line 2
--EXIT_STATUS--
255

--TEST--
Two parameters with the same name
--FILE--
<?php
function f($a, $a) {}
--EXPECTF--
Fatal error: Redefinition of parameter $a in %s on line 2
--EXIT_STATUS--
255

--TEST--
$this as a parameter name
--FILE--
<?php
function f($this) {}
--EXPECTF--
Fatal error: Cannot use $this as parameter in %s on line 2
--EXIT_STATUS--
255

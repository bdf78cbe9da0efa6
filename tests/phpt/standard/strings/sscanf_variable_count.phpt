--TEST--
sscanf: variables that no conversion assigns are a ValueError
--FILE--
<?php
sscanf("1 2", "%d", $a, $b);
--EXPECTF--

Fatal error: Uncaught ValueError: Variable is not assigned by any conversion specifiers in %s:%d
Stack trace:
%A  thrown in %s on line %d

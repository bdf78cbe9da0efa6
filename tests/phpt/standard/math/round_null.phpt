--TEST--
round: null is deprecated and rounds 0
--FILE--
<?php
var_dump(round(null));
--EXPECTF--

Deprecated: round(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line %d
float(0)

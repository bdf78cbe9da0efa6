--TEST--
hexdec and base_convert: invalid characters are ignored with a deprecation
--FILE--
<?php
var_dump(hexdec("fg"));
var_dump(base_convert("-12", 10, 16));
--EXPECTF--

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line %d
int(15)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line %d
string(1) "c"

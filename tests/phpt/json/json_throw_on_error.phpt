--TEST--
JSON_THROW_ON_ERROR leaves json_last_error() alone and ends the script with an uncaught JsonException
--FILE--
<?php
json_decode('[1');
var_dump(json_last_error());
var_dump(json_decode('[1]', true, 512, JSON_THROW_ON_ERROR), json_last_error());
var_dump(json_encode([1], JSON_THROW_ON_ERROR), json_last_error());
json_encode(NAN, JSON_THROW_ON_ERROR);
--EXPECTF--
int(4)
array(1) {
  [0]=>
  int(1)
}
int(4)
string(3) "[1]"
int(4)

Fatal error: Uncaught JsonException: Inf and NaN cannot be JSON encoded in %s:6
Stack trace:
#0 %a
  thrown in %s on line 6
--EXIT_STATUS--
255

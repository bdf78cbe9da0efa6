--TEST--
json_decode() of a JSON object without $associative (stdClass does not exist yet)
--DIVERGENCE--
miniphp has no stdClass yet: decoding a JSON object to an object ends the script with a fatal error instead of returning a wrong value.
--FILE--
<?php
var_dump(json_decode('[1,"a"]'));
var_dump(json_decode('{"a":1}'));
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(1) "a"
}

Fatal error: json_decode(): decoding JSON objects without $associative = true is not supported yet (stdClass does not exist) in %s on line 3
--EXIT_STATUS--
255
--EXPECTF_PHP--
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(1) "a"
}
object(stdClass)#%d (1) {
  ["a"]=>
  int(1)
}
--EXIT_STATUS_PHP--
0

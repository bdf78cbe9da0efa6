--TEST--
preg_replace_callback_array(): every value must be a valid callback
--FILE--
<?php
function twice($m) { return $m[0] . $m[0]; }
var_dump(preg_replace_callback_array(['/a/' => 'twice'], [], -1, $count), $count);
var_dump(preg_replace_callback_array([], ['k' => 'a'], -1, $count), $count);
preg_replace_callback_array(['/a/' => 'twice', '/b/' => 'no_such_function'], 'ab');
--EXPECTF--
array(0) {
}
int(0)
array(1) {
  ["k"]=>
  string(1) "a"
}
int(0)

Fatal error: Uncaught TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks in %s:5
Stack trace:
%a
  thrown in %s on line 5

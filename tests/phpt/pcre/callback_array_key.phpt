--TEST--
preg_replace_callback_array(): every key must be a pattern string
--FILE--
<?php
function twice($m) { return $m[0] . $m[0]; }
preg_replace_callback_array(['/a/' => 'twice', 'twice'], 'ab');
--EXPECTF--

Fatal error: Uncaught TypeError: preg_replace_callback_array(): Argument #1 ($pattern) must contain only string patterns as keys in %s:3
Stack trace:
%a
  thrown in %s on line 3

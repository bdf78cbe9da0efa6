--TEST--
array_key_exists(): an array as the key
--FILE--
<?php
array_key_exists([], []);
--EXPECTF--
Fatal error: Uncaught TypeError: Illegal offset type in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2

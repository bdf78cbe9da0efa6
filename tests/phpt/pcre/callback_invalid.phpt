--TEST--
preg_replace_callback(): the callback must be valid
--FILE--
<?php
preg_replace_callback('/a/', 'no_such_function', 'ab');
--EXPECTF--

Fatal error: Uncaught TypeError: preg_replace_callback(): Argument #2 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name in %s:2
Stack trace:
%a
  thrown in %s on line 2

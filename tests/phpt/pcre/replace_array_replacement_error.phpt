--TEST--
preg_replace(): an array of replacements needs an array of patterns
--FILE--
<?php
var_dump(preg_replace(['/a/'], ['b'], 'a'));
preg_replace('/a/', ['b'], 'a');
--EXPECTF--
string(1) "b"

Fatal error: Uncaught TypeError: preg_replace(): Argument #1 ($pattern) must be of type array when argument #2 ($replacement) is an array, string given in %s:3
Stack trace:
%a
  thrown in %s on line 3

--TEST--
strlen compiled inline: literals folded, strings, coercions, null deprecation and TypeError as the function gives them
--FILE--
<?php
$s = "hello";
var_dump(strlen($s), strlen("abc"), strlen(12345), strlen(1.5), strlen(true), STRLEN("x"), \strlen($s . "!"));
$n = null;
var_dump(strlen($n));
function f($v) { return strlen($v); }
var_dump(f("four"));
echo strlen([1]);
--EXPECTF--
int(5)
int(3)
int(5)
int(3)
int(1)
int(1)
int(6)

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 5
int(0)
int(4)

Fatal error: Uncaught TypeError: strlen(): Argument #1 ($string) must be of type string, array given in %s:8
Stack trace:
#0 {main}
  thrown in %s on line 8
--EXIT_STATUS--
255

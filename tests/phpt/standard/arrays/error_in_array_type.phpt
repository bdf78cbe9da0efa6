--TEST--
in_array(): the haystack must be an array
--FILE--
<?php
in_array(1, "x");
--EXPECTF--
Fatal error: Uncaught TypeError: in_array(): Argument #2 ($haystack) must be of type array, string given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2

--TEST--
array_column(): an array as the column key
--FILE--
<?php
array_column([], []);
--EXPECTF--
Fatal error: Uncaught TypeError: array_column(): Argument #2 ($column_key) must be of type string|int|null, array given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2

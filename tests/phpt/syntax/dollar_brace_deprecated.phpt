--TEST--
The deprecated ${var} interpolation
--FILE--
<?php
$a = 1;
$b = "${a}";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 3
--EXIT_STATUS--
0

--TEST--
array_map(): a callback with a by-reference parameter gets a warning
--FILE--
<?php
function g(&$x) { $x = 1; return $x; }
print_r(array_map("g", [5]));
--EXPECTF--
Warning: g(): Argument #1 ($x) must be passed by reference, value given in %s on line 3
Array
(
    [0] => 1
)

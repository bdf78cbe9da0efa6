--TEST--
Recursion 50,000 calls deep (plain and typed), then exit() from a nested call inside an output buffer with a callback
--FILE--
<?php
function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
echo depth(50000), "\n";
function sum(array $a, int $i = 0): int { return $i >= count($a) ? 0 : $a[$i] + sum($a, $i + 1); }
echo sum(range(1, 50000)), "\n";
function upper($b) { return strtoupper($b); }
ob_start("upper");
echo "inside buffer ";
function leave() { exit("bye from nested\n"); }
leave();
--EXPECTF--
50000
1250025000
INSIDE BUFFER BYE FROM NESTED

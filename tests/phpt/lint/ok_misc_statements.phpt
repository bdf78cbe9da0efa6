--TEST--
echo, print, exit forms, include forms, const, declare, __halt_compiler
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
echo 1, 2, 3;
const A = 1, B = A * 2;
include "a.php"; include_once "b.php"; require "c.php"; require_once "d.php";
if (false) { exit; } if (false) { exit(1); } if (false) { die("x"); }
$x = __LINE__ . __FILE__ . __DIR__ . __FUNCTION__ . __CLASS__ . __METHOD__ . __NAMESPACE__ . __TRAIT__;
__halt_compiler(); this is not PHP code { ( [
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0

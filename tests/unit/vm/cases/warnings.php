<?php
echo $undefined;
echo "\n";
$x = $alsoUndefined + 1;
echo $x, "\n";
$arr = [1, 2];
echo $arr[5];
echo $arr["key"];
echo "\n";
$null = null;
echo $null[0];
$int = 5;
echo $int[0];
echo "\n";
$undef[] = 1;
echo $undef[0], "\n";
$i = $neverSet++;
var_free($i);
function var_free($v) { echo $v === null ? "null" : $v, "\n"; }
foreach (5 as $v) {}
foreach (null as $v) {}
echo "abc"[10];
echo "\n";
$f = false;
$f[] = 1;
echo $f[0], "\n";
echo "10 apples" + 5, "\n";
echo [] . "", "\n";
$arr2 = ['a' => 1];
$arr2['b'] .= "x";
echo $arr2['b'], "\n";
function f($a, $b) { return $a . $b; }
echo f($undef2, "!"), "\n";
echo "done\n";

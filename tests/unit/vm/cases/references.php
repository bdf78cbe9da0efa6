<?php
$a = 1;
$b = &$a;
$b++;
echo $a, $b, "\n";
unset($b);
$b = 5;
echo $a, $b, "\n";
function mod(&$arr) { $arr[] = "added"; $arr['k'] = 1; }
$list = [];
mod($list);
mod($list);
foreach ($list as $k => $v) echo "$k=$v ";
echo "\n";
$x = 10;
function g() { global $x; $x = $x * 2; }
g(); g();
echo $x, "\n";
function cnt() { static $n = 0; return ++$n; }
for ($i = 0; $i < 5; $i++) cnt();
echo cnt(), "\n";
$arr = [1, 2, 3];
$ref = &$arr;
$ref[] = 4;
foreach ($arr as $v) echo $v;
echo "\n";
$orig = [1, 2];
$copy = $orig;
$r2 = &$copy;
$r2[0] = 'changed';
echo $orig[0], $copy[0], "\n";

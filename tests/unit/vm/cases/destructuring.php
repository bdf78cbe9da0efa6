<?php
[$a, $b] = [1, 2];
echo $a, $b, "\n";
list($c, , $d) = ['x', 'skipped', 'z'];
echo $c, $d, "\n";
['name' => $name, 'age' => $age] = ['age' => 30, 'name' => 'Ann'];
echo "$name $age\n";
[[$p, $q], [$r]] = [[1, 2], [3]];
echo $p, $q, $r, "\n";
[$a, $b] = [$b, $a];
echo $a, $b, "\n";
$arr = [];
[$arr['first'], $arr[]] = ['one', 'two'];
foreach ($arr as $k => $v) echo "$k=$v ";
echo "\n";
foreach ([[1, 'a'], [2, 'b']] as [$num, $letter]) echo "$num$letter ";
echo "\n";
foreach (['k1' => ['x' => 10], 'k2' => ['x' => 20]] as $key => ['x' => $x]) echo "$key:$x ";
echo "\n";
[$m, $n] = [1];
var_free($n);
[$s, $t] = "ab";
var_free($s);
[$u] = null;
var_free($u);
function var_free($v) { echo $v === null ? "null" : $v, "\n"; }
$result = ([$y, $z] = [5, 6]);
echo $result[1], $y, $z, "\n";

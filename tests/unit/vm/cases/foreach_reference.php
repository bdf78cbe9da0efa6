<?php
$a = [1, 2, 3];
foreach ($a as &$v) { $v *= 10; }
unset($v);
foreach ($a as $v) echo $v, " ";
echo "\n";
$m = ['x' => 1, 'y' => 2];
foreach ($m as $k => &$val) { $val = "$k$val"; }
unset($val);
foreach ($m as $k => $val) echo "$k=$val ";
echo "\n";
$grow = [1, 2];
foreach ($grow as $k => &$g) { if ($k < 3) $grow[] = $g + 10; }
unset($g);
foreach ($grow as $g) echo $g, " ";
echo "\n";
$del = [1, 2, 3, 4];
foreach ($del as $k => &$d) { if ($k == 0) unset($del[1]); echo $d, " "; }
unset($d);
echo "\n";
$keep = [1, 2, 3];
foreach ($keep as &$r) {}
foreach ($keep as $r) {}
foreach ($keep as $x) echo $x, " ";
echo "\n";
$copyme = [1, 2, 3];
foreach ($copyme as $i => &$c) { if ($i == 0) { $snapshot = $copyme; } $c = $c * 2; }
unset($c);
foreach ($copyme as $x) echo $x, " ";
echo "| ";
foreach ($snapshot as $x) echo $x, " ";
echo "\n";
$nested = [[1, 2], [3, 4]];
foreach ($nested as &$row) { foreach ($row as &$cell) { $cell += 100; } unset($cell); }
unset($row);
foreach ($nested as $row) foreach ($row as $cell) echo $cell, " ";
echo "\n";
$empty = [];
foreach ($empty as &$e) echo "never";
$n = 5;
foreach ($n as &$bad) {}
foreach ([1, 2, 3] as $v) { foreach ($a as &$w) { break 2; } }
unset($w);
echo "done\n";

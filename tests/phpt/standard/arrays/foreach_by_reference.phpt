--TEST--
sorting, shifting and splicing an array while foreach walks it by reference (the table and its iterator stay)
--FILE--
<?php
function run($name) { echo $name, ": "; }
$a = [3, 1, 2];
run("sort"); foreach ($a as &$v) { echo $v; if ($v == 3) sort($a); } echo "\n"; unset($v);
$a = [3, 1, 2, 0];
run("rsort"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($k == 1) rsort($a); } echo "\n"; unset($v);
$a = ["b" => 3, "a" => 1, "c" => 2];
run("asort"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($k == "b") asort($a); } echo "\n"; unset($v);
$a = ["b" => 3, "a" => 1, "c" => 2];
run("ksort"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($k == "b") ksort($a); } echo "\n"; unset($v);
$a = [3, 1, 2, 5];
run("shift"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($k == 1) array_shift($a); } echo "\n"; unset($v);
$a = ["x" => 3, "y" => 1, 7 => 2, "z" => 5];
run("shift keys"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($k === "y") array_shift($a); } echo "\n"; unset($v);
$a = [3, 1, 2, 5];
run("unshift"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($k == 1) array_unshift($a, 0, 0); } echo "\n"; unset($v);
$a = [0, 1, 2, 3, 4, 5];
run("splice cut"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($v == 1) array_splice($a, 2, 2); } echo "\n"; unset($v);
$a = [0, 1, 2, 3, 4, 5];
run("splice add"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($v == 1) array_splice($a, 1, 0, ["a", "b", "c"]); } echo "\n"; unset($v);
$a = [0, 1, 2, 3, 4, 5];
run("splice mix"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($v === 2) array_splice($a, 1, 3, ["x"]); } echo "\n"; unset($v);
$a = [0, 1, 2, 3];
run("splice end"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($v === 1) array_splice($a, 2); } echo "\n"; unset($v);
$a = [0, 1, 2, 3];
run("pop"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($v === 1) array_pop($a); } echo "\n"; unset($v);
$a = [0, 1, 2];
run("push"); foreach ($a as $k => &$v) { echo "$k=$v "; if ($v === 1) array_push($a, 9); } echo "\n"; unset($v);
$a = [0, 1, 2, 3];
run("nested"); foreach ($a as $k => &$v) { foreach ($a as $j => &$w) { if ($k == 0 && $j == 1) array_shift($a); } echo "$k=$v "; } echo "\n"; unset($v, $w);
var_dump($a);
$a = [0, 1, 2, 3, 4, 5];
echo "splice neg: "; foreach ($a as $k => &$v) { echo "$k=$v "; if ($v === 1) array_splice($a, 2, -2, ["n"]); } echo "\n"; unset($v);
$a = [0, 1, 2, 3, 4, 5];
echo "splice here: "; foreach ($a as $k => &$v) { echo "$k=$v "; if ($v === 1) array_splice($a, 1, 3); } echo "\n"; unset($v);
$a = [0, 1, 2, 3, 4, 5];
echo "splice repl: "; foreach ($a as $k => &$v) { echo "$k=$v "; if ($v === 1) array_splice($a, 2, 1, ["p", "q"]); } echo "\n"; unset($v);
$a = [0, 1, 2, 3, 4, 5]; unset($a[0], $a[2]);
echo "holes shift: "; foreach ($a as $k => &$v) { echo "$k=$v "; if ($v === 3) array_shift($a); } echo "\n"; unset($v);
$a = ["a" => 0, "b" => 1, "c" => 2, "d" => 3];
echo "keys splice: "; foreach ($a as $k => &$v) { echo "$k=$v "; if ($v === 1) array_splice($a, 0, 1, ["z" => 9]); } echo "\n"; unset($v);
$a = [0, 1, 2, 3];
echo "usort: "; $n = 0; foreach ($a as $k => &$v) { echo "$k=$v "; if (++$n > 6) break; if ($v === 1) usort($a, "rcmp"); } echo "\n"; unset($v);
function rcmp($x, $y) { return $y <=> $x; }
var_dump($a);
--EXPECT--
sort: 323
rsort: 0=3 1=1 2=1 3=0 
asort: b=3 c=2 b=3 
ksort: b=3 b=3 c=2 
shift: 0=3 1=1 1=2 1=5 
shift keys: x=3 y=1 0=2 z=5 
unshift: 0=3 1=1 4=2 5=5 
splice cut: 0=0 1=1 2=4 3=5 
splice add: 0=0 1=1 8=5 
splice mix: 0=0 1=1 2=2 2=4 3=5 
splice end: 0=0 1=1 
pop: 0=0 1=1 2=2 
push: 0=0 1=1 2=2 3=9 
nested: 0=0 0=3 
array(1) {
  [0]=>
  int(3)
}
splice neg: 0=0 1=1 3=4 4=5 
splice here: 0=0 1=1 1=4 2=5 
splice repl: 0=0 1=1 6=5 
holes shift: 1=1 3=3 1=4 2=5 
keys splice: a=0 b=1 c=2 d=3 
usort: 0=0 1=1 0=3 1=2 2=1 0=3 1=2 
array(4) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
  [3]=>
  int(0)
}

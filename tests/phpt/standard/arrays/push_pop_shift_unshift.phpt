--TEST--
array_push, array_pop, array_shift, array_unshift: renumbering and the next free key
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo "[", implode(", ", $o), "]\n"; }
$s = [1, 2];
var_dump(array_push($s, 3, [4]), array_push($s));
show($s);
$h = ["a" => 1, 7 => 2];
array_push($h, "n");
show($h);
$neg = [-5 => "x"];
array_push($neg, "y");
show($neg);
$p = [1, 2, 3];
var_dump(array_pop($p));
$p[] = "new";
show($p);
$p = ["a" => 1, 5 => 2, "b" => 3];
var_dump(array_pop($p));
$p[] = "n";
show($p);
$p = [3 => 1, 1 => 2];
var_dump(array_pop($p));
$p[] = "n";
show($p);
$e = [];
var_dump(array_pop($e), array_shift($e));
$q = [5 => "a", "k" => "b", 9 => "c", 2 => "d"];
var_dump(array_shift($q));
show($q);
$q[] = "e";
show($q);
$q = ["x" => 1, "y" => 2];
array_shift($q);
$q[] = 3;
show($q);
$q = [1, 2, 3];
unset($q[0]);
var_dump(array_shift($q));
show($q);
$q = ["k" => 1, 5 => 2];
var_dump(array_unshift($q, "a", "b"));
show($q);
$q = [];
var_dump(array_unshift($q, 1), array_unshift($q));
show($q);
// Copy on write: the other copy keeps the old array.
$orig = [1, 2, 3];
$copy = $orig;
array_pop($copy);
array_shift($copy);
array_unshift($copy, 0);
array_push($copy, 9);
show($orig);
show($copy);
// The internal pointer goes back to the start.
$i = [1, 2, 3];
end($i);
array_pop($i);
var_dump(current($i));
end($i);
array_unshift($i, 0);
var_dump(current($i));
// A popped or shifted element that is a reference comes back as its value.
$r = [1, 2];
foreach ($r as &$v) {}
$popped = array_pop($r);
$v = 7;
var_dump($popped);
show($r);
--EXPECT--
int(4)
int(4)
[0=>1, 1=>2, 2=>3, 3=>array (
  0 => 4,
)]
['a'=>1, 7=>2, 8=>'n']
[-5=>'x', -4=>'y']
int(3)
[0=>1, 1=>2, 2=>'new']
int(3)
['a'=>1, 5=>2, 6=>'n']
int(2)
[3=>1, 4=>'n']
NULL
NULL
string(1) "a"
['k'=>'b', 0=>'c', 1=>'d']
['k'=>'b', 0=>'c', 1=>'d', 2=>'e']
['y'=>2, 0=>3]
int(2)
[0=>3]
int(4)
[0=>'a', 1=>'b', 'k'=>1, 2=>2]
int(1)
int(1)
[0=>1]
[0=>1, 1=>2, 2=>3]
[0=>0, 1=>2, 2=>9]
int(1)
int(0)
int(2)
[0=>1]

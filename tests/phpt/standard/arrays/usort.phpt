--TEST--
usort, uasort, uksort: PHP's order of comparisons, stability, bool results
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo implode(", ", $o), "\n"; }
function cmp($a, $b) { return $a <=> $b; }
function rcmp($a, $b) { return $b <=> $a; }
function loud($a, $b) { echo "[$a,$b]"; return $a - $b; }
function loudKeys($a, $b) { echo "[$a,$b]"; return $a <=> $b; }
function lenCmp($a, $b) { return strlen($a) - strlen($b); }
function boolCmp($a, $b) { return $a > $b; }
function bigCmp($a, $b) { return ($a - $b) * 1000000000000; }
function floatCmp($a, $b) { return ($a - $b) / 10; }
function stringCmp($a, $b) { return $a > $b ? "1" : ($a < $b ? "-1" : "0"); }
$a = [3, 1, 2, 5, 4]; var_dump(usort($a, "cmp")); show($a);
$a = ["x" => 3, "y" => 1, "z" => 2]; var_dump(uasort($a, "rcmp")); show($a);
$a = ["b" => 1, "a" => 2, 10 => 3, 9 => 4]; var_dump(uksort($a, "cmp")); show($a);
$a = ["b" => 1, "a" => 2, 10 => 3, 9 => 4]; uksort($a, "loudKeys"); echo "\n"; show($a);
$a = [5, 3, 8, 1, 9, 2, 7]; usort($a, "loud"); echo "\n"; show($a);
$a = [];
for ($i = 0; $i < 20; $i++) { $a[] = ($i * 7) % 11; }
usort($a, "loud"); echo "\n"; show($a);
$a = ["ccc", "a", "bb", "dd", "e", "fff", "gg"]; usort($a, "lenCmp"); show($a);
$a = ["k1" => "ccc", "k2" => "a", "k3" => "bb", "k4" => "dd"]; uasort($a, "lenCmp"); show($a);
$a = [3, 1, 2]; usort($a, "bigCmp"); show($a);
$a = [3, 1, 2, 1.5]; usort($a, "floatCmp"); show($a);
$a = [3, 1, 2]; usort($a, "stringCmp"); show($a);
$a = [3, 1, 2]; usort($a, "CMP"); show($a);
$a = [3, 1, 2]; usort($a, "\\cmp"); show($a);
// A bool result is deprecated (once per call) and false is asked again with the operands swapped.
$a = [3, 1, 2]; usort($a, "boolCmp"); show($a);
$a = [3, 1, 2, 3, 1]; uasort($a, "boolCmp"); show($a);
// The other copy is not sorted; the keys are renumbered by usort only.
$a = [5 => 3, 9 => 1, 7 => 2];
$b = $a;
usort($b, "cmp");
show($a);
show($b);
$b[] = "next";
show($b);
$a = []; var_dump(usort($a, "cmp")); show($a);
$a = ["only" => 1]; usort($a, "cmp"); show($a);
--EXPECTF--
bool(true)
0=>1, 1=>2, 2=>3, 3=>4, 4=>5
bool(true)
'x'=>3, 'z'=>2, 'y'=>1
bool(true)
9=>4, 10=>3, 'a'=>2, 'b'=>1
[b,a][10,a][b,9][a,9][10,9]
9=>4, 10=>3, 'a'=>2, 'b'=>1
[5,3][5,8][8,1][5,1][3,1][8,9][9,2][8,2][5,2][3,2][1,2][9,7][5,7][8,7]
0=>1, 1=>2, 2=>3, 3=>5, 4=>7, 5=>8, 6=>9
[0,4][4,1][0,1][1,3][5,1][9,1][2,1][6,1][10,1][3,1][7,1][0,1][1,10][7,1][8,1][1,1][1,6][5,1][9,1][2,1][0,1][1,0][0,0][6,2][6,9][9,5][6,5][2,5][9,10][10,8][9,8][6,8][10,7][8,7][5,7][6,7][10,3][8,3][6,3][2,3][5,3][10,7][8,7][6,7][7,7][10,3][8,3][7,3][5,3][2,3][3,3][10,10][10,6][9,6][7,6][6,6][7,6][10,2][9,2][7,2][6,2][5,2][3,2][2,2][10,9][9,9][10,9][10,5][9,5][8,5][7,5][6,5][3,5][5,5][10,4][9,4][8,4][7,4][6,4][5,4][3,4][3,4]
0=>0, 1=>0, 2=>1, 3=>1, 4=>2, 5=>2, 6=>3, 7=>3, 8=>4, 9=>5, 10=>5, 11=>6, 12=>6, 13=>7, 14=>7, 15=>8, 16=>9, 17=>9, 18=>10, 19=>10
0=>'a', 1=>'e', 2=>'bb', 3=>'dd', 4=>'gg', 5=>'ccc', 6=>'fff'
'k2'=>'a', 'k3'=>'bb', 'k4'=>'dd', 'k1'=>'ccc'
0=>1, 1=>2, 2=>3
0=>3, 1=>1, 2=>2, 3=>1.5
0=>1, 1=>2, 2=>3
0=>1, 1=>2, 2=>3
0=>1, 1=>2, 2=>3

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 28
0=>1, 1=>2, 2=>3

Deprecated: uasort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 29
1=>1, 4=>1, 2=>2, 0=>3, 3=>3
5=>3, 9=>1, 7=>2
0=>1, 1=>2, 2=>3
0=>1, 1=>2, 2=>3, 3=>'next'
bool(true)

0=>1

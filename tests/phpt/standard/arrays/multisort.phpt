--TEST--
array_multisort: several arrays, orders and comparisons (flags in variables)
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo "[", implode(", ", $o), "]\n"; }
$desc = SORT_DESC; $asc = SORT_ASC; $num = SORT_NUMERIC; $str = SORT_STRING; $nat = SORT_NATURAL; $case = SORT_STRING | SORT_FLAG_CASE;
$a = [3, 1, 2, 1]; $b = ["c", "a", "b", "z"];
var_dump(array_multisort($a, $b)); show($a); show($b);
$a = [3, 1, 2, 1]; $b = ["c", "a", "b", "z"];
array_multisort($a, $desc, $b, $desc); show($a); show($b);
$data = [10, 100, 100, 0]; $data2 = [1, 3, 2, 4];
array_multisort($data, $data2); show($data); show($data2);
$x = ["10", 9, "9a", 1.5, "abc", true, null, "1e1"]; $y = [1, 2, 3, 4, 5, 6, 7, 8];
array_multisort($x, $y); show($x); show($y);
$x = ["10", 9, "9a", 1.5, "abc", "1e1"]; $y = [1, 2, 3, 4, 5, 6];
array_multisort($x, $str, $y); show($x); show($y);
$x = ["img12", "img10", "IMG2", "img1"]; array_multisort($x, $nat); show($x);
$x = ["b", "B", "a", "A"]; array_multisort($x, $case, $desc); show($x);
$x = ["k" => 3, 5 => 1, "j" => 2, 9 => 0]; array_multisort($x); show($x); $x[] = "n"; show($x);
$x = [3, 1, 2]; $copy = $x; array_multisort($x); show($copy); show($x);
$e = []; var_dump(array_multisort($e));
$big = []; $big2 = [];
for ($i = 0; $i < 50; $i++) { $big[] = ($i * 7) % 5; $big2[] = $i; }
array_multisort($big, $desc, $big2, $desc); echo implode(",", $big2), "\n";
$x = [3, 1, 2]; next($x); array_multisort($x); var_dump(current($x));
--EXPECT--
bool(true)
[0=>1, 1=>1, 2=>2, 3=>3]
[0=>'a', 1=>'z', 2=>'b', 3=>'c']
[0=>3, 1=>2, 2=>1, 3=>1]
[0=>'c', 1=>'b', 2=>'z', 3=>'a']
[0=>0, 1=>10, 2=>100, 3=>100]
[0=>4, 1=>1, 2=>2, 3=>3]
[0=>NULL, 1=>1.5, 2=>9, 3=>'10', 4=>'9a', 5=>'abc', 6=>true, 7=>'1e1']
[0=>7, 1=>4, 2=>2, 3=>1, 4=>3, 5=>5, 6=>6, 7=>8]
[0=>1.5, 1=>'10', 2=>'1e1', 3=>9, 4=>'9a', 5=>'abc']
[0=>4, 1=>1, 2=>6, 3=>2, 4=>3, 5=>5]
[0=>'IMG2', 1=>'img1', 2=>'img10', 3=>'img12']
[0=>'b', 1=>'B', 2=>'a', 3=>'A']
[0=>0, 1=>1, 'j'=>2, 'k'=>3]
[0=>0, 1=>1, 'j'=>2, 'k'=>3, 4=>'n']
[0=>3, 1=>1, 2=>2]
[0=>1, 1=>2, 2=>3]
bool(true)
47,42,37,32,27,22,17,12,7,2,49,44,39,34,29,24,19,14,9,4,46,41,36,31,26,21,16,11,6,1,48,43,38,33,28,23,18,13,8,3,45,40,35,30,25,20,15,10,5,0
int(1)

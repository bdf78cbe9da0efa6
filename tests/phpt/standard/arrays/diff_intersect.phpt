--TEST--
array_diff, array_diff_key, array_diff_assoc, array_intersect, array_intersect_key, array_intersect_assoc
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo "[", implode(", ", $o), "]\n"; }
show(array_diff([1, "2", 3, "a" => 4, 5], [2, "4"], ["5"]));
show(array_diff([1, 2]));
show(array_diff([], [1]));
show(array_diff([1.0, "1", true, null, "", 0], ["1"]));
show(array_diff(["a", "b"], [], []));
show(array_diff(["x" => "a"], ["a"]));
show(array_diff_key(["a" => 1, "b" => 2, 0 => 3, 1 => 4], ["a" => 9, "0" => 9]));
show(array_diff_key(["a" => 1, "1" => 2], ["b" => 1], [1 => 0]));
show(array_diff_assoc(["a" => "1", "b" => 2, 0 => 3, 1 => 4], ["a" => 1, "b" => 3, 0 => "3"]));
show(array_intersect([1, 2, 3, 4, "x" => "2"], ["2", 4], [4, 2, 2]));
show(array_intersect([1, 2]));
show(array_intersect([1, 2], []));
show(array_intersect(["a" => "1.0", "b" => "1"], [1]));
show(array_intersect_key(["a" => 1, "b" => 2, 5 => 3], ["b" => 0, 5 => 0], [5 => 1, "b" => 1]));
show(array_intersect_key(["a" => 1]));
show(array_intersect_assoc(["a" => "g", "b" => "x", 0 => 1], ["a" => "g", "b" => "y", "0" => "1"]));
show(array_intersect_assoc(["a" => 1, "b" => 2], ["a" => 1], ["a" => "1", "b" => 2]));
--EXPECT--
[0=>1, 2=>3]
[0=>1, 1=>2]
[]
[3=>NULL, 4=>'', 5=>0]
[0=>'a', 1=>'b']
[]
['b'=>2, 1=>4]
['a'=>1]
['b'=>2, 1=>4]
[1=>2, 3=>4, 'x'=>'2']
[0=>1, 1=>2]
[]
['b'=>'1']
['b'=>2, 5=>3]
['a'=>1]
['a'=>'g', 0=>1]
['a'=>1]

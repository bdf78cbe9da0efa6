--TEST--
array_splice: offsets, lengths, replacements, keys
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo "[", implode(", ", $o), "]\n"; }
$base = ["a" => 1, 5 => 2, 3, "b" => 4, 5];
$a = $base; show(array_splice($a, 1)); show($a);
$a = $base; show(array_splice($a, 1, 2)); show($a);
$a = $base; show(array_splice($a, -2)); show($a);
$a = $base; show(array_splice($a, 1, -1)); show($a);
$a = $base; show(array_splice($a, 0, 0, "x")); show($a);
$a = $base; show(array_splice($a, 2, 1, ["y", "z"])); show($a);
$a = $base; show(array_splice($a, 10, 0, ["end"])); show($a);
$a = $base; show(array_splice($a, -10, 1)); show($a);
$a = $base; show(array_splice($a, 1, null, ["k" => "v"])); show($a);
$a = $base; show(array_splice($a, 1, 0, null)); show($a);
$a = $base; show(array_splice($a, 3, 1, 7)); show($a);
$a = $base; show(array_splice($a, 1, 100)); show($a);
$a = []; show(array_splice($a, 0, 0, [1, 2])); show($a);
// The next free key restarts from the renumbered keys.
$a = [1, 2, 3];
array_splice($a, 1, 1);
$a[] = 4;
show($a);
$a = ["x" => 1, "y" => 2];
array_splice($a, 0, 1);
$a[] = 3;
show($a);
// Copy on write.
$orig = [1, 2, 3];
$copy = $orig;
array_splice($copy, 0, 2, ["new"]);
show($orig);
show($copy);
// Huge lengths: PHP checks offset + length in 32 bits, so some of them remove nothing.
foreach ([4294967295, 4294967296, PHP_INT_MAX, PHP_INT_MAX - 1, -PHP_INT_MAX] as $length) {
    $a = [1, 2, 3, 4];
    $removed = array_splice($a, 1, $length, ["r"]);
    echo implode(",", $removed), " | ", implode(",", $a), "\n";
}
--EXPECT--
[0=>2, 1=>3, 'b'=>4, 2=>5]
['a'=>1]
[0=>2, 1=>3]
['a'=>1, 'b'=>4, 0=>5]
['b'=>4, 0=>5]
['a'=>1, 0=>2, 1=>3]
[0=>2, 1=>3, 'b'=>4]
['a'=>1, 0=>5]
[]
[0=>'x', 'a'=>1, 1=>2, 2=>3, 'b'=>4, 3=>5]
[0=>3]
['a'=>1, 0=>2, 1=>'y', 2=>'z', 'b'=>4, 3=>5]
[]
['a'=>1, 0=>2, 1=>3, 'b'=>4, 2=>5, 3=>'end']
['a'=>1]
[0=>2, 1=>3, 'b'=>4, 2=>5]
[0=>2, 1=>3, 'b'=>4, 2=>5]
['a'=>1, 0=>'v']
[]
['a'=>1, 0=>2, 1=>3, 'b'=>4, 2=>5]
['b'=>4]
['a'=>1, 0=>2, 1=>3, 2=>7, 3=>5]
[0=>2, 1=>3, 'b'=>4, 2=>5]
['a'=>1]
[]
[0=>1, 1=>2]
[0=>1, 1=>3, 2=>4]
['y'=>2, 0=>3]
[0=>1, 1=>2, 2=>3]
[0=>'new', 1=>3]
2,3,4 | 1,r
2,3,4 | 1,r
 | 1,r,2,3,4
2,3,4 | 1,r
 | 1,r,2,3,4

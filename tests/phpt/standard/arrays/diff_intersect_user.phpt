--TEST--
array_udiff, array_uintersect and the _ukey, _uassoc variants: PHP's order of callback calls
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo "[", implode(", ", $o), "]\n"; }
function vcmp($a, $b) { echo "v($a,$b)"; return $a <=> $b; }
function kcmp($a, $b) { echo "k($a,$b)"; return $a <=> $b; }
function icmp($a, $b) { return strlen($a) <=> strlen($b); }
function mod3($a, $b) { return $a % 3 <=> $b % 3; }
function boolv($a, $b) { return $a > $b; }
$a = ["a" => "green", "b" => "brown", "c" => "blue", "red", "x" => "GREEN"];
$b = ["a" => "GREEN", "B" => "brown", "yellow", "red"];
$c = ["red", "a" => "green", "q" => "blue"];
show(array_udiff($a, $b, "vcmp")); echo "\n";
show(array_udiff($a, $b, $c, "vcmp")); echo "\n";
show(array_uintersect($a, $b, "vcmp")); echo "\n";
show(array_uintersect($a, $b, $c, "vcmp")); echo "\n";
show(array_diff_ukey($a, $b, "kcmp")); echo "\n";
show(array_intersect_ukey($a, $b, $c, "kcmp")); echo "\n";
show(array_diff_uassoc($a, $b, "kcmp")); echo "\n";
show(array_intersect_uassoc($a, $b, $c, "kcmp")); echo "\n";
show(array_udiff_assoc($a, $b, "vcmp")); echo "\n";
show(array_uintersect_assoc($a, $b, $c, "vcmp")); echo "\n";
show(array_udiff_uassoc($a, $b, $c, "vcmp", "kcmp")); echo "\n";
show(array_uintersect_uassoc($a, $b, $c, "vcmp", "kcmp")); echo "\n";
show(array_uintersect_uassoc($a, $c, $c, "vcmp", "kcmp")); echo "\n";
show(array_udiff($a, $b, "icmp"));
show(array_uintersect($a, $b, "icmp"));
show(array_udiff([3, 1, 2], [2], "boolv"));
show(array_intersect_ukey(["a" => 1, "b" => 2], ["A" => 1, "b" => 3], "icmp"));
show(array_udiff([], [1], "vcmp"));
show(array_udiff([1, 2], "vcmp"));
show(array_uintersect([1, 2], "vcmp"));
show(array_intersect([1, 2, 2, "2", 3, 1], [2, 1], [1, "2", 9]));
show(array_intersect([5, 3, 1, 4], [4, 4, 3]));
show(array_intersect(["x" => 1], []));
show(array_intersect([], [1]));
$big = []; for ($i = 0; $i < 40; $i++) $big["k$i"] = ($i * 7) % 13;
$other = []; for ($i = 0; $i < 25; $i++) $other[] = ($i * 5) % 17;
show(array_intersect($big, $other));
show(array_udiff($big, $other, "mod3"));
show(array_uintersect($big, [1, 4], "mod3"));
--EXPECTF--
v(green,brown)v(blue,brown)v(green,red)v(red,GREEN)v(green,GREEN)v(brown,GREEN)v(blue,GREEN)v(GREEN,brown)v(brown,yellow)v(yellow,red)v(brown,red)v(GREEN,GREEN)v(GREEN,blue)v(blue,brown)v(blue,brown)v(brown,brown)v(brown,green)v(green,red)v(green,red)v(red,red)['a'=>'green', 'c'=>'blue']

v(green,brown)v(blue,brown)v(green,red)v(red,GREEN)v(green,GREEN)v(brown,GREEN)v(blue,GREEN)v(GREEN,brown)v(brown,yellow)v(yellow,red)v(brown,red)v(red,green)v(blue,green)v(GREEN,GREEN)v(GREEN,blue)v(blue,brown)v(blue,blue)v(blue,brown)v(brown,brown)v(brown,green)v(green,red)v(green,green)v(green,red)v(red,red)[]

v(green,brown)v(blue,brown)v(green,red)v(red,GREEN)v(green,GREEN)v(brown,GREEN)v(blue,GREEN)v(GREEN,brown)v(brown,yellow)v(yellow,red)v(brown,red)v(GREEN,GREEN)v(GREEN,blue)v(blue,brown)v(brown,brown)v(brown,brown)v(brown,green)v(green,red)v(red,red)v(red,red)['b'=>'brown', 0=>'red', 'x'=>'GREEN']

v(green,brown)v(blue,brown)v(green,red)v(red,GREEN)v(green,GREEN)v(brown,GREEN)v(blue,GREEN)v(GREEN,brown)v(brown,yellow)v(yellow,red)v(brown,red)v(red,green)v(blue,green)v(GREEN,GREEN)v(GREEN,blue)v(blue,blue)v(blue,brown)v(brown,brown)v(brown,brown)v(brown,blue)v(brown,green)v(green,green)v(green,red)v(red,red)v(red,red)v(red,green)v(red,red)[0=>'red']

k(a,b)k(b,c)k(c,0)k(b,0)k(a,0)k(c,x)k(a,B)k(0,B)k(a,1)k(B,1)k(0,1)k(0,0)k(a,0)k(a,1)k(a,B)k(a,a)k(b,0)k(b,1)k(b,B)k(b,a)k(c,0)k(c,1)k(c,B)k(c,a)k(x,0)k(x,1)k(x,B)k(x,a)['b'=>'brown', 'c'=>'blue', 'x'=>'GREEN']

k(a,b)k(b,c)k(c,0)k(b,0)k(a,0)k(c,x)k(a,B)k(0,B)k(a,1)k(B,1)k(0,1)k(0,a)k(a,q)k(0,0)k(0,0)k(a,1)k(a,B)k(a,a)k(a,a)['a'=>'green', 0=>'red']

k(a,b)k(b,c)k(c,0)k(b,0)k(a,0)k(c,x)k(a,B)k(0,B)k(a,1)k(B,1)k(0,1)k(0,0)k(a,0)k(a,1)k(a,B)k(a,a)k(b,0)k(b,1)k(b,B)k(b,a)k(c,0)k(c,1)k(c,B)k(c,a)k(x,0)k(x,1)k(x,B)k(x,a)['a'=>'green', 'b'=>'brown', 'c'=>'blue', 0=>'red', 'x'=>'GREEN']

k(a,b)k(b,c)k(c,0)k(b,0)k(a,0)k(c,x)k(a,B)k(0,B)k(a,1)k(B,1)k(0,1)k(0,a)k(a,q)k(0,0)k(a,0)k(a,1)k(a,B)k(a,a)k(b,a)[]

v(green,GREEN)v(red,yellow)['a'=>'green', 'b'=>'brown', 'c'=>'blue', 0=>'red', 'x'=>'GREEN']

v(green,GREEN)v(red,yellow)[]

k(a,b)k(b,c)k(c,0)k(b,0)k(a,0)k(c,x)k(a,B)k(0,B)k(a,1)k(B,1)k(0,1)k(0,a)k(a,q)k(0,0)v(red,yellow)k(0,0)v(red,red)k(a,0)k(a,1)k(a,B)k(a,a)v(green,GREEN)k(a,0)k(a,a)v(green,green)k(b,0)k(b,1)k(b,B)k(b,a)k(b,0)k(b,a)k(b,q)k(c,0)k(c,1)k(c,B)k(c,a)k(c,0)k(c,a)k(c,q)k(x,0)k(x,1)k(x,B)k(x,a)k(x,0)k(x,a)k(x,q)['b'=>'brown', 'c'=>'blue', 'x'=>'GREEN']

k(a,b)k(b,c)k(c,0)k(b,0)k(a,0)k(c,x)k(a,B)k(0,B)k(a,1)k(B,1)k(0,1)k(0,a)k(a,q)k(0,0)v(red,yellow)k(a,0)k(a,1)k(a,B)k(a,a)v(green,GREEN)k(b,a)[]

k(a,b)k(b,c)k(c,0)k(b,0)k(a,0)k(c,x)k(0,a)k(a,q)k(0,a)k(a,q)k(0,0)v(red,red)v(0,0)v(red,red)k(a,a)v(green,green)v(a,a)v(green,green)k(b,q)k(c,q)k(x,q)['a'=>'green', 0=>'red']

['c'=>'blue']
['a'=>'green', 'b'=>'brown', 0=>'red', 'x'=>'GREEN']

Deprecated: array_udiff(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 26
[0=>3, 1=>1]
['a'=>1, 'b'=>2]
[]
v(1,2)v(1,2)[0=>1, 1=>2]
v(1,2)v(1,2)[0=>1, 1=>2]
[0=>1, 1=>2, 2=>2, 3=>'2', 5=>1]
[1=>3, 3=>4]
[]
[]
['k0'=>0, 'k1'=>7, 'k2'=>1, 'k3'=>8, 'k4'=>2, 'k5'=>9, 'k6'=>3, 'k7'=>10, 'k8'=>4, 'k9'=>11, 'k10'=>5, 'k11'=>12, 'k12'=>6, 'k13'=>0, 'k14'=>7, 'k15'=>1, 'k16'=>8, 'k17'=>2, 'k18'=>9, 'k19'=>3, 'k20'=>10, 'k21'=>4, 'k22'=>11, 'k23'=>5, 'k24'=>12, 'k25'=>6, 'k26'=>0, 'k27'=>7, 'k28'=>1, 'k29'=>8, 'k30'=>2, 'k31'=>9, 'k32'=>3, 'k33'=>10, 'k34'=>4, 'k35'=>11, 'k36'=>5, 'k37'=>12, 'k38'=>6, 'k39'=>0]
[]
['k1'=>7, 'k2'=>1, 'k7'=>10, 'k8'=>4, 'k14'=>7, 'k15'=>1, 'k20'=>10, 'k21'=>4, 'k27'=>7, 'k28'=>1, 'k33'=>10, 'k34'=>4]

--TEST--
sorts and walks whose callback changes or replaces the array (through a reference or a global)
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo "[", implode(", ", $o), "]\n"; }
$a = [3, 1, 2]; $r = &$a; sort($r); show($a); rsort($a); show($r);
function evil($x, $y) { global $g; $g = "replaced"; return $x <=> $y; }
$g = [3, 1, 2]; usort($g, "evil"); var_dump($g);
$g = ["b" => 3, "a" => 1]; uasort($g, "evil"); var_dump($g);
function grow($x, $y) { global $h; $h[] = 9; return $x <=> $y; }
$h = [3, 1, 2]; usort($h, "grow"); var_dump($h);
function walker(&$v, $k) { global $w; if ($k == 0) { $w[] = "added"; } $v = "<$v>"; }
$w = [1, 2]; array_walk($w, "walker"); var_dump($w);
function walker2(&$v, $k) { global $w2; unset($w2[1]); $v = "<$v>"; }
$w2 = [1, 2, 3]; array_walk($w2, "walker2"); var_dump($w2);
function breaker($v, $k) { global $w3; $w3 = 5; }
$w3 = [1, 2]; array_walk($w3, "breaker");
--EXPECTF--
[0=>1, 1=>2, 2=>3]
[0=>3, 1=>2, 2=>1]
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  string(3) "<1>"
  [1]=>
  string(3) "<2>"
  [2]=>
  string(7) "<added>"
}
array(2) {
  [0]=>
  string(3) "<1>"
  [2]=>
  string(3) "<3>"
}

Fatal error: Uncaught TypeError: Iterated value is no longer an array or object in %s:14
Stack trace:
#0 %A{main}
  thrown in %s on line 14

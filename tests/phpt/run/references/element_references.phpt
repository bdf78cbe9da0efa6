--TEST--
References into arrays: by-reference arguments that are elements (auto-vivified, copy-on-write kept), &$a[k] in assignments and array literals, $a[k]++ with strings, var_dump's &
--FILE--
<?php
function set(&$x, $v) { $x = $v; }
$a = [];
set($a['x']['y'], 1);
set($a['list'][], 2);
$b = [1, 2];
$c = $b;
set($b[0], 10);
var_dump($a, $b, $c);
function read($x) { return $x; }
var_dump(read($a['x']['y']), read($a['nope']['y'] ?? 'd'));
echo read($b[5]), "\n";
$x = 1;
$arr = [&$x, 'k' => &$a['x']['y'], 3];
$x = 5; $a['x']['y'] = 7;
var_dump($arr);
$m = ['p' => 1];
$r = &$m['p'];
$r = 9;
$m['q'] = &$m['p'];
$m['q']++;
var_dump($m);
$n = [];
$n['a']['b'] = &$x;
$x = 'via ref';
var_dump($n);
$s = ["z", "Az", 9]; $s[0]++; $s[1]++; $post = $s[2]--; $u = []; $u["k"]++;
var_dump($s, $post, $u);
--EXPECTF--
array(2) {
  ["x"]=>
  array(1) {
    ["y"]=>
    int(1)
  }
  ["list"]=>
  array(1) {
    [0]=>
    int(2)
  }
}
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(1)
string(1) "d"

Warning: Undefined array key 5 in %s on line 12

array(3) {
  [0]=>
  &int(5)
  ["k"]=>
  &int(7)
  [1]=>
  int(3)
}
array(2) {
  ["p"]=>
  &int(10)
  ["q"]=>
  &int(10)
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    &string(7) "via ref"
  }
}

Warning: Undefined array key "k" in %s on line 27
array(3) {
  [0]=>
  string(2) "aa"
  [1]=>
  string(2) "Ba"
  [2]=>
  int(8)
}
int(9)
array(1) {
  ["k"]=>
  int(1)
}

--TEST--
More groups than the shared match data holds, and preg_* calls inside callbacks
--FILE--
<?php
$big = '/' . str_repeat('(a)', 40) . '/';
var_dump(preg_match($big, str_repeat('a', 41), $m), count($m), $m[40]);
var_dump(preg_match_all($big, str_repeat('a', 81), $m), count($m), count($m[40]));
var_dump(preg_replace($big, '$40$1|', str_repeat('a', 81)));
var_dump(preg_split($big, 'x' . str_repeat('a', 40) . 'y', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY)[1]);
var_dump(preg_grep($big, [str_repeat('a', 40), 'b']));

function outer($m) {
    $inner = preg_replace_callback('/' . str_repeat('(b)', 35) . '/', 'inner', str_repeat('b', 35));
    preg_match('/(x)(y)/', 'xy', $small);
    return $inner . ':' . count($m) . ':' . $small[2];
}
function inner($m) { return count($m) . preg_replace_callback('/c/', 'innermost', 'c'); }
function innermost($m) { return preg_match_all('/c/', 'ccc') . $m[0]; }
var_dump(preg_replace_callback($big, 'outer', str_repeat('a', 80)));
var_dump(preg_replace_callback('/(a)/', 'outer', 'xa'));
--EXPECT--
int(1)
int(41)
string(1) "a"
int(2)
int(41)
int(2)
string(7) "aa|aa|a"
string(1) "a"
array(1) {
  [0]=>
  string(40) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
}
string(18) "363c:41:y363c:41:y"
string(9) "x363c:2:y"

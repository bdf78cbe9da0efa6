--TEST--
A match that ends before it starts (\K in a lookahead)
--FILE--
<?php
// \K inside a lookahead can set the match start after its end: PHP reports what it can.
var_dump(preg_match('/(?=a\K)/', 'ab', $m), $m);
var_dump(preg_match('/(?=a\K)/', 'ab'));
var_dump(preg_match_all('/(?=a\K)/', 'ab', $m), $m);
var_dump(preg_replace('/(?=a\K)/', 'x', 'ab'), preg_last_error_msg());
var_dump(preg_split('/(?=a\K)/', 'ab'), preg_last_error_msg());
// \K outside lookarounds is ordinary.
var_dump(preg_match('/a\Kb/', 'ab', $m, PREG_OFFSET_CAPTURE), $m, preg_replace('/a\Kb/', 'x', 'abab'));
--EXPECTF--

Warning: preg_match(): Get subpatterns list failed in %s on line 3
bool(false)
array(0) {
}
int(1)

Warning: preg_match_all(): Get subpatterns list failed in %s on line 5
bool(false)
array(0) {
}
NULL
string(14) "Internal error"
bool(false)
string(14) "Internal error"
int(1)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
}
string(4) "axax"

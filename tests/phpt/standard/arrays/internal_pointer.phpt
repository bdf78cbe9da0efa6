--TEST--
current, pos, key, next, prev, reset, end
--FILE--
<?php
$arr = ["x" => 1, "y" => 2, "z" => 3];
var_dump(current($arr), key($arr), next($arr), key($arr), next($arr), next($arr), key($arr), current($arr));
var_dump(prev($arr), reset($arr), end($arr), key($arr), prev($arr), prev($arr), prev($arr), key($arr), pos($arr));
$e = [];
var_dump(current($e), key($e), next($e), prev($e), reset($e), end($e));
// A copy shares the position until one of them moves.
$arr = [1, 2, 3];
next($arr);
$copy = $arr;
var_dump(current($copy));
next($copy);
var_dump(current($copy), current($arr));
// Deleting the current element moves the pointer to the next one.
$arr = [1, 2, 3];
next($arr);
unset($arr[1]);
var_dump(current($arr), key($arr));
$arr = [1, 2, 3];
end($arr);
unset($arr[2]);
var_dump(current($arr), key($arr));
$arr = [false, 0];
var_dump(current($arr), next($arr), next($arr), key($arr));
$arr = [5 => "a", "k" => "b"];
end($arr);
var_dump(key($arr));
$arr[] = "c";
var_dump(current($arr), next($arr), key($arr));
// Values that are references come back as values.
$r = [1, 2];
foreach ($r as &$v) {}
var_dump(end($r), reset($r));
--EXPECT--
int(1)
string(1) "x"
int(2)
string(1) "y"
int(3)
bool(false)
NULL
bool(false)
bool(false)
int(1)
int(3)
string(1) "z"
int(2)
int(1)
bool(false)
NULL
bool(false)
bool(false)
NULL
bool(false)
bool(false)
bool(false)
bool(false)
int(2)
int(3)
int(2)
int(3)
int(2)
bool(false)
NULL
bool(false)
int(0)
bool(false)
NULL
string(1) "k"
string(1) "b"
string(1) "c"
int(6)
int(2)
int(1)

--TEST--
Functions returning by reference: =& binds to the variable, static and array elements, notices for constants and by-value functions, used as a value
--FILE--
<?php
function &returnByRef(&$arg1) { return $arg1; }
$a = 7;
$b =& returnByRef($a);
$a++;
var_dump($b);
function &counter() { static $n = 0; $n++; return $n; }
$c = &counter(); $c += 10; echo counter(), "\n";
$v = counter(); $v = 100; echo counter(), "\n";
function &element(array &$arr, $k) { return $arr[$k]; }
$data = ["x" => 1];
$e = &element($data, "x"); $e = "changed"; $f = &element($data, "new"); $f = "added";
var_dump($data);
function &constant_ref() { return 100; }
$z = &constant_ref(); var_dump($z);
function by_value() { return 5; }
$q = &by_value(); var_dump($q);
function &nested() { return counter(); }
$r = &nested(); $r = 50; echo counter(), "\n";
function &implicit() { }
$i = &implicit(); var_dump($i);
echo strlen(returnByRef($a)), "\n";
--EXPECTF--
int(8)
12
14
array(2) {
  ["x"]=>
  &string(7) "changed"
  ["new"]=>
  &string(5) "added"
}

Notice: Only variable references should be returned by reference in %s on line 14
int(100)

Notice: Only variables should be assigned by reference in %s on line 17
int(5)
51

Notice: Only variable references should be returned by reference in %s on line 20
NULL
1

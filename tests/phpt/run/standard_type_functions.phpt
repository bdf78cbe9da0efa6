--TEST--
gettype, is_numeric, the *val conversions and count on user data
--FILE--
<?php
$values = [0, "12", "1.5e3", " 7", "abc", 2.0, false, null, [1, [2, 3]]];
foreach ($values as $v) {
    echo gettype($v), " numeric=", var_export(is_numeric($v), true), " int=", intval($v),
        " float=", floatval($v), " bool=", var_export(boolval($v), true), "\n";
}
echo count($values), " ", count($values, 1), "\n";
--EXPECT--
integer numeric=true int=0 float=0 bool=false
string numeric=true int=12 float=12 bool=true
string numeric=true int=1500 float=1500 bool=true
string numeric=true int=7 float=7 bool=true
string numeric=false int=0 float=0 bool=true
double numeric=true int=2 float=2 bool=true
boolean numeric=false int=0 float=0 bool=false
NULL numeric=false int=0 float=0 bool=false
array numeric=false int=1 float=1 bool=true
9 13

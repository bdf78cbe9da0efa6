--TEST--
$GLOBALS: elements read, written, incremented, nested, referenced, unset and isset by name; the whole array as a copy
--FILE--
<?php
$x = 1;
function f() {
    $GLOBALS["x"]++;
    $GLOBALS["y"] = 5;
    $GLOBALS["arr"]["k"][] = "v";
    var_dump(isset($GLOBALS["x"]), $GLOBALS["x"], empty($GLOBALS["nope"]), $GLOBALS["arr"]);
    unset($GLOBALS["x"]);
    $r = &$GLOBALS["y"];
    $r = 6;
}
f();
var_dump(isset($x), $y);
$g = $GLOBALS;
var_dump(count($g) >= 4, $g["y"], isset($g["GLOBALS"]));
function &ref() { return $GLOBALS["y"]; }
$z = &ref(); $z = 7; var_dump($y);
echo $GLOBALS["nope"];
--EXPECTF--
bool(true)
int(2)
bool(true)
array(1) {
  ["k"]=>
  array(1) {
    [0]=>
    string(1) "v"
  }
}
bool(false)
int(6)
bool(true)
int(6)
bool(false)
int(7)

Warning: Undefined global variable $nope in %s on line 18

--TEST--
String offsets: writes (negative, past the end with padding, first byte only, copy-on-write, inside arrays), reads with PHP's offset rules, isset
--FILE--
<?php
$s = "abc"; $s[1] = "X"; var_dump($s);
$s = "abc"; $s[5] = "X"; var_dump($s);
$s = "abc"; $s[-1] = "X"; var_dump($s);
$s = "abc"; $s[-5] = "X"; var_dump($s);
$s = "abc"; $s[0] = "XYZ"; var_dump($s);
$s = "abc"; $s["1"] = "X"; var_dump($s);
$s = "abc"; $s[1.7] = "X"; var_dump($s);
$s = "abc"; $r = ($s[0] = 5); var_dump($s, $r);
$s = ""; $s[0] = "X"; var_dump($s);
$t = "shared"; $u = $t; $u[0] = "S"; var_dump($t, $u);
$a = ["k" => "xyz"]; $a["k"][1] = "Y"; var_dump($a);
$s = "abc"; echo $s["1x"], $s[1.5], $s[true], $s[null], $s[" 1"], "\n";
var_dump(isset($s["x"]), isset($s["1x"]), isset($s[1]), $s["x"] ?? "d");
$s = "abc"; $s["x"] = "X";
--EXPECTF--
string(3) "aXc"
string(6) "abc  X"
string(3) "abX"

Warning: Illegal string offset -5 in %s on line 5
string(3) "abc"

Warning: Only the first byte will be assigned to the string offset in %s on line 6
string(3) "Xbc"
string(3) "aXc"

Warning: String offset cast occurred in %s on line 8
string(3) "aXc"
string(3) "5bc"
string(1) "5"
string(1) "X"
string(6) "shared"
string(6) "Shared"
array(1) {
  ["k"]=>
  string(3) "xYz"
}

Warning: Illegal string offset "1x" in %s on line 13
b
Warning: String offset cast occurred in %s on line 13
b
Warning: String offset cast occurred in %s on line 13
b
Warning: String offset cast occurred in %s on line 13
ab
bool(false)
bool(false)
bool(true)
string(1) "d"

Fatal error: Uncaught TypeError: Cannot access offset of type string on string in %s:15
Stack trace:
#0 {main}
  thrown in %s on line 15
--EXIT_STATUS--
255

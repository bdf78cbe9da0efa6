--TEST--
substr_replace: strings and arrays of strings
--FILE--
<?php
var_dump(substr_replace("Hello", "J", 0, 1), substr_replace("Hello", "XX", -2), substr_replace("Hello", "XX", 1, -2), substr_replace("Hello", "XX", 10));
var_dump(substr_replace("Hello", ["a", "b"], 1, 0), substr_replace("Hello", "", 1, 2), substr_replace("Hello", "X", -10, 1));
var_dump(substr_replace(["abc", "def", "k" => "ghi"], ["X", "Y"], [0, 1], [1]));
var_dump(substr_replace(["abc", "def"], "Z", 1, null), substr_replace(["abc", "def"], "Z", 1, 1));
--EXPECT--
string(5) "Jello"
string(5) "HelXX"
string(5) "HXXlo"
string(7) "HelloXX"
string(6) "Haello"
string(3) "Hlo"
string(5) "Xello"
array(3) {
  [0]=>
  string(3) "Xbc"
  [1]=>
  string(2) "dY"
  ["k"]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(2) "aZ"
  [1]=>
  string(2) "dZ"
}
array(2) {
  [0]=>
  string(3) "aZc"
  [1]=>
  string(3) "dZf"
}

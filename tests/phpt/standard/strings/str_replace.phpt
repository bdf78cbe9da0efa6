--TEST--
str_replace and str_ireplace: strings, arrays, subjects arrays and the count
--FILE--
<?php
$n = 0;
var_dump(str_replace("l", "L", "hello", $n), $n);
var_dump(str_replace(["a", "b"], ["b", "c"], "ab", $n), $n);
var_dump(str_replace(["a", "b", "c"], ["x"], "abcabc"), str_replace(["a", "b"], "-", "abcab"));
var_dump(str_replace("", "x", "abc"), str_replace("ab", "", "abab"), str_replace("abc", "x", "ab"), str_replace("aa", "b", "aaaaa"));
var_dump(str_replace("o", "0", ["k" => "foo", 5 => "bar", "boo"], $n), $n);
var_dump(str_ireplace("L", "x", "HeLlo", $n), $n);
var_dump(str_ireplace(["HELLO", "world"], ["bye", "all"], "Hello World"), str_ireplace("AB", "x", "aBab"));
var_dump(str_replace(1, 2, 313), str_replace(["a"], "z", "aaa"), str_replace("a", "b", ""));
var_dump(str_replace(["a", "b"], ["b", "a"], "ab"));
--EXPECT--
string(5) "heLLo"
int(2)
string(2) "cc"
int(3)
string(2) "xx"
string(5) "--c--"
string(3) "abc"
string(0) ""
string(2) "ab"
string(3) "bba"
array(3) {
  ["k"]=>
  string(3) "f00"
  [5]=>
  string(3) "bar"
  [6]=>
  string(3) "b00"
}
int(4)
string(5) "Hexxo"
int(2)
string(7) "bye all"
string(2) "xx"
string(3) "323"
string(3) "zzz"
string(0) ""
string(2) "aa"

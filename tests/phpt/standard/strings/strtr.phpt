--TEST--
strtr: byte mapping and string pairs (longest match first)
--FILE--
<?php
var_dump(strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi"]), strtr("abc", "ab", "xyz"), strtr("abc", "abc", "x"));
var_dump(strtr("abc", []), strtr("abc", ["b" => "B"]), strtr("1234", [1 => "one", 23 => "two3", 234 => "X"]), strtr("", "a", "b"));
var_dump(strtr("aaa", ["a" => "b", "aa" => "c"]), strtr("abc", ["abcd" => "x"]), strtr("banana", ["an" => "AN", "a" => "A"]));
var_dump(strtr("abc", ["" => "x", "a" => "A"]));
var_dump(strtr("abc", ["" => "x"]));
--EXPECTF--
string(20) "Hello all, I said hi"
string(3) "xyc"
string(3) "xbc"
string(3) "abc"
string(3) "aBc"
string(4) "oneX"
string(0) ""
string(2) "cb"
string(3) "abc"
string(6) "bANANA"

Warning: strtr(): Ignoring replacement of empty string in %s on line %d
string(3) "Abc"

Warning: strtr(): Ignoring replacement of empty string in %s on line %d
string(3) "abc"

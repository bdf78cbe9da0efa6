--TEST--
trim, ltrim, rtrim, chop: default whitespace, character lists and ranges
--FILE--
<?php
var_dump(trim("  xx  "), trim("\t\n\r\0\x0Bxx\x0C "), ltrim("  xx  "), rtrim("  xx  "), chop("ab  \n"));
var_dump(trim("xxaxx", "x"), trim("abcXcba", "a..c"), rtrim("1.000", "0"), rtrim("1.000", ".0"), ltrim("0012", "0"));
var_dump(trim("[abc]", "[]"), trim("...a...", "."), trim("", "a"), trim("aaa", "a"), trim("a-b", "a..a"));
var_dump(trim("abc", "..a"), trim("abc", "a.."), trim("abc", "z..a"), trim("abc", "a..b..c"));
--EXPECTF--
string(2) "xx"
string(3) "xx"
string(4) "xx  "
string(4) "  xx"
string(2) "ab"
string(1) "a"
string(1) "X"
string(2) "1."
string(1) "1"
string(2) "12"
string(3) "abc"
string(1) "a"
string(0) ""
string(0) ""
string(2) "-b"

Warning: trim(): Invalid '..'-range, no character to the left of '..' in %s on line %d

Warning: trim(): Invalid '..'-range, no character to the right of '..' in %s on line %d

Warning: trim(): Invalid '..'-range, '..'-range needs to be incrementing in %s on line %d

Warning: trim(): Invalid '..'-range in %s on line %d
string(2) "bc"
string(2) "bc"
string(2) "bc"
string(0) ""

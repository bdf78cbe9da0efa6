--TEST--
bin2hex and hex2bin, with hex2bin's warnings
--FILE--
<?php
var_dump(bin2hex("abc\xff\x00"), bin2hex(""), hex2bin("616263"), hex2bin("4A4b"), hex2bin(""));
var_dump(hex2bin("abc"));
var_dump(hex2bin("zz"));
--EXPECTF--
string(10) "616263ff00"
string(0) ""
string(3) "abc"
string(2) "JK"
string(0) ""

Warning: hex2bin(): Hexadecimal input string must have an even length in %s on line %d
bool(false)

Warning: hex2bin(): Input string must be hexadecimal string in %s on line %d
bool(false)

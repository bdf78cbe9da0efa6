--TEST--
dechex, decbin, decoct, hexdec, bindec, octdec, base_convert
--FILE--
<?php
var_dump(dechex(255), dechex(-1), dechex(0), decbin(10), decbin(-1), decoct(8), decoct(PHP_INT_MAX));
var_dump(hexdec("ff"), hexdec("0xFF"), hexdec(" 1A "), hexdec("FFFFFFFFFFFFFFFF"), hexdec("7FFFFFFFFFFFFFFF"), bindec("0b1111"), octdec("0o17"), octdec("777"), bindec(str_repeat("1", 64)));
var_dump(base_convert("ff", 16, 2), base_convert("zz", 36, 10), base_convert("ZZ", 36, 16), base_convert("ffffffffffffffffffff", 16, 10), base_convert("0", 10, 36), base_convert("", 10, 2));
--EXPECT--
string(2) "ff"
string(16) "ffffffffffffffff"
string(1) "0"
string(4) "1010"
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
string(2) "10"
string(21) "777777777777777777777"
int(255)
int(255)
int(26)
float(1.8446744073709552E+19)
int(9223372036854775807)
int(15)
int(15)
int(511)
float(1.8446744073709552E+19)
string(8) "11111111"
string(4) "1295"
string(3) "50f"
string(25) "1208925819614629446642046"
string(1) "0"
string(1) "0"

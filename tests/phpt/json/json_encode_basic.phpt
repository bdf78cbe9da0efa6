--TEST--
json_encode() of scalars, floats, strings, lists and maps
--FILE--
<?php
$values = [null, true, false, 0, -42, PHP_INT_MAX, PHP_INT_MIN, 1.0, -1.5, 0.1, 1/3, -0.0, 1e25, 1.5e-7, 100000000000000000000.0, 0.00001,
           '', 'plain', "quote \" backslash \\ slash /", "\x00\x01\x08\x09\x0a\x0c\x0d\x1f\x7f", 'é€😀', "\u{2028}\u{2029}",
           [], [1, 2, 3], [1 => 'a', 2 => 'b'], [0 => 'a', 2 => 'b'], ['a' => 1, 'b' => [true, null]], ['x' => [], 'y' => [[]]],
           [3 => 'three', 'k' => 'v'], ['' => 'empty key', '0' => 'zero'], [-1 => 'negative']];
foreach ($values as $value) {
    var_dump(json_encode($value));
}
var_dump(json_last_error(), json_last_error_msg());
--EXPECT--
string(4) "null"
string(4) "true"
string(5) "false"
string(1) "0"
string(3) "-42"
string(19) "9223372036854775807"
string(20) "-9223372036854775808"
string(1) "1"
string(4) "-1.5"
string(3) "0.1"
string(18) "0.3333333333333333"
string(2) "-0"
string(7) "1.0e+25"
string(6) "1.5e-7"
string(7) "1.0e+20"
string(6) "1.0e-5"
string(2) """"
string(7) ""plain""
string(32) ""quote \" backslash \\ slash \/""
string(31) ""\u0000\u0001\b\t\n\f\r\u001f""
string(26) ""\u00e9\u20ac\ud83d\ude00""
string(14) ""\u2028\u2029""
string(2) "[]"
string(7) "[1,2,3]"
string(17) "{"1":"a","2":"b"}"
string(17) "{"0":"a","2":"b"}"
string(23) "{"a":1,"b":[true,null]}"
string(17) "{"x":[],"y":[[]]}"
string(21) "{"3":"three","k":"v"}"
string(27) "{"":"empty key","0":"zero"}"
string(17) "{"-1":"negative"}"
int(0)
string(8) "No error"

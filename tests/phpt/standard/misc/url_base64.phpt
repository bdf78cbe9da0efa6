--TEST--
urlencode, rawurlencode, urldecode, rawurldecode, base64_encode, base64_decode (strict and not)
--FILE--
<?php
$samples = ['', 'abc', 'a b+c', 'AZaz09-_.~', "!*'();:@&=+\$,/?#[]", "Ã©\0\x7f\xff", '100%'];
foreach ($samples as $s) {
    echo urlencode($s), ' | ', rawurlencode($s), ' | ', base64_encode($s), "\n";
    var_dump(urldecode(urlencode($s)) === $s, rawurldecode(rawurlencode($s)) === $s, base64_decode(base64_encode($s)) === $s);
}
var_dump(urldecode('a+b%20c%2'), urldecode('%zz%4'), rawurldecode('a+b%41%4a%4A'), urldecode('%'), urldecode('%%41'));
foreach (['YWJj', 'YWJjZA==', 'YWJjZA', 'YWJjZA=', 'YW Jj\nZA==', 'YWJj*ZA==', 'YQ==YQ==', 'Y', 'YWJjZ', 'YWJjZA===', '====', '', "YW\tJj"] as $b) {
    echo var_export($b, true), ': ';
    var_dump(base64_decode($b), base64_decode($b, true));
}
--EXPECT--
 |  | 
bool(true)
bool(true)
bool(true)
abc | abc | YWJj
bool(true)
bool(true)
bool(true)
a+b%2Bc | a%20b%2Bc | YSBiK2M=
bool(true)
bool(true)
bool(true)
AZaz09-_.%7E | AZaz09-_.~ | QVphejA5LV8ufg==
bool(true)
bool(true)
bool(true)
%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D | %21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D | ISonKCk7OkAmPSskLC8/I1td
bool(true)
bool(true)
bool(true)
%C3%A9%00%7F%FF | %C3%A9%00%7F%FF | w6kAf/8=
bool(true)
bool(true)
bool(true)
100%25 | 100%25 | MTAwJQ==
bool(true)
bool(true)
bool(true)
string(7) "a b c%2"
string(5) "%zz%4"
string(6) "a+bAJJ"
string(1) "%"
string(2) "%A"
'YWJj': string(3) "abc"
string(3) "abc"
'YWJjZA==': string(4) "abcd"
string(4) "abcd"
'YWJjZA': string(4) "abcd"
string(4) "abcd"
'YWJjZA=': string(4) "abcd"
bool(false)
'YW Jj\\nZA==': string(5) "abc"
bool(false)
'YWJj*ZA==': string(4) "abcd"
bool(false)
'YQ==YQ==': string(3) "a"
bool(false)
'Y': string(0) ""
bool(false)
'YWJjZ': string(3) "abc"
bool(false)
'YWJjZA===': string(4) "abcd"
bool(false)
'====': string(0) ""
bool(false)
'': string(0) ""
string(0) ""
'YW	Jj': string(3) "abc"
string(3) "abc"

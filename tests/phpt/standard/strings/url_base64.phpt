--TEST--
base64_encode, base64_decode (lenient and strict), urlencode, rawurlencode, urldecode, rawurldecode
--FILE--
<?php
foreach (["", "f", "fo", "foo", "foob", "fooba", "foobar", "\0\xff\xfe", "Hello, World!"] as $s) {
    echo base64_encode($s), " ", var_export(base64_decode(base64_encode($s)) === $s, true), "\n";
}
var_dump(base64_decode("Zm9v YmFy"), base64_decode("Zm9v!YmFy"), base64_decode("Zm9v!YmFy", true), base64_decode("Zm9vYg==", true), base64_decode("Zm9vYg=", true), base64_decode("Zm9vYg", true), base64_decode("Zm9vY", true), base64_decode("Zm9vYg==x", true), base64_decode("Zm9vYg===", true), base64_decode("Zm=9v"), base64_decode(" Zm9v\n", true));
var_dump(urlencode("a b&c=d/e?f~g.h-i_j*k"), rawurlencode("a b&c=d/e?f~g.h-i_j*k"), urlencode("ü\0"), urldecode("a+b%20c%2Fd%zz%4"), rawurldecode("a+b%20c%2fd%"), urldecode("%41%4a%4A"));
--EXPECT--
 true
Zg== true
Zm8= true
Zm9v true
Zm9vYg== true
Zm9vYmE= true
Zm9vYmFy true
AP/+ true
SGVsbG8sIFdvcmxkIQ== true
string(6) "foobar"
string(6) "foobar"
bool(false)
string(4) "foob"
bool(false)
string(4) "foob"
bool(false)
bool(false)
bool(false)
string(3) "foo"
string(3) "foo"
string(33) "a+b%26c%3Dd%2Fe%3Ff%7Eg.h-i_j%2Ak"
string(33) "a%20b%26c%3Dd%2Fe%3Ff~g.h-i_j%2Ak"
string(9) "%C3%BC%00"
string(12) "a b c/d%zz%4"
string(8) "a+b c/d%"
string(3) "AJJ"

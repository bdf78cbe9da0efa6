--TEST--
utf8_encode and utf8_decode (deprecated in 8.2), soundex
--FILE--
<?php
var_dump(utf8_encode("a\xe9\xff"), utf8_encode(""));
var_dump(utf8_decode("a\xc3\xa9\xe2\x82\xac\xff\xc3"), utf8_decode(""));
foreach (["Robert", "Rupert", "Rubin", "Tymczak", "", "Pfister", "Ashcraft", "1a", "Lee", "Gutierrez", "Jackson", "o'hara", "x"] as $n) {
    echo soundex($n), " ";
}
echo "\n";
--EXPECTF--

Deprecated: Function utf8_encode() is deprecated in %s on line %d

Deprecated: Function utf8_encode() is deprecated in %s on line %d
string(5) "aéÿ"
string(0) ""

Deprecated: Function utf8_decode() is deprecated in %s on line %d

Deprecated: Function utf8_decode() is deprecated in %s on line %d
string(5) "a�???"
string(0) ""
R163 R163 R150 T522 0000 P236 A226 A000 L000 G362 J250 O600 X000 

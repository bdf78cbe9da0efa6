--TEST--
md5, sha1 and crc32 against known values, raw output, long input
--FILE--
<?php
foreach (['', 'a', 'abc', 'message digest', 'The quick brown fox jumps over the lazy dog', str_repeat('x', 55), str_repeat('y', 56), str_repeat('z', 64), str_repeat('0123456789', 100)] as $s) {
    echo md5($s), ' ', sha1($s), ' ', crc32($s), "\n";
}
var_dump(strlen(md5('abc', true)), strlen(sha1('abc', true)), base64_encode(md5('abc', true)), base64_encode(sha1('abc', true)));
var_dump(crc32("\xff\x00\x80"), crc32('123456789'));
--EXPECT--
d41d8cd98f00b204e9800998ecf8427e da39a3ee5e6b4b0d3255bfef95601890afd80709 0
0cc175b9c0f1b6a831c399e269772661 86f7e437faa5a7fce15d1ddcb9eaeaea377667b8 3904355907
900150983cd24fb0d6963f7d28e17f72 a9993e364706816aba3e25717850c26c9cd0d89d 891568578
f96b697d7cb7938d525a2f31aaf161d0 c12252ceda8be8994d5fa0290a47231c1d16aae3 538287487
9e107d9d372bb6826bd81d3542a419d6 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 1095738169
04364420e25c512fd958a70738aa8f72 cef734ba81a024479e09eb5a75b6ddae62e6abf1 3463718748
6c830a5d23df58dbe0171eb5639bf3e4 8902d391f35bbaf08469aee6ab763e4048f3f6ba 1965935213
3ecc49f9d9d6c263b4f0de7fc3f38aed 668cd5ae72f64e8194014f99778081e5ae46df53 3327311648
427008b3fe192f663d665f56cd75716c f2b2f38b074c387a1415c3afb834c7232f31b097 2089127921
int(16)
int(20)
string(24) "kAFQmDzST7DWlj99KOF/cg=="
string(28) "qZk+NkcGgWq6PiVxeFDCbJzQ2J0="
int(2892066527)
int(3421780262)

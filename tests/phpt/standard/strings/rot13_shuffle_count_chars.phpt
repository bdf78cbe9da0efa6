--TEST--
str_rot13, str_shuffle (seeded), count_chars, strcoll
--FILE--
<?php
var_dump(str_rot13("Hello, World! 123"), str_rot13(""));
mt_srand(1);
var_dump(str_shuffle("abcdefghij"), str_shuffle("ab"), str_shuffle(""), str_shuffle("x"));
var_dump(count_chars("abcab", 1), count_chars("abcab", 3), strlen(count_chars("abc", 4)), count(count_chars("")), count(count_chars("a", 2)));
var_dump(strcoll("a", "b"), strcoll("b", "a"), strcoll("abc", "abc"), strcoll("a", "ab"));
--EXPECT--
string(17) "Uryyb, Jbeyq! 123"
string(0) ""
string(10) "aichgbdejf"
string(2) "ba"
string(0) ""
string(1) "x"
array(3) {
  [97]=>
  int(2)
  [98]=>
  int(2)
  [99]=>
  int(1)
}
string(3) "abc"
int(253)
int(256)
int(255)
int(-1)
int(1)
int(0)
int(-98)

--TEST--
strpos, stripos, strrpos, strripos: offsets, negative offsets, empty needles
--FILE--
<?php
var_dump(strpos("hello world", "o"), strpos("hello world", "o", 5), strpos("hello", "x"), strpos("hello", "l", -2));
var_dump(strpos("abc", ""), strpos("abc", "", 3), strpos("abc", "c", 3), strpos("a\0b", "\0"));
var_dump(stripos("HeLLo", "ll"), stripos("abc", "C", -1), stripos("ABC", "d"), stripos("xXx", "X", 1));
var_dump(strrpos("hello world", "o"), strrpos("hello world", "o", -5), strrpos("hello", "l", 3), strrpos("abc", ""));
var_dump(strrpos("hello", "lo", -2), strrpos("hello", "he", -5), strrpos("hello", "x"), strrpos("abcabc", "abc", -3));
var_dump(strripos("HELLO hello", "LL"), strripos("abcABC", "a", -4), strripos("abcabc", "BC", 2), strripos("x", "X"), strripos("abc", "z"));
--EXPECT--
int(4)
int(7)
bool(false)
int(3)
int(0)
int(3)
bool(false)
int(1)
int(2)
int(2)
bool(false)
int(1)
int(7)
int(4)
int(3)
int(3)
int(3)
int(0)
bool(false)
int(3)
int(8)
int(0)
int(4)
int(0)
bool(false)

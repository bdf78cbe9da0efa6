--TEST--
PHP's byte-level quirks kept: strripos with a high one-byte needle, strcspn with an empty mask, wordwrap with a NUL in the break
--FILE--
<?php
var_dump(strripos("\xe9", "\xe9"), strripos("a\xe9b", "\xe9b"), stripos("\xe9", "\xe9"), strrpos("\xe9", "\xe9"));
var_dump(strcspn("964\0", ""), strcspn("8\x005", "", 1), strcspn("abc", ""), strspn("ab\0", ""));
var_dump(bin2hex(wordwrap("ab\0cd ef gh", 3, "\0\n")), bin2hex(wordwrap("ab\0xcd", 3, "\0y", true)));
--EXPECT--
bool(false)
int(1)
int(0)
int(0)
int(3)
int(0)
int(3)
int(0)
string(26) "6162006364000a6566000a6768"
string(12) "616200786364"

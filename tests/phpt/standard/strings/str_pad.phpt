--TEST--
str_pad: left, right, both, multi-byte pad strings
--FILE--
<?php
var_dump(str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("abc", 10, "-=", STR_PAD_BOTH), str_pad("abc", 10, "-=", STR_PAD_LEFT));
var_dump(str_pad("abc", 2), str_pad("abc", 6), str_pad("abc", -1), str_pad("abc", 8, "xy"), str_pad("", 3, "*"), str_pad("ab", 7, "123", STR_PAD_BOTH));
var_dump(STR_PAD_LEFT, STR_PAD_RIGHT, STR_PAD_BOTH);
--EXPECT--
string(3) "005"
string(10) "-=-abc-=-="
string(10) "-=-=-=-abc"
string(3) "abc"
string(6) "abc   "
string(3) "abc"
string(8) "abcxyxyx"
string(3) "***"
string(7) "12ab123"
int(0)
int(1)
int(2)

--TEST--
strcmp, strcasecmp, strncmp, strncasecmp: PHP 8.2's return values
--FILE--
<?php
var_dump(strcmp("a", "c"), strcmp("abc", "abc"), strcmp("a", "abc"), strcmp("b", "a"), strcmp("", "x"), strcmp("a\0", "a"));
var_dump(strcasecmp("HELLO", "hellz"), strcasecmp("ABC", "abcd"), strcasecmp("abc", "ABC"), strcasecmp("[", "a"));
var_dump(strncmp("abcd", "abef", 2), strncmp("abcd", "abef", 3), strncmp("ab", "abc", 5), strncmp("x", "y", 0));
var_dump(strncasecmp("ab", "AC", 5), strncasecmp("AbCx", "aBcY", 3), strncasecmp("a", "AB", 2));
--EXPECT--
int(-2)
int(0)
int(-1)
int(1)
int(-1)
int(1)
int(-11)
int(-1)
int(0)
int(-6)
int(0)
int(-2)
int(-1)
int(0)
int(-1)
int(0)
int(-1)

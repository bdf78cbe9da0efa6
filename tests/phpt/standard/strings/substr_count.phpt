--TEST--
substr_count: offsets, lengths, non-overlapping matches
--FILE--
<?php
var_dump(substr_count("hello hello hello", "hello"), substr_count("aaa", "aa"), substr_count("hello world", "o", 5));
var_dump(substr_count("hello world", "o", -5, 3), substr_count("abcabc", "abc", 1, 5), substr_count("abc", "abc", 0, 3), substr_count("", "a"));
--EXPECT--
int(3)
int(1)
int(1)
int(1)
int(1)
int(1)
int(0)

--TEST--
str_contains, str_starts_with, str_ends_with
--FILE--
<?php
var_dump(str_contains("abc", ""), str_contains("abc", "bd"), str_contains("abc", "bc"), str_contains("", ""), str_contains("a\0b", "\0"));
var_dump(str_starts_with("abc", "ab"), str_starts_with("a", "ab"), str_starts_with("abc", ""), str_starts_with("Abc", "a"));
var_dump(str_ends_with("abc", "bc"), str_ends_with("abc", ""), str_ends_with("c", "bc"), str_ends_with("abc", "C"));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)

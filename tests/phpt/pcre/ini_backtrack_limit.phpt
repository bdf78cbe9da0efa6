--TEST--
pcre.backtrack_limit, with pcre.jit off
--INI--
pcre.backtrack_limit=10
pcre.jit=0
--FILE--
<?php
var_dump(preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar'), preg_last_error(), preg_last_error_msg());
var_dump(preg_replace('/(?:\D+|<\d+>)*[!?]/', '', 'foobar foobar'), preg_last_error_msg());
var_dump(preg_match('/a/', 'a'), preg_last_error_msg());
--EXPECT--
bool(false)
int(2)
string(25) "Backtrack limit exhausted"
NULL
string(25) "Backtrack limit exhausted"
int(1)
string(8) "No error"

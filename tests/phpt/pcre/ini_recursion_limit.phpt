--TEST--
pcre.recursion_limit, with pcre.jit off
--INI--
pcre.recursion_limit=2
pcre.jit=0
--FILE--
<?php
var_dump(preg_match('/((((a))))/', 'a'), preg_last_error(), preg_last_error_msg());
var_dump(preg_split('/(\d*)/', 'ab2c3u'), preg_last_error_msg());
var_dump(preg_match('/a/', 'a'), preg_last_error_msg());
--EXPECT--
bool(false)
int(3)
string(25) "Recursion limit exhausted"
bool(false)
string(25) "Recursion limit exhausted"
int(1)
string(8) "No error"

--TEST--
putenv() changes and setlocale() last until the request ends
--ENV--
MINIPHP_KEEP=original
--FILE--
<?php
var_dump(putenv('MINIPHP_KEEP=changed'), getenv('MINIPHP_KEEP'));
var_dump(putenv('MINIPHP_KEEP=again'), getenv('MINIPHP_KEEP'));
var_dump(putenv('MINIPHP_KEEP'), getenv('MINIPHP_KEEP'), putenv('MINIPHP_FRESH=1'), getenv('MINIPHP_FRESH'));
var_dump(setlocale(LC_ALL, 'C'));
--EXPECT--
bool(true)
string(7) "changed"
bool(true)
string(5) "again"
bool(true)
bool(false)
bool(true)
string(1) "1"
string(1) "C"

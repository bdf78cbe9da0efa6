--TEST--
setlocale() with "C", "0", arrays, several arguments and unknown locales
--FILE--
<?php
var_dump(setlocale(LC_ALL, 'C'), setlocale(LC_ALL, '0'), setlocale(LC_NUMERIC, 0), setlocale(LC_CTYPE, null));
var_dump(setlocale(LC_ALL, 'xx_NOPE'), setlocale(LC_ALL, ['xx_NOPE', 'yy_NOPE', 'C']), setlocale(LC_ALL, 'xx_NOPE', 'POSIX'), setlocale(LC_ALL, []));
var_dump(setlocale(LC_TIME, 'C'), setlocale(LC_COLLATE, 'C'), setlocale(LC_MONETARY, 'C'), setlocale(LC_MESSAGES, 'C'));
var_dump(LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL);
--EXPECT--
string(1) "C"
string(1) "C"
string(1) "C"
string(7) "C.UTF-8"
bool(false)
string(1) "C"
string(1) "C"
bool(false)
string(1) "C"
string(1) "C"
string(1) "C"
string(1) "C"
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)

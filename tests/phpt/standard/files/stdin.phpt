--TEST--
Reading standard input through STDIN and php://stdin
--STDIN--
first line
second line
third
--FILE--
<?php
var_dump(fgets(STDIN), fgetc(STDIN), feof(STDIN));
var_dump(stream_get_contents(STDIN), feof(STDIN), fgets(STDIN));
var_dump(file_get_contents('php://stdin'));
--EXPECT--
string(11) "first line
"
string(1) "s"
bool(false)
string(17) "econd line
third
"
bool(true)
bool(false)
string(0) ""

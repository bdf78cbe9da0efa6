--TEST--
strtok: tokens, runs of delimiters, restarting, no string yet
--FILE--
<?php
var_dump(strtok("."));
$tok = strtok("This is\tan example\nstring", " \n\t");
while ($tok !== false) {
    echo "[$tok]";
    $tok = strtok(" \n\t");
}
echo "\n";
var_dump(strtok("/something", "/"), strtok("/"), strtok("/"));
var_dump(strtok("a,,b,", ","), strtok(","), strtok(","), strtok(","));
var_dump(strtok(",,,", ","), strtok(","), strtok("", ","), strtok("x"));
var_dump(strtok("abc", ""), strtok(""), strtok("a.b;c", "."), strtok(";"), strtok(";"));
--EXPECT--
bool(false)
[This][is][an][example][string]
string(9) "something"
bool(false)
bool(false)
string(1) "a"
string(1) "b"
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
string(3) "abc"
bool(false)
string(1) "a"
string(1) "b"
string(1) "c"

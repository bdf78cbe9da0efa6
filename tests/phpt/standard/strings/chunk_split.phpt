--TEST--
chunk_split
--FILE--
<?php
var_dump(chunk_split("abcdefg", 3, "|"), chunk_split(""), chunk_split("ab", 5, "."), chunk_split("abcd", 2), chunk_split("abc", 1, ""));
--EXPECT--
string(10) "abc|def|g|"
string(2) "
"
string(3) "ab."
string(8) "ab
cd
"
string(3) "abc"

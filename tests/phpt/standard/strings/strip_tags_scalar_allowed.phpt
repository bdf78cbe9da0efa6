--TEST--
strip_tags: scalar allowed tags are read as strings
--FILE--
<?php
var_dump(strip_tags("<b>x</b>", 1.5), strip_tags("<1>x</1>", 1), strip_tags("<b>x</b>", true));
--EXPECT--
string(1) "x"
string(1) "x"
string(1) "x"

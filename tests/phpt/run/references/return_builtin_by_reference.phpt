--TEST--
A by-reference function returning a compiled-away call gives the notice and the value
--FILE--
<?php
function &f() { return strlen("x"); }
$v = &f();
var_dump($v);
--EXPECTF--

Notice: Only variable references should be returned by reference in %s on line 2
int(1)

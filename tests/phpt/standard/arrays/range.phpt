--TEST--
range(): integers, floats, characters, steps
--FILE--
<?php
function show($a) { echo implode(",", array_map("var_export_short", $a)), "\n"; }
function var_export_short($v) { return var_export($v, true); }
show(range(1, 5));
show(range(5, 1));
show(range(0, 10, 3));
show(range(10, 0, -3));
show(range(-3, -1));
show(range(3, 3));
show(range("a", "e"));
show(range("e", "a", 2));
show(range("A", "z", 20));
show(range("x", "x"));
show(range("ab", "cd"));
show(range(1.5, 3));
show(range(0, 1, 0.25));
show(range(0.1, 0.5, 0.1));
show(range(1, 3, 1.0));
show(range(5, 1, 2));
show(range("1", "3"));
show(range("1.5", "3"));
show(range("0", "9", 3));
show(range(1, 2, "1"));
show(range("a", 5));
show(range("", "c"));
show(range(null, 2));
show(range(true, 3));
show(range(250, 255, 2));
show(range("z", "a", 12));
--EXPECT--
1,2,3,4,5
5,4,3,2,1
0,3,6,9
10,7,4,1
-3,-2,-1
3
'a','b','c','d','e'
'e','c','a'
'A','U','i'
'x'
'a','b','c'
1.5,2.5
0.0,0.25,0.5,0.75,1.0
0.1,0.2,0.30000000000000004,0.4,0.5
1.0,2.0,3.0
5,3,1
1,2,3
1.5,2.5
0,3,6,9
1,2
0,1,2,3,4,5
0
0,1,2
1,2,3
250,252,254
'z','n','b'

--TEST--
floor, ceil, abs: ints give floats for floor and ceil
--FILE--
<?php
var_dump(floor(5), floor(-5.5), floor(5.5), ceil(4.1), ceil(-0.5), ceil(7), floor("3.7"), ceil("-3.2"), floor(false), ceil(1e300));
var_dump(abs("-5"), abs(-0.0), abs(PHP_INT_MIN), abs(-3), abs(-2.5), abs("1.5"), abs(true));
--EXPECT--
float(5)
float(-6)
float(5)
float(5)
float(-0)
float(7)
float(3)
float(-3)
float(0)
float(1.0E+300)
int(5)
float(0)
float(9.223372036854776E+18)
int(3)
float(2.5)
float(1.5)
int(1)

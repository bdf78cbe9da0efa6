--TEST--
intdiv, fmod, fdiv
--FILE--
<?php
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(7, -2), intdiv(PHP_INT_MAX, 1), intdiv(0, 5));
var_dump(fmod(10, 3), fmod(-10, 3), fmod(10.5, 3), fmod(1, 0), fmod(INF, 2), fmod(5, INF));
var_dump(fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fdiv(10, 4), fdiv(1, -0.0));
--EXPECT--
int(3)
int(-3)
int(-3)
int(9223372036854775807)
int(0)
float(1)
float(-1)
float(1.5)
float(NAN)
float(NAN)
float(5)
float(INF)
float(-INF)
float(NAN)
float(2.5)
float(-INF)

--TEST--
exp, expm1, log (with bases), log10, log1p, sqrt, pow
--FILE--
<?php
var_dump(exp(1), exp(0), expm1(1e-10), log(M_E), log(8, 2), log(100, 10), log(27, 3), log(5, 1), log(0), log(-1), log(8, 0.5));
var_dump(log10(1000), log10(0.001), log1p(0.5), log1p(-1), sqrt(16), sqrt(2), sqrt(-1), sqrt(0));
var_dump(pow(2, 10), pow(2, -1), pow(2.0, 3), pow("3", 2), pow(0, 0), pow(2, 63), pow(-8, 1 / 3), pow(-2, 3), pow(10, 20));
--EXPECT--
float(2.718281828459045)
float(1)
float(1.00000000005E-10)
float(1)
float(3)
float(2)
float(3)
float(NAN)
float(-INF)
float(NAN)
float(-3)
float(3)
float(-3)
float(0.4054651081081644)
float(-INF)
float(4)
float(1.4142135623730951)
float(NAN)
float(0)
int(1024)
float(0.5)
float(8)
int(9)
int(1)
float(9.223372036854776E+18)
float(NAN)
int(-8)
float(1.0E+20)

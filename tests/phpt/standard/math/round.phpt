--TEST--
round: PHP's pre-rounding, precision, negative precision and the four modes
--FILE--
<?php
foreach ([1.955, 5.045, 5.055, -1.5, 2.5, -2.5, 1234567.891, 0.285, 1.45, -0.0001, 1e20, 3.14159, 0.5, -0.5] as $v) {
    echo $v, ": ", round($v), " ", round($v, 2), " ", round($v, -2), " ", round($v, 1, PHP_ROUND_HALF_EVEN), " ",
        round($v, 0, PHP_ROUND_HALF_DOWN), " ", round($v, 0, PHP_ROUND_HALF_ODD), " ", round($v, 0, PHP_ROUND_HALF_EVEN), "\n";
}
var_dump(round(5), round(1234, -2), round(1250, -2), round(-1250, -2, PHP_ROUND_HALF_EVEN), round("3.5"), round(true));
var_dump(round(1.23456789, 30), round(12345, -30), round(0.1 + 0.7, 1) * 10, round(INF), round(NAN), round(-0.0), round(1e300, -299));
var_dump(PHP_ROUND_HALF_UP, PHP_ROUND_HALF_DOWN, PHP_ROUND_HALF_EVEN, PHP_ROUND_HALF_ODD);
--EXPECT--
1.955: 2 1.96 0 2 2 2 2
5.045: 5 5.05 0 5 5 5 5
5.055: 5 5.06 0 5.1 5 5 5
-1.5: -2 -1.5 -0 -1.5 -1 -1 -2
2.5: 3 2.5 0 2.5 2 3 2
-2.5: -3 -2.5 -0 -2.5 -2 -3 -2
1234567.891: 1234568 1234567.89 1234600 1234567.9 1234568 1234568 1234568
0.285: 0 0.29 0 0.3 0 0 0
1.45: 1 1.45 0 1.4 1 1 1
-0.0001: -0 -0 -0 -0 -0 -0 -0
1.0E+20: 1.0E+20 1.0E+20 1.0E+20 1.0E+20 1.0E+20 1.0E+20 1.0E+20
3.14159: 3 3.14 0 3.1 3 3 3
0.5: 1 0.5 0 0.5 0 1 0
-0.5: -1 -0.5 -0 -0.5 0 -1 0
float(5)
float(1200)
float(1300)
float(-1200)
float(4)
float(1)
float(1.23456789)
float(0)
float(8)
float(INF)
float(NAN)
float(-0)
float(1.0E+300)
int(1)
int(2)
int(3)
int(4)

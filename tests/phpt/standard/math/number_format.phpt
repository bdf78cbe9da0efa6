--TEST--
number_format: rounding, separators, negative zero, large values
--FILE--
<?php
var_dump(number_format(1234567.891), number_format(1234567.891, 2), number_format(1234567.891, 2, ',', '.'), number_format(0.5));
var_dump(number_format(-0.4), number_format(-1234.567, 2, '', ' '), number_format(1.005, 2), number_format(1e15, 2), number_format(-0.01, 1));
var_dump(number_format(123, -2), number_format(0.129, 2, '.', ''), number_format(INF), number_format(-INF), number_format(NAN, 2));
var_dump(number_format(1234.5, 3, "dot", "sep"), number_format(1e80, 2), number_format(99.999, 2), number_format("1234.5"), number_format(999.5));
var_dump(number_format(1.5, 400) === "1." . "5" . str_repeat("0", 399), number_format(-1234567, 0, null, null), number_format(12, 2, ".", ""));
--EXPECT--
string(9) "1,234,568"
string(12) "1,234,567.89"
string(12) "1.234.567,89"
string(1) "1"
string(1) "0"
string(8) "-1 23457"
string(4) "1.01"
string(24) "1,000,000,000,000,000.00"
string(3) "0.0"
string(3) "123"
string(4) "0.13"
string(3) "inf"
string(3) "inf"
string(3) "nan"
string(13) "1sep234dot500"
string(110) "100,000,000,000,000,000,026,609,864,708,367,276,537,402,401,181,200,809,098,131,977,453,489,758,916,313,088.00"
string(6) "100.00"
string(5) "1,235"
string(5) "1,000"
bool(true)
string(10) "-1,234,567"
string(5) "12.00"

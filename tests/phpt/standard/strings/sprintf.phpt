--TEST--
sprintf: every conversion, flags, width, precision, argument numbers
--FILE--
<?php
var_dump(sprintf("[%d|%5d|%-5d|%05d|%-05d|%+d|%+05d|%+d|% 5d]", 42, 42, 42, -42, -42, 42, 42, 0, 7));
var_dump(sprintf("[%u|%u|%x|%X|%o|%b|%c|%5c|%e|%E]", 3, -1, -1, 255, 8, 5, 65, 66, 1234.5678, 0.00012));
var_dump(sprintf("[%s|%5s|%-5s|%05s|%'*8s|%.2s|%5.1s|%-'x6.3s]", "abc", "ab", "ab", "ab", "x", "abcdef", "abc", "abcdef"));
var_dump(sprintf("[%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.1f|%.0f|%F]", 3.14159, 2.675, -1.5, 2.25, -3.14159, 2.0, 2.5, 1e6));
var_dump(sprintf("[%g|%G|%g|%.3g|%g|%g|%.10g|%h|%H]", 0.00001234, 1e25, 100000, 1234567, 1e15, -0.0, M_PI, 1e100, 1.5e-7));
var_dump(sprintf("[%.0f %.0f %.0f %.0f %.1f %.2f %f %e %.0e]", 0.5, 1.5, 2.5, 3.5, 0.25, 1.005, -0.0, 0, 12345.678));
var_dump(sprintf("[%f|%010f|%-10f|%+f|%5.1f|%10.3F|%e|%G]", -INF, -INF, INF, INF, NAN, -1.5, INF, NAN));
var_dump(sprintf('%1$s %2$s %1$s|%3$\'#10s|%-\'010.3f|%2$05d', "a", "b", "c", 1.5));
var_dump(sprintf("%.60f", 1.0), sprintf("%.2x|%5.1b|%.3o", 255, 5, 8), sprintf("%%|%5%|%ld|%lu", 5, 6));
var_dump(sprintf("[%*d|%-*d|%.*f|%.*s|%*.*f]", 5, 42, 4, 7, 2, M_PI, 3, "abcdef", 8, 3, 2.5));
var_dump(sprintf("[%.*g|%.*G|%.*h]", -1, 0.1 + 0.2, -1, 1e100, -1, 1 / 3));
var_dump(sprintf("%s %s %s %d %d %.2f %d %s", true, null, 1.0, "3.9", 3.9, "2.555", "12abc", 0.1 + 0.2));
var_dump(sprintf("%d", PHP_INT_MIN), sprintf("%b", PHP_INT_MIN), sprintf("%.15e", 0.1), sprintf("%5.2f%%", 45.678));
var_dump(sprintf("no conversions"), sprintf(""), sprintf("%s", [1]));
--EXPECTF--
string(47) "[42|   42|42   |-0042|-42  |+42|+0042|+0|    7]"
string(79) "[3|18446744073709551615|ffffffffffffffff|FF|10|101|A|B|1.234568e+3|1.200000E-4]"
string(48) "[abc|   ab|ab   |000ab|*******x|ab|    a|abcxxx]"
string(70) "[3.141590|2.67|    -1.500|2.2       |-000003.14|+2.0|2|1000000.000000]"
string(72) "[1.234e-5|1.0E+25|100000|1.23e+6|1.0e+15|-0|3.141592654|1.0e+100|1.5E-7]"
string(44) "[0 2 2 4 0.2 1.00 0.000000 0.000000e+0 1e+4]"
string(40) "[INF|-NF|INF|INF|NaN|    -1.500|INF|NaN]"
string(33) "a b a|#########c|0.00000000|00000"

Notice: sprintf(): Requested precision of 60 digits was truncated to PHP maximum of 53 digits in %s on line %d

Fatal error: Uncaught ArgumentCountError: 4 arguments are required, 3 given in %s:%d
Stack trace:
%A  thrown in %s on line %d

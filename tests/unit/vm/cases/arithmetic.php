<?php
$a = 7; $b = 2;
echo $a + $b, " ", $a - $b, " ", $a * $b, " ", $a / $b, " ", $a % $b, " ", $a ** $b, "\n";
echo 6 / 3, " ", 2 ** -1, " ", -7 % 3, " ", 7.5 % 2, "\n";
echo PHP_INT_MAX + 1, " ", PHP_INT_MIN - 1, " ", PHP_INT_MAX * 2, "\n";
echo 1.5 + 1, " ", 1 + 1.5, " ", 2.5 * 2.0, " ", 10 - 0.5, "\n";
echo "5" + 3, " ", "1.5" + 1, " ", "10" * "2", "\n";
echo 1 << 3, " ", 256 >> 2, " ", 6 & 3, " ", 6 | 3, " ", 6 ^ 3, " ", ~5, "\n";
echo -$a, " ", +$b, " ", -(-3), " ", - 2.5, "\n";
echo "a" . "b" . 1 . 2.5 . true . null, "\n";
echo 10 <=> 5, " ", 5 <=> 10, " ", 5 <=> 5, "\n";
echo intdiv_free(), "\n";
function intdiv_free() { return (int)(7 / 2); }
echo (int)"12abc", " ", (float)"3.14xyz", " ", (string)1.0, " ", (bool)"0" ? "t" : "f", "\n";
echo "10" == "1e1" ? "eq" : "ne", " ", 0 == "a" ? "eq" : "ne", " ", "abc" == 0 ? "eq" : "ne", " ", null == false ? "eq" : "ne", "\n";
echo 1 === 1 ? "y" : "n", 1 === 1.0 ? "y" : "n", "1" !== 1 ? "y" : "n", "\n";
echo 3 < 4, 4 <= 4, 5 > 4, 5 >= 6 ? "T" : "F", "\n";
echo "abc" < "abd" ? "lt" : "ge", " ", [1, 2] == [1, 2] ? "same" : "diff", "\n";

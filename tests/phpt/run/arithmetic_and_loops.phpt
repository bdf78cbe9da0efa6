--TEST--
Integer overflow to float, string concatenation and nested loops with break 2
--FILE--
<?php
$n = PHP_INT_MAX;
$n++;
echo $n, "\n";
echo 7 <=> 3, " ", "10" == "1e1" ? "yes" : "no", "\n";
$out = "";
for ($i = 0; $i < 5; $i++) {
    for ($j = 0; $j < 5; $j++) {
        if ($i * $j > 6) {
            break 2;
        }
        $out .= "$i$j ";
    }
}
echo $out, "\n";
--EXPECT--
9.2233720368548E+18
1 yes
00 01 02 03 04 10 11 12 13 14 20 21 22 23 

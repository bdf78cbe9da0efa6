--TEST--
str_repeat, implode, strlen, abs, max and min together
--FILE--
<?php
$row = [];
for ($i = -2; $i <= 2; $i++) {
    $row[] = str_repeat("*", abs($i)) . $i;
}
echo implode(" | ", $row), "\n";
echo strlen(implode("", $row)), "\n";
echo max($row), " ", min($row), " ", max(3, 7.5, "5"), " ", min([4, "2", 3.5]), "\n";
--EXPECT--
**-2 | *-1 | 0 | *1 | **2
13
0 **-2 7.5 2

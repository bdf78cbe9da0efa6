<?php
for ($i = 0; $i < 6; $i++) {
    if ($i == 0) echo "zero";
    elseif ($i == 1) echo "one";
    else if ($i == 2) { echo "two"; }
    else { echo "many"; }
    echo ",";
}
echo "\n";
$i = 0;
while ($i < 3) { echo $i; $i++; }
echo "\n";
do { echo $i; $i--; } while ($i > 0);
echo "\n";
do { echo "once"; } while (false);
echo "\n";
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 3) echo "$i-$j ";
echo "\n";
for (;;) { echo "inf"; break; }
echo "\n";
for ($i = 0; $i < 10; $i++) {
    if ($i % 2) continue;
    if ($i > 6) break;
    echo $i;
}
echo "\n";
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
}
echo "\n";
$n = 0;
while (true) { while (true) { $n++; if ($n > 3) break 2; } }
echo $n, "\n";
if (0): echo "no"; elseif (1): echo "alt-yes"; else: echo "no"; endif;
echo "\n";
foreach ([1, 2] as $v): echo $v; endforeach;
while ($n > 0): $n--; endwhile;
for ($k = 0; $k < 2; $k++): echo $k; endfor;
echo "\n";

--TEST--
Control flow: if/elseif/else, loops, switch, match, break and continue with levels, goto
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
if ($a) { } elseif ($b) { } else if ($c) { } else { }
while ($i < 10) { $i++; continue; }
do { $i--; } while ($i > 0);
for ($i = 0, $j = 10; $i < $j; $i++, $j--) { if ($i) break 1; }
foreach ($list as $key => [$a, [$b, $c]]) { foreach ($b as &$ref) { continue 2; } }
switch ($x) { case 1: case 2; echo 1; break; default: echo 2; }
$r = match (true) { $x < 1, $x > 9 => "out", default => "in" };
goto end;
end:
echo "done";
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0

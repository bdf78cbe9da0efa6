--TEST--
Closures, arrow functions, static closures, generators with keys, yield from
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$f = function ($x) use ($y, &$z): int { return $x + $y + $z; };
$g = static fn(int $x): int => $x * 2;
$h = fn($x) => fn($y) => $x + $y;
function gen() { $received = yield 1; yield "k" => 2; yield from [3, 4]; return 5; }
$c = (function () { yield; })();
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0

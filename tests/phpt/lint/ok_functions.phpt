--TEST--
Functions: defaults, types, variadics, by-reference, named arguments, nullable and union types
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
function f(int $a, ?string $b = null, int|float ...$rest): ?array { return null; }
function &g(array &$x = [], ?callable $c = null): array { return $x; }
function h(mixed $m, iterable $i, object $o, false|int $f): never { throw new Exception(); }
f(a: 1, b: "x");
f(1, ...[2, 3]);
$first = strlen(...);
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0

--TEST--
Operators: precedence mix, assignment forms, null coalescing, spaceship, instanceof, casts
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$a = 1 + 2 * 3 ** 2 % 4 - -5 / +6;
$b = $a <=> $c ?: $d ?? $e;
$a += 1; $a -= 1; $a *= 2; $a /= 2; $a %= 3; $a **= 2; $a .= "x"; $a &= 1; $a |= 2; $a ^= 3; $a <<= 1; $a >>= 1; $a ??= 4;
$c = !$a && $b || $c and $d or $e xor $f;
$d = $a instanceof Foo && !$b instanceof Bar;
$e = (int) $a . (string) $b . (bool) $c . (float) $d . (array) $e . (object) $f;
$f = @file("x");
$g = clone $obj;
$h = print "x";
$i = ($a === $b) !== $c;
$j = ~$a & $b | $c ^ $d << 1 >> 2;
[$k, , $l] = [1, 2, 3];
['x' => $m, 'y' => $n] = $arr;
list(, $o) = $arr;
$p = &$q;
$r = $s++ + ++$t - $u-- - --$v;
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0

<?php
$a = 5;
$a += 3; echo $a, " ";
$a -= 1; echo $a, " ";
$a *= 2; echo $a, " ";
$a /= 4; echo $a, " ";
$a = 17; $a %= 5; echo $a, " ";
$a **= 3; echo $a, " ";
$a .= "x"; echo $a, " ";
$b = 6; $b &= 3; echo $b, " "; $b |= 8; echo $b, " "; $b ^= 1; echo $b, " "; $b <<= 2; echo $b, " "; $b >>= 1; echo $b, "\n";
$s = "";
for ($i = 0; $i < 5; $i++) { $s .= $i; }
echo $s, "\n";
$x = $y = $z = 7;
echo $x, $y, $z, "\n";
echo ($c = 3) + 1, " ", $c, "\n";
$i = 5;
echo $i++, " ", $i, " ", ++$i, " ", $i--, " ", --$i, " ", $i, "\n";
$n = null; $n++; echo $n, " "; $m = null; $m--; var_free($m);
function var_free($v) { echo $v === null ? "null" : $v, "\n"; }
$f = 1.5; $f++; echo $f, "\n";
$big = PHP_INT_MAX; $big++; echo $big, "\n";
$str = "a"; $str++; echo $str, " "; $str = "Az"; $str++; echo $str, " "; $str = "zz"; $str++; echo $str, "\n";
$r1 = 1; $r2 = &$r1; $r2 = 10; echo $r1, "\n";
$r3 = &$r4; var_free($r4); $r4 = 5; echo $r3, "\n";
$u = 1; unset($u); echo isset($u) ? "set" : "unset", "\n";

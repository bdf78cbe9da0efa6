<?php
// Small whole programs: each exercises many opcodes together.
function bubble_sort($a) {
    $n = 0;
    foreach ($a as $unused) $n++;
    for ($i = 0; $i < $n; $i++) {
        for ($j = 0; $j < $n - 1 - $i; $j++) {
            if ($a[$j] > $a[$j + 1]) {
                $t = $a[$j];
                $a[$j] = $a[$j + 1];
                $a[$j + 1] = $t;
            }
        }
    }
    return $a;
}
$data = [5, 3, 9, 1, 7, 2, 8];
$sorted = bubble_sort($data);
foreach ($sorted as $v) echo $v, " ";
echo "| original first: ", $data[0], "\n";

function sieve($limit) {
    $is = [];
    for ($i = 2; $i <= $limit; $i++) $is[$i] = true;
    for ($i = 2; $i * $i <= $limit; $i++) {
        if ($is[$i]) {
            for ($j = $i * $i; $j <= $limit; $j += $i) $is[$j] = false;
        }
    }
    $primes = [];
    foreach ($is as $k => $p) if ($p) $primes[] = $k;
    return $primes;
}
$out = "";
foreach (sieve(50) as $p) $out .= $p . ",";
echo $out, "\n";

function matmul($a, $b, $n) {
    $c = [];
    for ($i = 0; $i < $n; $i++)
        for ($j = 0; $j < $n; $j++) {
            $sum = 0;
            for ($k = 0; $k < $n; $k++) $sum += $a[$i][$k] * $b[$k][$j];
            $c[$i][$j] = $sum;
        }
    return $c;
}
$m = [[1, 2], [3, 4]];
$r = matmul($m, $m, 2);
echo $r[0][0], " ", $r[0][1], " ", $r[1][0], " ", $r[1][1], "\n";

function collatz($n) { $steps = 0; while ($n != 1) { $n = $n % 2 == 0 ? $n / 2 : 3 * $n + 1; $steps++; } return $steps; }
echo collatz(27), "\n";

function gcd($a, $b) { return $b == 0 ? $a : gcd($b, $a % $b); }
echo gcd(1071, 462), "\n";

function word_count($text) {
    $counts = [];
    $word = "";
    for ($i = 0; isset($text[$i]); $i++) {
        $c = $text[$i];
        if ($c == " ") {
            if ($word !== "") { $counts[$word] = ($counts[$word] ?? 0) + 1; }
            $word = "";
        } else {
            $word .= $c;
        }
    }
    if ($word !== "") $counts[$word] = ($counts[$word] ?? 0) + 1;
    return $counts;
}
foreach (word_count("the cat and the dog and the bird") as $w => $n) echo "$w:$n ";
echo "\n";

function memo_fib($n) {
    static $memo = [];
    if ($n < 2) return $n;
    if (isset($memo[$n])) return $memo[$n];
    return $memo[$n] = memo_fib($n - 1) + memo_fib($n - 2);
}
echo memo_fib(90), "\n";

$total = 0.0;
for ($i = 1; $i <= 10; $i++) $total += 1 / $i;
echo $total, "\n";
echo 0.1 + 0.7, " ", (0.1 + 0.7) * 10, " ", (int)((0.1 + 0.7) * 10), "\n";

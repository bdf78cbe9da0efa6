<?php
// The array work of bench_value.cpp, done by a PHP script: insert, look up, delete and iterate, with
// sequential integer keys (a packed list), scattered integer keys and short string keys, plus a
// copy-on-write separation. Each phase prints its time, so PHP and miniphp can be compared phase by
// phase; the checksum line must be identical under both.
//
// Usage: php -n array_work.php [n] [rounds]      (see run_array_work.sh)

$n = (int)($argv[1] ?? 65536);
$rounds = (int)($argv[2] ?? 20);

// Keys as in bench_value.cpp: scattered ints from the same 31-bit LCG, strings "key" . (i * 7 + 1).
$sequential = range(0, $n - 1);
$scattered = [];
$state = 42;
for ($i = 0; $i < $n; $i++) {
    $state = ($state * 1103515245 + 12345) & 0x7fffffff;
    $scattered[] = $state;
}
$strings = [];
for ($i = 0; $i < $n; $i++) {
    $strings[] = "key" . ($i * 7 + 1);
}
mt_srand(7);
$order_seq = $sequential; shuffle($order_seq);
$order_sca = $scattered; shuffle($order_sca);
$order_str = $strings; shuffle($order_str);

$checksum = 0;
$times = [];

function phase(string $name, callable $work, array &$times, int &$checksum): void
{
    $start = hrtime(true);
    $checksum = ($checksum + $work()) & 0xffffffff;
    $times[$name] = ($times[$name] ?? 0) + (hrtime(true) - $start);
}

for ($round = 0; $round < $rounds; $round++) {
    foreach (['int_sequential' => [$sequential, $order_seq], 'int_scattered' => [$scattered, $order_sca],
              'string' => [$strings, $order_str]] as $kind => [$keys, $order]) {
        $a = null;
        phase("$kind insert", function () use ($keys, &$a) {
            $a = [];
            foreach ($keys as $i => $k) {
                $a[$k] = $i;
            }
            return count($a);
        }, $times, $checksum);
        phase("$kind lookup", function () use ($order, &$a) {
            $sum = 0;
            foreach ($order as $k) {
                $sum += $a[$k];
            }
            return $sum;
        }, $times, $checksum);
        phase("$kind iterate", function () use (&$a) {
            $sum = 0;
            foreach ($a as $k => $v) {
                $sum += $v;
            }
            return $sum;
        }, $times, $checksum);
        phase("$kind separate", function () use (&$a) {
            $b = $a;
            $b[] = 1; // copy on write: duplicates the array
            return count($b);
        }, $times, $checksum);
        phase("$kind delete", function () use ($order, &$a) {
            foreach ($order as $k) {
                unset($a[$k]);
            }
            return count($a);
        }, $times, $checksum);
    }
}

printf("n=%d rounds=%d checksum=%d\n", $n, $rounds, $checksum);
foreach ($times as $name => $ns) {
    printf("%-26s %8.2f ns/op\n", $name, $ns / ($n * $rounds));
}

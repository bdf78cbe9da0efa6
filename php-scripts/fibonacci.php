<?php
// Fibonacci numbers three ways: naive recursion (function calls), a loop, and a generator.
// Usage: php fibonacci.php [N]   (default 25)

declare(strict_types=1);

function fib_recursive(int $n): int
{
    return $n < 2 ? $n : fib_recursive($n - 1) + fib_recursive($n - 2);
}

function fib_loop(int $n): int
{
    [$a, $b] = [0, 1];
    for ($i = 0; $i < $n; $i++) {
        [$a, $b] = [$b, $a + $b];
    }
    return $a;
}

function fib_sequence(): Generator
{
    [$a, $b] = [0, 1];
    while (true) {
        yield $a;
        [$a, $b] = [$b, $a + $b];
    }
}

$n = (int) ($argv[1] ?? 25);
printf("fib_recursive(%d) = %d\n", $n, fib_recursive($n));
printf("fib_loop(%d) = %d\n", $n, fib_loop($n));

$first = [];
foreach (fib_sequence() as $index => $value) {
    if ($index === 10) {
        break;
    }
    $first[] = $value;
}
echo "first ten: ", implode(', ', $first), "\n";

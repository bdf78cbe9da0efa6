<?php
// The sieve of Eratosthenes: arrays, nested loops, integer arithmetic.
// Usage: php sieve.php [LIMIT]   (default 1000000)

declare(strict_types=1);

function primes_up_to(int $limit): array
{
    $is_prime = array_fill(0, $limit + 1, true);
    $is_prime[0] = $is_prime[1] = false;
    for ($i = 2; $i * $i <= $limit; $i++) {
        if (!$is_prime[$i]) {
            continue;
        }
        for ($multiple = $i * $i; $multiple <= $limit; $multiple += $i) {
            $is_prime[$multiple] = false;
        }
    }
    return array_keys(array_filter($is_prime));
}

$limit = (int) ($argv[1] ?? 1000000);
$primes = primes_up_to($limit);
printf("%d primes up to %d; the largest is %d\n", count($primes), $limit, end($primes));
echo "the first ten: ", implode(' ', array_slice($primes, 0, 10)), "\n";

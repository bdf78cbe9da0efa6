--TEST--
The sample script php-scripts/sieve.php prints what php prints
--FILE--
<?php
require __DIR__ . '/../../../../php-scripts/sieve.php';
--EXPECT--
78498 primes up to 1000000; the largest is 999983
the first ten: 2 3 5 7 11 13 17 19 23 29

--TEST--
mt_srand and mt_rand: PHP's MT19937 sequence and ranges, rand, srand, MT_RAND_PHP
--FILE--
<?php
mt_srand(42);
echo mt_rand(), " ", mt_rand(), " ", mt_rand(1, 6), " ", mt_rand(1, 100), " ", mt_rand(-1000, 1000), "\n";
echo mt_rand(0, PHP_INT_MAX), " ", mt_rand(PHP_INT_MIN, PHP_INT_MAX), " ", mt_rand(0, 0xFFFFFFFF), " ", mt_rand(0, 1023), " ", mt_rand(5, 5), "\n";
srand(5);
echo rand(), " ", rand(10, 1), " ", rand(1, 10), "\n";
mt_srand(3, MT_RAND_PHP);
echo mt_rand(), " ", mt_rand(1, 100), " ", mt_rand(1, 100), "\n";
mt_srand(-1);
echo mt_rand(), "\n";
mt_srand(123);
$sum = 0;
for ($i = 0; $i < 2000; $i++) {
    $sum += mt_rand(1, 1000);
}
echo $sum, "\n";
echo mt_getrandmax(), " ", getrandmax(), " ", MT_RAND_MT19937, " ", MT_RAND_PHP, "\n";
mt_srand();
$r = mt_rand(1, 10);
var_dump($r >= 1 && $r <= 10, mt_rand() <= mt_getrandmax());
--EXPECT--
804318771 1710563033 5 15 -133
1819927850260223047 -6345336138826568684 1914837113 466 5
476726705 5 8
969637571 93 71
209663185
1014107
2147483647 2147483647 0 1
bool(true)
bool(true)

--TEST--
random_int and lcg_value stay in range
--FILE--
<?php
$ok = true;
for ($i = 0; $i < 100; $i++) {
    $x = random_int(-3, 3);
    $ok = $ok && $x >= -3 && $x <= 3;
    $l = lcg_value();
    $ok = $ok && $l > 0 && $l < 1;
}
var_dump($ok, random_int(5, 5), is_int(random_int(PHP_INT_MIN, PHP_INT_MAX)));
--EXPECT--
bool(true)
int(5)
bool(true)

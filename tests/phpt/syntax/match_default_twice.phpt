--TEST--
match with two default arms
--FILE--
<?php
$r = match ($a) {
    default => 1,
    default => 2,
};
--EXPECTF--
Fatal error: Match expressions may only contain one default arm in %s on line 4
--EXIT_STATUS--
255

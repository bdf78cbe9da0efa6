--TEST--
time, microtime, hrtime, sleep, usleep, uniqid
--FILE--
<?php
$t = time();
var_dump(is_int($t), $t > 1600000000);
$m = microtime();
var_dump(preg_match('/^0\.\d{8} \d+$/', $m), is_float(microtime(true)), abs(microtime(true) - $t) < 5);
$h = hrtime();
var_dump(count($h), is_int($h[0]), is_int($h[1]), $h[1] < 1000000000, is_int(hrtime(true)));
$before = hrtime(true);
usleep(20000);
$elapsed = hrtime(true) - $before;
var_dump($elapsed >= 20000000, sleep(0), usleep(0));
$a = uniqid();
$b = uniqid();
var_dump(strlen($a), $a !== $b, preg_match('/^[0-9a-f]{13}$/', $a), preg_match('/^pre[0-9a-f]{13}$/', uniqid('pre')));
var_dump(preg_match('/^[0-9a-f]{13}\d\.\d{8}$/', uniqid('', true)));
usleep(-1);
--EXPECTF--
bool(true)
bool(true)
int(1)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
NULL
int(13)
bool(true)
int(1)
int(1)
int(1)

Fatal error: Uncaught ValueError: usleep(): Argument #1 ($microseconds) must be greater than or equal to 0 in %s:16
Stack trace:
#0 %a
  thrown in %s on line 16
--EXIT_STATUS--
255

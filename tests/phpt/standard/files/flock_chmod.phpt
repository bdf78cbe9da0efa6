--TEST--
flock() operations and chmod()
--FILE--
<?php
$dir = sys_get_temp_dir() . '/miniphp-flock-' . getmypid();
mkdir($dir);
$file = "$dir/lock";
$f = fopen($file, 'w');
var_dump(flock($f, LOCK_EX), flock($f, LOCK_UN), flock($f, LOCK_SH | LOCK_NB), flock($f, LOCK_UN));
var_dump(flock(fopen('php://memory', 'r'), LOCK_EX));
var_dump(LOCK_SH, LOCK_EX, LOCK_UN, LOCK_NB);
var_dump(chmod($file, 0755), fileperms($file) & 0777, is_executable($file));
clearstatcache();
var_dump(chmod($file, 0600), fileperms($file) & 0777, is_executable($file));
var_dump(chmod("$dir/missing", 0600));
fclose($f);
unlink($file);
rmdir($dir);
flock(STDIN, 0);
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(1)
int(2)
int(3)
int(4)
bool(true)
int(493)
bool(true)
bool(true)
int(384)
bool(false)

Warning: chmod(): No such file or directory in %s on line 12
bool(false)

Fatal error: Uncaught ValueError: flock(): Argument #2 ($operation) must be one of LOCK_SH, LOCK_EX, or LOCK_UN in %s:16
Stack trace:
#0 %a
  thrown in %s on line 16
--EXIT_STATUS--
255

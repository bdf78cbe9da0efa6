--TEST--
file_exists, is_file, is_dir, is_link, is_readable, is_writable, is_executable, filesize, filemtime, realpath
--FILE--
<?php
$dir = sys_get_temp_dir() . '/miniphp-stat-' . getmypid();
mkdir($dir);
$file = "$dir/data.txt";
var_dump(file_exists($file), is_file($file));
file_put_contents($file, "12345");
var_dump(file_exists($file), is_file($file), is_dir($file), is_dir($dir), is_file($dir), is_link($file));
var_dump(is_readable($file), is_writable($file), is_writeable($file), is_executable($file), is_executable($dir));
var_dump(filesize($file), filesize("$dir/missing"), filemtime("$dir/missing"));
var_dump(abs(filemtime($file) - time()) < 100, is_int(fileatime($file)), is_int(filectime($file)));
var_dump(fileperms($dir) & 0040000, fileperms($file) & 0100000);
touch($file, 1000000000);
clearstatcache();
var_dump(filemtime($file), fileatime($file));
touch($file, 1000000000, 1000000005);
clearstatcache();
var_dump(filemtime($file), fileatime($file));
// Empty names and NUL bytes: the existence checks answer false quietly, the others warn.
var_dump(file_exists(''), is_file("a\0b"), is_dir("a\0b"), filesize(''), filesize("a\0b"));
var_dump(realpath($dir . '/./data.txt') === realpath($file), realpath("$dir/missing"), realpath('/') , realpath('') === getcwd());
var_dump(basename(realpath("$dir/../" . basename($dir) . "/data.txt")));
unlink($file);
rmdir($dir);
var_dump(file_exists($file), file_exists($dir));
--EXPECTF--
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)

Warning: filesize(): stat failed for %s/missing in %s on line 9

Warning: filemtime(): stat failed for %s/missing in %s on line 9
int(5)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
int(16384)
int(32768)
int(1000000000)
int(1000000000)
int(1000000000)
int(1000000005)

Warning: filesize(): Filename contains null byte in %s on line 19
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
string(1) "/"
bool(true)
string(8) "data.txt"
bool(false)
bool(false)

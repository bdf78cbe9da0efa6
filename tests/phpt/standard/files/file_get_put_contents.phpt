--TEST--
file_get_contents() and file_put_contents(): flags, offsets, array and stream data, errors
--FILE--
<?php
$dir = sys_get_temp_dir() . '/miniphp-contents-' . getmypid();
mkdir($dir);
$file = "$dir/a.txt";
var_dump(file_put_contents($file, "hello world"));
var_dump(file_get_contents($file));
var_dump(file_get_contents($file, false, null, 6), file_get_contents($file, false, null, 0, 5));
var_dump(file_get_contents($file, false, null, -5), file_get_contents($file, false, null, 6, 100), file_get_contents($file, false, null, 50));
var_dump(file_get_contents($file, false, null, 0, 0));
var_dump(file_put_contents($file, "!", FILE_APPEND), file_get_contents($file));
var_dump(file_put_contents($file, "locked", LOCK_EX), file_get_contents($file));
var_dump(file_put_contents($file, "+more", FILE_APPEND | LOCK_EX), file_get_contents($file));
var_dump(file_put_contents($file, ['a', 1, 2.5, true, null, false, 'z']), file_get_contents($file));
var_dump(file_put_contents($file, 42), file_get_contents($file));
var_dump(file_put_contents($file, ''), file_get_contents($file), filesize($file));
$memory = fopen('php://memory', 'w+');
fwrite($memory, "from a stream");
rewind($memory);
var_dump(file_put_contents($file, $memory), file_get_contents($file));
var_dump(file_put_contents("$dir/no/such/dir.txt", 'x'));
var_dump(file_get_contents("$dir/missing.txt"));
var_dump(file_put_contents($dir, 'x'));
var_dump(file_get_contents($dir));
var_dump(file_get_contents("file://$file"));
unlink($file);
rmdir($dir);
--EXPECTF--
int(11)
string(11) "hello world"
string(5) "world"
string(5) "hello"
string(5) "world"
string(5) "world"
string(0) ""
string(0) ""
int(1)
string(12) "hello world!"
int(6)
string(6) "locked"
int(5)
string(11) "locked+more"
int(7)
string(7) "a12.51z"
int(2)
string(2) "42"
int(0)
string(0) ""
int(0)
int(13)
string(13) "from a stream"

Warning: file_put_contents(%s/no/such/dir.txt): Failed to open stream: No such file or directory in %s on line 20
bool(false)

Warning: file_get_contents(%s/missing.txt): Failed to open stream: No such file or directory in %s on line 21
bool(false)

Warning: file_put_contents(%s): Failed to open stream: Is a directory in %s on line 22
bool(false)

Notice: file_get_contents(): Read of 12288 bytes failed with errno=21 Is a directory in %s on line 23
string(0) ""
string(13) "from a stream"

--TEST--
readfile, fpassthru and tmpfile
--FILE--
<?php
$dir = sys_get_temp_dir() . '/miniphp-readfile-' . getmypid();
mkdir($dir);
file_put_contents("$dir/a.txt", "contents of a\n");
var_dump(readfile("$dir/a.txt"));
var_dump(readfile("$dir/missing.txt"));
$f = fopen("$dir/a.txt", 'r');
fread($f, 9);
var_dump(fpassthru($f), fpassthru($f));
fclose($f);
ob_start();
readfile("$dir/a.txt");
var_dump(ob_get_clean());
$t = tmpfile();
var_dump(get_resource_type($t), fwrite($t, 'temporary data'), rewind($t), fread($t, 100), ftell($t));
fclose($t);
unlink("$dir/a.txt");
rmdir($dir);
--EXPECTF--
contents of a
int(14)

Warning: readfile(%s/missing.txt): Failed to open stream: No such file or directory in %s on line 6
bool(false)
of a
int(5)
int(0)
string(14) "contents of a
"
string(6) "stream"
int(14)
bool(true)
string(14) "temporary data"
int(14)

--TEST--
opendir, readdir, rewinddir, closedir, stat, lstat and fstat
--FILE--
<?php
$dir = sys_get_temp_dir() . '/miniphp-opendir-' . getmypid();
mkdir($dir);
file_put_contents("$dir/one", '1');
file_put_contents("$dir/two", '22');
$d = opendir($dir);
var_dump(get_resource_type($d));
$seen = [];
while (($entry = readdir($d)) !== false) {
    $seen[$entry] = true;
}
var_dump(count($seen), isset($seen['.'], $seen['..'], $seen['one'], $seen['two']));
var_dump(readdir($d), rewinddir($d), is_string(readdir($d)), is_string(readdir()));
var_dump(closedir($d), is_resource($d));
var_dump(opendir("$dir/missing"));
$s = stat("$dir/two");
var_dump(count($s), $s['size'], $s[7], $s['mode'] === fileperms("$dir/two"), $s['mtime'] === filemtime("$dir/two"));
var_dump(lstat("$dir/two") == $s, stat("$dir/missing"), lstat("$dir/missing"), stat(''));
$f = fopen("$dir/two", 'r');
$fs = fstat($f);
var_dump($fs['size'], $fs['ino'] === $s['ino'], fstat(fopen('php://memory', 'r')) === false || is_array(fstat(fopen('php://memory', 'r'))));
fclose($f);
unlink("$dir/one");
unlink("$dir/two");
rmdir($dir);
$d2 = opendir(sys_get_temp_dir());
closedir();
readdir();
--EXPECTF--
string(6) "stream"
int(4)
bool(true)
bool(false)
NULL
bool(true)
bool(true)
NULL
bool(false)

Warning: opendir(%s/missing): Failed to open directory: No such file or directory in %s on line 15
bool(false)
int(26)
int(2)
int(2)
bool(true)
bool(true)

Warning: stat(): stat failed for %s/missing in %s on line 18

Warning: lstat(): Lstat failed for %s/missing in %s on line 18
bool(true)
bool(false)
bool(false)
bool(false)
int(2)
bool(true)
bool(true)

Fatal error: Uncaught TypeError: No resource supplied in %s:28
Stack trace:
#0 %a
  thrown in %s on line 28
--EXIT_STATUS--
255

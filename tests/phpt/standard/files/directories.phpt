--TEST--
mkdir (recursive), rmdir, scandir, glob, rename, copy, unlink, touch, tempnam and their warnings
--FILE--
<?php
function names($paths) {
    $names = [];
    foreach ($paths as $path) {
        $names[] = basename($path);
    }
    return $names;
}
$dir = sys_get_temp_dir() . '/miniphp-dirs-' . getmypid();
var_dump(mkdir($dir), mkdir($dir));
var_dump(mkdir("$dir/a/b/c"), mkdir("$dir/a/b/c", 0777, true), mkdir("$dir/a/b/c", 0777, true), is_dir("$dir/a/b/c"));
var_dump(mkdir("$dir/a/b/c/", 0700, true), mkdir("$dir/x/", 0755));
var_dump(touch("$dir/f1.txt"), touch("$dir/f2.log"), file_put_contents("$dir/f3.txt", "three"));
var_dump(scandir($dir), scandir($dir, SCANDIR_SORT_DESCENDING));
var_dump(count(scandir($dir, SCANDIR_SORT_NONE)) === count(scandir($dir)));
var_dump(scandir("$dir/missing"));
var_dump(names(glob("$dir/*.txt")), names(glob("$dir/f*")), glob("$dir/*.none"));
var_dump(names(glob("$dir/*", GLOB_ONLYDIR)), names(glob("$dir/{a,x}", GLOB_BRACE)));
var_dump(names(glob("$dir/a", GLOB_MARK)), preg_match('~/$~', glob("$dir/a", GLOB_MARK)[0]));
var_dump(glob("$dir/*", 1 << 28));
var_dump(GLOB_AVAILABLE_FLAGS === (GLOB_ERR | GLOB_MARK | GLOB_NOSORT | GLOB_NOCHECK | GLOB_NOESCAPE | GLOB_BRACE | GLOB_ONLYDIR));
var_dump(rename("$dir/f1.txt", "$dir/renamed.txt"), file_exists("$dir/f1.txt"), file_exists("$dir/renamed.txt"));
var_dump(rename("$dir/missing", "$dir/other"));
var_dump(rename("$dir/f3.txt", "$dir/x"));
var_dump(copy("$dir/f3.txt", "$dir/copy.txt"), file_get_contents("$dir/copy.txt"));
var_dump(copy("$dir/f3.txt", "$dir/f3.txt"), file_get_contents("$dir/f3.txt"));
var_dump(copy("$dir/missing", "$dir/copy2.txt"), copy("$dir/x", "$dir/copy3.txt"), copy("$dir/f3.txt", "$dir/x"));
var_dump(copy("$dir/f3.txt", "$dir/nodir/copy.txt"));
$tmp = tempnam($dir, 'pre');
var_dump(dirname($tmp) === realpath($dir), preg_match('/^pre/', basename($tmp)), strlen(basename($tmp)), file_exists($tmp), filesize($tmp));
unlink($tmp);
$tmp = tempnam($dir, 'dir/with/slashes');
var_dump(preg_match('/^slashes/', basename($tmp)));
unlink($tmp);
$tmp = tempnam("$dir/missing", 'pre');
var_dump(dirname($tmp) === realpath(sys_get_temp_dir()));
unlink($tmp);
var_dump(touch("$dir/missing/file"));
var_dump(unlink("$dir/missing"), unlink("$dir/x"));
var_dump(rmdir("$dir/a"), rmdir("$dir/missing"));
var_dump(rmdir("$dir/a/b/c"), rmdir("$dir/a/b"), rmdir("$dir/a"), rmdir("$dir/x"));
foreach (['f2.log', 'f3.txt', 'renamed.txt', 'copy.txt'] as $name) {
    unlink("$dir/$name");
}
var_dump(scandir($dir), rmdir($dir), is_dir($dir));
--EXPECTF--

Warning: mkdir(): File exists in %s on line 10
bool(true)
bool(false)

Warning: mkdir(): No such file or directory in %s on line 11

Warning: mkdir(): File exists in %s on line 11
bool(false)
bool(true)
bool(false)
bool(true)

Warning: mkdir(): File exists in %s on line 12
bool(false)
bool(true)
bool(true)
bool(true)
int(5)
array(7) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(1) "a"
  [3]=>
  string(6) "f1.txt"
  [4]=>
  string(6) "f2.log"
  [5]=>
  string(6) "f3.txt"
  [6]=>
  string(1) "x"
}
array(7) {
  [0]=>
  string(1) "x"
  [1]=>
  string(6) "f3.txt"
  [2]=>
  string(6) "f2.log"
  [3]=>
  string(6) "f1.txt"
  [4]=>
  string(1) "a"
  [5]=>
  string(2) ".."
  [6]=>
  string(1) "."
}
bool(true)

Warning: scandir(%s/missing): Failed to open directory: No such file or directory in %s on line 16

Warning: scandir(): (errno 2): No such file or directory in %s on line 16
bool(false)
array(2) {
  [0]=>
  string(6) "f1.txt"
  [1]=>
  string(6) "f3.txt"
}
array(3) {
  [0]=>
  string(6) "f1.txt"
  [1]=>
  string(6) "f2.log"
  [2]=>
  string(6) "f3.txt"
}
array(0) {
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "x"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "x"
}
array(1) {
  [0]=>
  string(1) "a"
}
int(1)

Warning: glob(): At least one of the passed flags is invalid or not supported on this platform in %s on line 20
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)

Warning: rename(%s/missing,%s/other): No such file or directory in %s on line 23
bool(false)

Warning: rename(%s/f3.txt,%s/x): Is a directory in %s on line 24
bool(false)
bool(true)
string(5) "three"
bool(false)
string(5) "three"

Warning: copy(%s/missing): Failed to open stream: No such file or directory in %s on line 27

Warning: copy(): The first argument to copy() function cannot be a directory in %s on line 27

Warning: copy(): The second argument to copy() function cannot be a directory in %s on line 27
bool(false)
bool(false)
bool(false)

Warning: copy(%s/nodir/copy.txt): Failed to open stream: No such file or directory in %s on line 28
bool(false)
bool(true)
int(1)
int(9)
bool(true)
int(0)
int(1)

Notice: tempnam(): file created in the system's temporary directory in %s on line 35
bool(true)

Warning: touch(): Unable to create file %s/missing/file because No such file or directory in %s on line 38
bool(false)

Warning: unlink(%s/missing): No such file or directory in %s on line 39

Warning: unlink(%s/x): Is a directory in %s on line 39
bool(false)
bool(false)

Warning: rmdir(%s/a): Directory not empty in %s on line 40

Warning: rmdir(%s/missing): No such file or directory in %s on line 40
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
}
bool(true)
bool(false)

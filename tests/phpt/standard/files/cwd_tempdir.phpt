--TEST--
getcwd, chdir and sys_get_temp_dir
--FILE--
<?php
$start = getcwd();
var_dump(is_string($start), $start === realpath('.'));
$dir = sys_get_temp_dir() . '/miniphp-cwd-' . getmypid();
mkdir($dir);
var_dump(chdir($dir), getcwd() === realpath($dir));
file_put_contents('relative.txt', 'here');
var_dump(file_get_contents("$dir/relative.txt"), file_exists('relative.txt'), realpath('relative.txt') === realpath($dir) . '/relative.txt');
unlink('relative.txt');
var_dump(chdir('/nonexistent-miniphp-dir'));
var_dump(chdir($start), getcwd() === $start);
rmdir($dir);
var_dump(sys_get_temp_dir() === (getenv('TMPDIR') ? preg_replace('~(.)/$~', '$1', getenv('TMPDIR')) : '/tmp'));
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
string(4) "here"
bool(true)
bool(true)

Warning: chdir(): No such file or directory (errno 2) in %s on line 10
bool(false)
bool(true)
bool(true)
bool(true)

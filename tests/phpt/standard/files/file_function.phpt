--TEST--
file() with FILE_IGNORE_NEW_LINES and FILE_SKIP_EMPTY_LINES
--FILE--
<?php
$dir = sys_get_temp_dir() . '/miniphp-file-' . getmypid();
mkdir($dir);
$file = "$dir/lines.txt";
foreach (["", "one", "one\n", "a\nb\n\nc", "a\r\n\r\nb\r\n", "\n\n", "x\ry\nz"] as $contents) {
    file_put_contents($file, $contents);
    echo json_encode($contents), "\n";
    echo '  ', json_encode(file($file)), "\n";
    echo '  ', json_encode(file($file, FILE_IGNORE_NEW_LINES)), "\n";
    echo '  ', json_encode(file($file, FILE_SKIP_EMPTY_LINES)), "\n";
    echo '  ', json_encode(file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES)), "\n";
}
var_dump(file("$dir/missing"));
var_dump(FILE_USE_INCLUDE_PATH, FILE_IGNORE_NEW_LINES, FILE_SKIP_EMPTY_LINES, FILE_APPEND, FILE_NO_DEFAULT_CONTEXT);
unlink($file);
rmdir($dir);
file(__FILE__, 128);
--EXPECTF--
""
  []
  []
  []
  []
"one"
  ["one"]
  ["one"]
  ["one"]
  ["one"]
"one\n"
  ["one\n"]
  ["one"]
  ["one\n"]
  ["one"]
"a\nb\n\nc"
  ["a\n","b\n","\n","c"]
  ["a","b","","c"]
  ["a\n","b\n","\n","c"]
  ["a","b","c"]
"a\r\n\r\nb\r\n"
  ["a\r\n","\r\n","b\r\n"]
  ["a","","b"]
  ["a\r\n","\r\n","b\r\n"]
  ["a","b"]
"\n\n"
  ["\n","\n"]
  ["",""]
  ["\n","\n"]
  []
"x\ry\nz"
  ["x\ry\n","z"]
  ["x\ry","z"]
  ["x\ry\n","z"]
  ["x\ry","z"]

Warning: file(%s/missing): Failed to open stream: No such file or directory in %s on line 13
bool(false)
int(1)
int(2)
int(4)
int(8)
int(16)

Fatal error: Uncaught ValueError: file(): Argument #2 ($flags) must be a valid flag value in %s:17
Stack trace:
#0 %a
  thrown in %s on line 17
--EXIT_STATUS--
255

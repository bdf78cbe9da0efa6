--TEST--
basename(), dirname() with levels, pathinfo() with each PATHINFO_* flag
--FILE--
<?php
foreach (['/usr/lib/php.ini', '/usr/lib/', 'file', '', '/', '//', 'a//b//', '.', '..', '/a/b.tar.gz', 'dir/.hidden', "a\0b/c"] as $path) {
    echo json_encode($path), ': ', json_encode(basename($path)), ' ', json_encode(dirname($path)), "\n";
}
var_dump(basename('/a/b.php', '.php'), basename('.php', '.php'), basename('/a/b.php/', '.php'), basename('x.php', 'php'), basename('abc', 'abcd'));
var_dump(dirname('/a/b/c/d', 2), dirname('/a/b/c/d', 3), dirname('/a/b/c/d', 10), dirname('a/b', 5), dirname('', 2));
var_dump(pathinfo('/www/htdocs/inc/lib.inc.php'));
var_dump(pathinfo('/www/htdocs/inc/'), pathinfo('noext'), pathinfo('.htaccess'), pathinfo(''), pathinfo('a.'));
var_dump(pathinfo('/a/b.c', PATHINFO_DIRNAME), pathinfo('/a/b.c', PATHINFO_BASENAME), pathinfo('/a/b.c', PATHINFO_EXTENSION),
         pathinfo('/a/b.c', PATHINFO_FILENAME), pathinfo('/a/b', PATHINFO_EXTENSION), pathinfo('/a/b.c', PATHINFO_DIRNAME | PATHINFO_EXTENSION));
var_dump(PATHINFO_DIRNAME, PATHINFO_BASENAME, PATHINFO_EXTENSION, PATHINFO_FILENAME, PATHINFO_ALL);
--EXPECT--
"\/usr\/lib\/php.ini": "php.ini" "\/usr\/lib"
"\/usr\/lib\/": "lib" "\/usr"
"file": "file" "."
"": "" ""
"\/": "" "\/"
"\/\/": "" "\/"
"a\/\/b\/\/": "b" "a"
".": "." "."
"..": ".." "."
"\/a\/b.tar.gz": "b.tar.gz" "\/a"
"dir\/.hidden": ".hidden" "dir"
"a\u0000b\/c": "c" "a\u0000b"
string(1) "b"
string(4) ".php"
string(1) "b"
string(2) "x."
string(3) "abc"
string(4) "/a/b"
string(2) "/a"
string(1) "/"
string(1) "."
string(0) ""
array(4) {
  ["dirname"]=>
  string(15) "/www/htdocs/inc"
  ["basename"]=>
  string(11) "lib.inc.php"
  ["extension"]=>
  string(3) "php"
  ["filename"]=>
  string(7) "lib.inc"
}
array(3) {
  ["dirname"]=>
  string(11) "/www/htdocs"
  ["basename"]=>
  string(3) "inc"
  ["filename"]=>
  string(3) "inc"
}
array(3) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(5) "noext"
  ["filename"]=>
  string(5) "noext"
}
array(4) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(9) ".htaccess"
  ["extension"]=>
  string(8) "htaccess"
  ["filename"]=>
  string(0) ""
}
array(2) {
  ["basename"]=>
  string(0) ""
  ["filename"]=>
  string(0) ""
}
array(4) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(2) "a."
  ["extension"]=>
  string(0) ""
  ["filename"]=>
  string(1) "a"
}
string(2) "/a"
string(3) "b.c"
string(1) "c"
string(1) "b"
string(0) ""
string(2) "/a"
int(1)
int(2)
int(4)
int(8)
int(15)

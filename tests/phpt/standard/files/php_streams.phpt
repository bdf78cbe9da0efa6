--TEST--
php://memory, php://temp, php://output, php://stdout, php://stderr and the STDIN/STDOUT/STDERR constants
--FILE--
<?php
$m = fopen('php://memory', 'w+');
var_dump(fwrite($m, "first\nsecond\nthird"), ftell($m), feof($m), fread($m, 10), feof($m));
var_dump(rewind($m), fgets($m), fgets($m), fgets($m), fgets($m), feof($m));
var_dump(fseek($m, 6), fgetc($m), ftell($m), fseek($m, 100), ftell($m), fseek($m, -1, SEEK_END), fgetc($m));
var_dump(fseek($m, 0), fwrite($m, 'FIRST'), stream_get_contents($m, -1, 0));
var_dump(ftruncate($m, 3), stream_get_contents($m, null, 0), ftruncate($m, 5), bin2hex_like(stream_get_contents($m, null, 0)));
function bin2hex_like($s) { return json_encode($s); }
var_dump(fclose($m));

$r = fopen('php://memory', 'r');
var_dump(fwrite($r, 'read only'), fread($r, 5), feof($r));

$a = fopen('php://memory', 'a');
var_dump(fwrite($a, 'one'), fseek($a, 0), fwrite($a, 'two'), stream_get_contents($a, -1, 0));

$t = fopen('php://temp', 'r+');
var_dump(fwrite($t, 'temporary'), rewind($t), fread($t, 100), get_resource_type($t));
$t2 = fopen('php://temp/maxmemory:1024', 'w+');
var_dump(fwrite($t2, 'x'), stream_get_contents($t2, -1, 0));

$o = fopen('php://output', 'w');
var_dump(fwrite($o, "to the output\n"));
ob_start();
fwrite($o, "buffered\n");
$captured = ob_get_clean();
var_dump($captured, fread($o, 10), feof($o));
var_dump(fseek($o, 0), ftruncate($o, 0));

echo "before\n";
fwrite(STDOUT, "through STDOUT\n");
$out = fopen('php://stdout', 'w');
fwrite($out, "through php://stdout\n");
fclose($out);
echo "after\n";
fwrite(STDERR, "");
var_dump(get_resource_type(STDIN), get_resource_type(STDOUT), get_resource_type(STDERR), is_resource(STDERR));
var_dump(fopen('php://nonsense', 'r'));
--EXPECTF--
int(18)
int(18)
bool(false)
string(0) ""
bool(true)
bool(true)
string(6) "first
"
string(7) "second
"
string(5) "third"
bool(false)
bool(true)
int(0)
string(1) "s"
int(7)
int(-1)
bool(false)
int(0)
string(1) "d"
int(0)
int(5)
string(18) "FIRST
second
third"
bool(true)
string(3) "FIR"
bool(true)
string(17) ""FIR\u0000\u0000""
bool(true)
bool(false)
string(0) ""
bool(true)
int(3)
int(0)
int(3)
string(6) "onetwo"
int(9)
bool(true)
string(9) "temporary"
string(6) "stream"
int(1)
string(1) "x"
to the output
int(14)
string(9) "buffered
"
bool(false)
bool(true)

Warning: fseek(): Stream does not support seeking in %s on line 28

Warning: ftruncate(): Can't truncate this stream! in %s on line 28
int(-1)
bool(false)
before
through STDOUT
through php://stdout
after
string(6) "stream"
string(6) "stream"
string(6) "stream"
bool(true)

Warning: fopen(): Invalid php:// URL specified in %s on line 38

Warning: fopen(php://nonsense): Failed to open stream: operation failed in %s on line 38
bool(false)

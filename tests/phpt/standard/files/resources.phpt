--TEST--
Resource numbers, is_resource and get_resource_type for open and closed streams
--FILE--
<?php
var_dump(get_resource_id(STDIN), get_resource_id(STDOUT), get_resource_id(STDERR));
$m = fopen('php://memory', 'r');
var_dump(get_resource_id($m), gettype($m));
$t = fopen('php://temp', 'r');
var_dump(get_resource_id($t));
$m2 = fopen('php://memory', 'r');
var_dump(get_resource_id($m2));
fclose($m);
var_dump(is_resource($m), get_resource_type($m), is_resource('x'), is_resource(null));
$again = fopen('php://memory', 'r');
var_dump(get_resource_id($again));
echo (string) ($again !== null), "\n";
fclose($m);
--EXPECTF--
int(1)
int(2)
int(3)
int(5)
string(8) "resource"
int(6)
int(8)
bool(false)
string(7) "Unknown"
bool(false)
bool(false)
int(9)
1

Fatal error: Uncaught TypeError: fclose(): supplied resource is not a valid stream resource in %s:14
Stack trace:
#0 %a
  thrown in %s on line 14
--EXIT_STATUS--
255

--TEST--
stream_get_contents(): a seek that fails warns; a length below -1 throws ValueError
--FILE--
<?php
$m = fopen('php://memory', 'w+');
fwrite($m, 'abc');
var_dump(stream_get_contents($m, null, 10));
var_dump(stream_get_contents($m, 2, 0), stream_get_contents($m), stream_get_contents($m, 0, 0));
stream_get_contents($m, -2);
--EXPECTF--

Warning: stream_get_contents(): Failed to seek to position 10 in the stream in %s on line 4
bool(false)
string(0) ""
string(0) ""
string(0) ""

Fatal error: Uncaught ValueError: stream_get_contents(): Argument #2 ($length) must be greater than or equal to -1 in %s:6
Stack trace:
#0 %a
  thrown in %s on line 6
--EXIT_STATUS--
255

--TEST--
Uncaught error stack trace: frames, arguments (truncated strings, arrays, floats, null, bools), call_user_func compiled away, shutdown function still runs
--FILE--
<?php
function inner($a, $b) { return str_repeat("x", $a); }
function outer(...$args) { return inner(...$args); }
function cb($v) { return outer($v, "a long string argument\n", [1], 1.5, null, true); }
register_shutdown_function("shut");
function shut() { echo "in shutdown\n"; }
echo call_user_func("cb", -1);
--EXPECTF--

Fatal error: Uncaught ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): str_repeat('x', -1)
#1 %s(3): inner(-1, 'a long string a...', Array, 1.5, NULL, true)
#2 %s(4): outer(-1, 'a long string a...', Array, 1.5, NULL, true)
#3 %s(7): cb(-1)
#4 {main}
  thrown in %s on line 2
in shutdown
--EXIT_STATUS--
255

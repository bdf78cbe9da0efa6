--TEST--
A callback called with too few arguments: through call_user_func the caller's location, from internal code none
--FILE--
<?php
function needs_two($a, $b) { return $a + $b; }
echo call_user_func("needs_two", 1, 2), "\n";
register_shutdown_function("needs_two", 1);
call_user_func("needs_two", 1);
--EXPECTF--
3

Fatal error: Uncaught ArgumentCountError: Too few arguments to function needs_two(), 1 passed in %s on line 5 and exactly 2 expected in %s:2
Stack trace:
%A
  thrown in %s on line 2

Fatal error: Uncaught ArgumentCountError: Too few arguments to function needs_two(), 1 passed and exactly 2 expected in %s:2
Stack trace:
%A
  thrown in %s on line 2
--EXIT_STATUS--
255

--TEST--
shutdown functions run after a fatal error
--FILE--
<?php
register_shutdown_function(function_exists("after_fatal") ? "after_fatal" : "var_dump", "shutdown after fatal");
function after_fatal($m) { echo $m, "\n"; }
echo "start\n";
undefined_function_call();
--EXPECTF--
start

Fatal error: Uncaught Error: Call to undefined function undefined_function_call() in %s:5
Stack trace:
#0 {main}
  thrown in %s on line 5
shutdown after fatal
--EXIT_STATUS--
255

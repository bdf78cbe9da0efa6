--TEST--
register_shutdown_function: order, arguments, registration during shutdown, exit() from a shutdown function, buffers flushed after exit
--FILE--
<?php
function first() { echo "first shutdown\n"; register_shutdown_function("third"); }
function second($x) { echo "second shutdown $x\n"; }
function third() { echo "third (registered during shutdown)\n"; exit(3); }
function never() { echo "never\n"; }
register_shutdown_function("first");
register_shutdown_function("second", "arg");
ob_start();
echo "buffered before exit\n";
function deep($n) { if ($n == 0) exit("exiting from depth\n"); deep($n - 1); }
deep(5);
--EXPECTF--
buffered before exit
exiting from depth
first shutdown
second shutdown arg
third (registered during shutdown)
--EXIT_STATUS--
3

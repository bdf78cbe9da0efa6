--TEST--
An uncaught error inside an error handler: the trace names the handler's call from the line that raised the warning
--FILE--
<?php
function userErrorHandler($num, $msg, $file, $line) { undefined_in_handler(); }
set_error_handler("userErrorHandler");
function GenerateError1($A1) { $a = $b; }
function GenerateError2($A1) { GenerateError1("Test1"); }
GenerateError2("Test2");
--EXPECTF--

Fatal error: Uncaught Error: Call to undefined function undefined_in_handler() in %s:2
Stack trace:
#0 %s(4): userErrorHandler(2, 'Undefined varia...', '%s', 4)
#1 %s(5): GenerateError1('Test1')
#2 %s(6): GenerateError2('Test2')
#3 {main}
  thrown in %s on line 2
--EXIT_STATUS--
255

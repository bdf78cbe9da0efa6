--TEST--
-l with a warning before the syntax error: both, in order
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$a = "\400";
$b = (1;
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2

Parse error: syntax error, unexpected token ";" in %s on line 3
Errors parsing %s
--EXIT_STATUS--
255

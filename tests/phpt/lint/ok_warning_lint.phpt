--TEST--
-l reports a compile warning and still finds no syntax error
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$a = "\400";
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2
No syntax errors detected in %s
--EXIT_STATUS--
0

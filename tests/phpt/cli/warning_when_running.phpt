--TEST--
A compile warning while running a file: shown, and the script goes on (exit status 0)
--FILE--
<?php
$a = "\400";
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2
--EXIT_STATUS--
0

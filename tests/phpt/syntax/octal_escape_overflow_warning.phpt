--TEST--
An octal escape above \377 is a warning, the file still parses
--FILE--
<?php
$a = "\400";
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2
--EXIT_STATUS--
0

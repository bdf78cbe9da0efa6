--TEST--
A warning from the lexer, then a parse error further on
--FILE--
<?php
$a = "\400";
$b = ;
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2

Parse error: syntax error, unexpected token ";" in %s on line 3
--EXIT_STATUS--
255

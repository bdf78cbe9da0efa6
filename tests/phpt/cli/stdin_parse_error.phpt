--TEST--
With no file the script is read from standard input, named "Standard input code"
--CLI_ARGS--
--STDIN--
<?php
$a = [1, 2;
--FILE--
<?php
--EXPECT--
Parse error: syntax error, unexpected token ";", expecting "]" in Standard input code on line 2
--EXIT_STATUS--
255

--TEST--
Options end at the script name: what follows is for the script, even -X
--CLI_ARGS--
{FILE} -X --no-such-option
--FILE--
<?php
$x = 1 +;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255

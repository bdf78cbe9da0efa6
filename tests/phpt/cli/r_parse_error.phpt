--TEST--
-r code with a syntax error is reported as "Command line code"
--CLI_ARGS--
-r 'foo(;'
--FILE--
<?php
--EXPECT--
Parse error: syntax error, unexpected token ";" in Command line code on line 1
--EXIT_STATUS--
255

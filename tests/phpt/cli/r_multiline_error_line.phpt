--TEST--
-r code spanning lines reports the line inside the code
--CLI_ARGS--
-r '$a = 1;
$b = 2;
$c = ;'
--FILE--
<?php
--EXPECT--
Parse error: syntax error, unexpected token ";" in Command line code on line 3
--EXIT_STATUS--
255

--TEST--
-d values attached, after "=", or in the next argument
--CLI_ARGS--
-ddisplay_errors=0 -d=log_errors=1 -d error_reporting=32767 {FILE}
--FILE--
<?php
$a = ;
--EXPECTF--
PHP Parse error:  syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255

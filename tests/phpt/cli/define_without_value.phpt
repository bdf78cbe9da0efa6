--TEST--
-d NAME without a value sets it to 1 (display_errors=1 shows errors)
--CLI_ARGS--
-d display_errors -d log_errors=0 {FILE}
--FILE--
<?php
$x = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255

--TEST--
error_reporting=0 hides the parse error
--INI--
error_reporting=0
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$x = ;
--EXPECTF--
Errors parsing %s
--EXIT_STATUS--
255

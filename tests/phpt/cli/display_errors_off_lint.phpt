--TEST--
display_errors=0 with -l: only the summary line
--INI--
display_errors=0
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$x = ;
--EXPECTF--
Errors parsing %s
--EXIT_STATUS--
255

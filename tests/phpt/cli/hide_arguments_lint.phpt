--TEST--
-H (hide arguments) blanks the file name in php's lint summary, not in the diagnostics
--CLI_ARGS--
-H -l {FILE}
--FILE--
<?php
$a = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %shide_arguments_lint.php on line 2
Errors parsing
--EXIT_STATUS--
255

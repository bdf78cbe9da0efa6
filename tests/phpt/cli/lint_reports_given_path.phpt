--TEST--
-l names the file as it was given on the command line (".." kept)
--CLI_ARGS--
-l {PWD}/../cli/lint_reports_given_path.php
--FILE--
<?php
$x = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s/../cli/lint_reports_given_path.php on line 2
Errors parsing %s/../cli/lint_reports_given_path.php
--EXIT_STATUS--
255

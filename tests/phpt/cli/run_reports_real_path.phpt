--TEST--
Running a file names it by its real path in messages (".." resolved)
--CLI_ARGS--
{PWD}/../cli/run_reports_real_path.php
--FILE--
<?php
$x = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %r(?!.*/\.\./)%r%scli%erun_reports_real_path.php on line 2
--EXIT_STATUS--
255

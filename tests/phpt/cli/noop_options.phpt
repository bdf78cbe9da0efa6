--TEST--
-q, -C, -e and -c change nothing here: the file is linted
--CLI_ARGS--
-q -C -e -c {PWD} -l {FILE}
--FILE--
<?php
$a = 1;
--EXPECTF--
No syntax errors detected in %snoop_options.php
--EXIT_STATUS--
0

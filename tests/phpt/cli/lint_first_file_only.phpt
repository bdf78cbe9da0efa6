--TEST--
-l checks only the first file; the other names are script arguments
--CLI_ARGS--
-l {FILE} {PWD}/no-such-script.php
--FILE--
<?php
$a = 1;
--EXPECTF--
No syntax errors detected in %slint_first_file_only.php
--EXIT_STATUS--
0

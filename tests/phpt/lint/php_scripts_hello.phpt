--TEST--
The sample script php-scripts/hello.php has no syntax error
--CLI_ARGS--
-l {PWD}/../../../php-scripts/hello.php
--FILE--
<?php
--EXPECTF--
No syntax errors detected in %sphp-scripts/hello.php
--EXIT_STATUS--
0

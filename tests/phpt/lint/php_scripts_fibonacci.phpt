--TEST--
The sample script php-scripts/fibonacci.php has no syntax error
--CLI_ARGS--
-l {PWD}/../../../php-scripts/fibonacci.php
--FILE--
<?php
--EXPECTF--
No syntax errors detected in %sphp-scripts/fibonacci.php
--EXIT_STATUS--
0

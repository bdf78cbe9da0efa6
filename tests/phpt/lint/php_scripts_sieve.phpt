--TEST--
The sample script php-scripts/sieve.php has no syntax error
--CLI_ARGS--
-l {PWD}/../../../php-scripts/sieve.php
--FILE--
<?php
--EXPECTF--
No syntax errors detected in %sphp-scripts/sieve.php
--EXIT_STATUS--
0

--TEST--
The sample script php-scripts/word_count.php has no syntax error
--CLI_ARGS--
-l {PWD}/../../../php-scripts/word_count.php
--FILE--
<?php
--EXPECTF--
No syntax errors detected in %sphp-scripts/word_count.php
--EXIT_STATUS--
0

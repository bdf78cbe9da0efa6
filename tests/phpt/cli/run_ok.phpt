--TEST--
Running a file without a syntax error prints no diagnostic and exits with 0
--FILE--
<?php
$unused = 1;
--EXPECT--
--EXIT_STATUS--
0

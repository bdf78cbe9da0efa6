--TEST--
-l on a valid file
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
echo "Hello, world!\n";
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0

--TEST--
-r given twice
--CLI_ARGS--
-r 'echo 1;' -r 'echo 2;'
--FILE--
<?php
--EXPECT--
You can use -r only once.
--EXIT_STATUS--
1

--TEST--
-f given twice
--CLI_ARGS--
-f {FILE} -f {FILE}
--FILE--
<?php
--EXPECT--
You can use -f only once.
--EXIT_STATUS--
1

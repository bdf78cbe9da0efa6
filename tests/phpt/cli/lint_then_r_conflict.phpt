--TEST--
-l then -r: direct code cannot be linted
--CLI_ARGS--
-l -r 'echo 1;'
--FILE--
<?php
--EXPECT--
Either execute direct code, process stdin or use a file.
--EXIT_STATUS--
1

--TEST--
-r and -f together are refused (on stdout, exit status 1)
--CLI_ARGS--
-r 'echo 1;' -f {FILE}
--FILE--
<?php
--EXPECT--
Either execute direct code, process stdin or use a file.
--EXIT_STATUS--
1

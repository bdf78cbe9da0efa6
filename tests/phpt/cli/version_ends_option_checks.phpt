--TEST--
-v ends the option checks: a later unknown option is not reported
--CLI_ARGS--
-v -X
--FILE--
<?php
--EXPECTF--
%s %d.%d.%d (cli) (built: %s) (%s)
%A
--EXIT_STATUS--
0

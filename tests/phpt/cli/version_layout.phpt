--TEST--
-v prints a version block whose first line has php's layout
--CLI_ARGS--
-v
--FILE--
<?php
--EXPECTF--
%s %d.%d.%d (cli) (built: %s) (%s)
Copyright (c) %s
%A
--EXIT_STATUS--
0

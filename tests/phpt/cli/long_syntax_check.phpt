--TEST--
--syntax-check is -l and --run is -r
--CLI_ARGS--
--syntax-check --run='$x = ;'
--FILE--
<?php
--EXPECT--
Either execute direct code, process stdin or use a file.
--EXIT_STATUS--
1

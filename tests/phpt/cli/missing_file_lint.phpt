--TEST--
-l with a file that cannot be opened
--CLI_ARGS--
-l {PWD}/no-such-script.php
--FILE--
<?php
--EXPECTF--
Could not open input file: %sno-such-script.php
--EXIT_STATUS--
1

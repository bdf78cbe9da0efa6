--TEST--
-f names a file that cannot be opened, then -r gives the code: the file is still opened, and fails
--CLI_ARGS--
-f {PWD}/no-such-script.php -r '$a = 1;'
--FILE--
<?php
--EXPECTF--
Could not open input file: %sno-such-script.php
--EXIT_STATUS--
1

--TEST--
-H blanks the command line before -r code is compiled: php runs no code at all
--CLI_ARGS--
-H -r 'foo(;'
--FILE--
<?php
--EXPECT--
--EXIT_STATUS--
0

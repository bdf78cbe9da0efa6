--TEST--
A lone "-" is read as a file name, not as standard input
--CLI_ARGS--
-l -
--STDIN--
<?php echo 1;
--FILE--
<?php
--EXPECT--
Could not open input file: -
--EXIT_STATUS--
1

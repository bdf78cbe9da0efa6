--TEST--
A script file that cannot be opened: the message is on stdout and the exit status is 1
--CLI_ARGS--
{PWD}/no-such-script.php
--FILE--
<?php
--EXPECTF--
Could not open input file: %sno-such-script.php
--EXIT_STATUS--
1

--TEST--
After "--" every operand is a script argument and the script comes from standard input
--CLI_ARGS--
-- -X {FILE}
--STDIN--
<?php
while (
--FILE--
<?php
--EXPECT--
Parse error: Unclosed '(' on line 2 in Standard input code on line 3
--EXIT_STATUS--
255

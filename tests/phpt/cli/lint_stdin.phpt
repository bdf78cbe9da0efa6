--TEST--
-l reads standard input when no file is given
--CLI_ARGS--
-l
--STDIN--
<?php
class {}
--FILE--
<?php
--EXPECT--
Parse error: syntax error, unexpected token "{", expecting identifier in Standard input code on line 2
Errors parsing Standard input code
--EXIT_STATUS--
255

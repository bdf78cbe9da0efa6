--TEST--
-r code cut short reports the unclosed brace
--CLI_ARGS--
-r 'if (true) {'
--FILE--
<?php
--EXPECT--
Parse error: Unclosed '{' in Command line code on line 1
--EXIT_STATUS--
255

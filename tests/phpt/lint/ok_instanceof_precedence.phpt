--TEST--
Negation binds looser than instanceof
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
var_dump(!new stdClass instanceof stdClass);
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0

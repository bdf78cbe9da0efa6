--TEST--
Casts with spaces and capitals inside the parentheses
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
var_dump(( INT )"3", (Bool) 0, (  string  ) 1.5, (integer) 1, (boolean) 1, (double) 1, (binary) "");
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0

--TEST--
-l reports deprecations and still finds no syntax error
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$a = 1;
echo "${a}";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 3
No syntax errors detected in %s
--EXIT_STATUS--
0

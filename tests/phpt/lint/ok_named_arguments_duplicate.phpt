--TEST--
The same named argument twice is an error only when the call runs
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
if (false) {
    f(a: 1, a: 2);
}
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0

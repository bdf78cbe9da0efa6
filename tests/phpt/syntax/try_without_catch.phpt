--TEST--
try with neither catch nor finally
--FILE--
<?php
try {
    f();
}
echo 1;
--EXPECTF--
Fatal error: Cannot use try without catch or finally in %s on line 2
--EXIT_STATUS--
255

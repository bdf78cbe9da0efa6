--TEST--
catch without an exception type
--FILE--
<?php
try {
} catch ($e) {
}
--EXPECTF--
Parse error: syntax error, unexpected variable "$e" in %s on line 3
--EXIT_STATUS--
255

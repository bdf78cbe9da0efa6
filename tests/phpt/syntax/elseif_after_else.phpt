--TEST--
elseif after else
--FILE--
<?php
if ($a) {
} else {
} elseif ($b) {
}
--EXPECTF--
Parse error: syntax error, unexpected token "elseif", expecting end of file in %s on line 4
--EXIT_STATUS--
255

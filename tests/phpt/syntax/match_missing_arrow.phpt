--TEST--
A match arm without =>
--FILE--
<?php
$r = match ($a) {
    1 2,
};
--EXPECTF--
Parse error: syntax error, unexpected integer "2", expecting "=>" in %s on line 3
--EXIT_STATUS--
255

--TEST--
foreach with a literal as the value
--FILE--
<?php
foreach ($a as 1) {}
--EXPECTF--
Parse error: syntax error, unexpected integer "1" in %s on line 2
--EXIT_STATUS--
255

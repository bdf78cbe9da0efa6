--TEST--
foreach without as
--FILE--
<?php
foreach ($a $v) {}
--EXPECTF--
Parse error: syntax error, unexpected variable "$v" in %s on line 2
--EXIT_STATUS--
255

--TEST--
instanceof a literal
--FILE--
<?php
$a = $b instanceof 1;
--EXPECTF--
Parse error: syntax error, unexpected integer "1" in %s on line 2
--EXIT_STATUS--
255

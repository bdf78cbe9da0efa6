--TEST--
A binary literal with a 2
--FILE--
<?php
$a = 0b102;
--EXPECTF--
Parse error: syntax error, unexpected integer "2" in %s on line 2
--EXIT_STATUS--
255

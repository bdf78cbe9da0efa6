--TEST--
An explicit octal literal with an 8
--FILE--
<?php
$a = 0o18;
--EXPECTF--
Parse error: syntax error, unexpected integer "8" in %s on line 2
--EXIT_STATUS--
255

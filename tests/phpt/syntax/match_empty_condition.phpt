--TEST--
A match without a subject
--FILE--
<?php
$r = match () {};
--EXPECTF--
Parse error: syntax error, unexpected token ")" in %s on line 2
--EXIT_STATUS--
255

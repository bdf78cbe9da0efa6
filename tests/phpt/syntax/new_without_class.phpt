--TEST--
new with nothing after it
--FILE--
<?php
$a = new;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255

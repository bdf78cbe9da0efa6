--TEST--
const with a missing value
--FILE--
<?php
const A = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255

--TEST--
A class named with a reserved word
--FILE--
<?php
class static {}
--EXPECTF--
Parse error: syntax error, unexpected token "static", expecting identifier in %s on line 2
--EXIT_STATUS--
255

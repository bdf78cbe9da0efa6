--TEST--
declare with an empty directive list
--FILE--
<?php
declare();
--EXPECTF--
Parse error: syntax error, unexpected token ")", expecting identifier in %s on line 2
--EXIT_STATUS--
255

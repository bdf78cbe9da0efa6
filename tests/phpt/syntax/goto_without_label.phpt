--TEST--
goto without a label
--FILE--
<?php
goto;
--EXPECTF--
Parse error: syntax error, unexpected token ";", expecting identifier in %s on line 2
--EXIT_STATUS--
255

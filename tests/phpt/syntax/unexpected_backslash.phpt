--TEST--
A lone backslash as a statement
--FILE--
<?php
\;
--EXPECTF--
Parse error: syntax error, unexpected token "\", expecting end of file in %s on line 2
--EXIT_STATUS--
255

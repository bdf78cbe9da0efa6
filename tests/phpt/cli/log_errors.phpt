--TEST--
log_errors=1 logs to stderr ("PHP " prefix, two spaces) before the message is displayed
--INI--
log_errors=1
--FILE--
<?php
$x = ;
--EXPECTF--
PHP Parse error:  syntax error, unexpected token ";" in %s on line 2

Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255

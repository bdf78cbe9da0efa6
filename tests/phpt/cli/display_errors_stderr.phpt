--TEST--
display_errors=stderr: the message goes to stderr, without the leading newline
--INI--
display_errors=stderr
--CAPTURE_STDIO--
STDERR
--FILE--
<?php
$x = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255

--TEST--
-r code starts inside PHP code: an open tag in it is a syntax error
--CLI_ARGS--
-r '<?php echo 1;'
--FILE--
<?php
--EXPECT--
Parse error: syntax error, unexpected token "<", expecting end of file in Command line code on line 1
--EXIT_STATUS--
255

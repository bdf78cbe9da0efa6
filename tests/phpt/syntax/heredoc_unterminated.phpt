--TEST--
A heredoc never closed
--FILE--
<?php
$a = <<<EOT
abc
--EXPECTF--
Parse error: syntax error, unexpected end of file, expecting variable or heredoc end or "${" or "{$" in %s on line 4
--EXIT_STATUS--
255

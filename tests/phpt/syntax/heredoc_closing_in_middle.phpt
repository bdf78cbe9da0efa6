--TEST--
A heredoc whose closing marker is followed by text
--FILE--
<?php
$a = <<<EOT
x
EOTmore;
--EXPECTF--
Parse error: syntax error, unexpected end of file, expecting variable or heredoc end or "${" or "{$" in %s on line 5
--EXIT_STATUS--
255

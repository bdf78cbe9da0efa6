--TEST--
A heredoc closing marker indented with tabs and spaces
--FILE--
<?php
$a = <<<EOT
 	a
 	EOT;
--EXPECTF--
Parse error: Invalid indentation - tabs and spaces cannot be mixed in %s on line 3
--EXIT_STATUS--
255

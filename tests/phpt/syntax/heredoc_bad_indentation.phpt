--TEST--
A heredoc body indented less than its closing marker
--FILE--
<?php
$a = <<<EOT
  a
    EOT;
--EXPECTF--
Parse error: Invalid body indentation level (expecting an indentation level of at least 4) in %s on line 3
--EXIT_STATUS--
255

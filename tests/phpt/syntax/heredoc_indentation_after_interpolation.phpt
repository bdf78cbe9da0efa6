--TEST--
A heredoc body line that starts with a variable and is indented less than the closing marker
--FILE--
<?php
$name = 'x';
echo <<<END
{$name} first
   second
  END;
--EXPECT--
Parse error: Invalid body indentation level (expecting an indentation level of at least 2) in [no active file] on line 0
--EXIT_STATUS--
255

--TEST--
A block comment never closed
--FILE--
<?php
/* comment
$a = 1;
--EXPECTF--
Parse error: Unterminated comment starting line 2 in %s on line 2
--EXIT_STATUS--
255

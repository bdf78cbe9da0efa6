--TEST--
An unclosed {$ in a string
--FILE--
<?php
$a = "{$b";
--EXPECTF--
Parse error: syntax error, unexpected double-quote mark, expecting "->" or "?->" or "{" or "[" in %s on line 2
--EXIT_STATUS--
255

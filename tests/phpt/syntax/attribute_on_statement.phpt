--TEST--
An attribute before a statement that cannot take one
--FILE--
<?php
#[Attr]
echo 1;
--EXPECTF--
Parse error: syntax error, unexpected token "echo" in %s on line 3
--EXIT_STATUS--
255

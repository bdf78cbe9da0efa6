--TEST--
An attribute never closed
--FILE--
<?php
#[Attr(1)
function f() {}
--EXPECTF--
Parse error: syntax error, unexpected token "function", expecting "]" in %s on line 3
--EXIT_STATUS--
255

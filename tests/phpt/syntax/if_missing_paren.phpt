--TEST--
if with an unclosed condition
--FILE--
<?php
if ($a {
}
--EXPECTF--
Parse error: syntax error, unexpected token "}" in %s on line 3
--EXIT_STATUS--
255

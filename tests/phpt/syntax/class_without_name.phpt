--TEST--
A class without a name
--FILE--
<?php
class {
}
--EXPECTF--
Parse error: syntax error, unexpected token "{", expecting identifier in %s on line 2
--EXIT_STATUS--
255

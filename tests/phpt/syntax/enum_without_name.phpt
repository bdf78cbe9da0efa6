--TEST--
An enum without a name
--FILE--
<?php
enum {
    case A;
}
--EXPECTF--
Parse error: syntax error, unexpected token "case" in %s on line 3
--EXIT_STATUS--
255

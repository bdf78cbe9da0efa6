--TEST--
Running a file with a syntax error: the parse error, exit status 255
--FILE--
<?php
echo "before";
function f( {
}
--EXPECTF--
Parse error: syntax error, unexpected token "{", expecting variable in %s on line 3
--EXIT_STATUS--
255

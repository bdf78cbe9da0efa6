--TEST--
if: without endif
--FILE--
<?php
if ($a):
    echo 1;
--EXPECTF--
Parse error: syntax error, unexpected end of file, expecting "elseif" or "else" or "endif" in %s on line 4
--EXIT_STATUS--
255

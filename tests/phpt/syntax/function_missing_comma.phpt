--TEST--
Two parameters without a comma
--FILE--
<?php
function f($a $b) {}
--EXPECTF--
Parse error: syntax error, unexpected variable "$b", expecting ")" in %s on line 2
--EXIT_STATUS--
255

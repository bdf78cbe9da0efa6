--TEST--
A block still open at the end of the file
--FILE--
<?php
function f() {
    return 1;
--EXPECTF--
Parse error: Unclosed '{' on line 2 in %s on line 4
--EXIT_STATUS--
255

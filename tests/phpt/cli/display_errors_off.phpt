--TEST--
display_errors=0 hides the parse error; the exit status still tells
--INI--
display_errors=0
--FILE--
<?php
$x = ;
--EXPECT--
--EXIT_STATUS--
255
